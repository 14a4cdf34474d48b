/**
 * @module ui/master-data
 * The parts of every back-office form and record page: labelled fields with their German
 * message beside them, the summary of what is wrong, the two versions of a stale save side by
 * side, a record's history, and the end/restore buttons. Everything works as a plain form.
 */
import type { Child } from 'hono/jsx';
import { formatDate } from '../lib/format.ts';
import { PostForm } from './forms.tsx';

export const fieldId = (name: string) => `feld-${name}`;
const errorId = (name: string) => `${fieldId(name)}-fehler`;
const hintId = (name: string) => `${fieldId(name)}-hinweis`;

interface FieldBase {
  name: string;
  label: string;
  /** The field's problem from the last save, shown beside it and announced with it. */
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

function describedBy(props: FieldBase): string | undefined {
  const ids = [props.error ? errorId(props.name) : undefined, props.hint ? hintId(props.name) : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Label(props: FieldBase) {
  return (
    <label for={fieldId(props.name)}>
      {props.label}
      {props.required ? <span class="required"> (Pflichtfeld)</span> : null}
    </label>
  );
}

function After(props: FieldBase) {
  return (
    <>
      {props.hint ? (
        <span class="field-hint" id={hintId(props.name)}>
          {props.hint}
        </span>
      ) : null}
      {props.error ? (
        <span class="field-error" id={errorId(props.name)}>
          {props.error}
        </span>
      ) : null}
    </>
  );
}

export function InputField(
  props: FieldBase & {
    value: string;
    type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'number';
    maxlength?: number;
    autocomplete?: string;
    inputmode?: 'numeric' | 'decimal';
  },
) {
  return (
    <p class={props.error ? 'field field-invalid' : 'field'}>
      <Label {...props} />
      <input
        id={fieldId(props.name)}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        required={props.required}
        maxlength={props.maxlength}
        autocomplete={props.autocomplete ?? 'off'}
        inputmode={props.inputmode}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
      <After {...props} />
    </p>
  );
}

export function TextAreaField(props: FieldBase & { value: string; rows?: number; maxlength?: number }) {
  return (
    <p class={props.error ? 'field field-invalid' : 'field'}>
      <Label {...props} />
      <textarea
        id={fieldId(props.name)}
        name={props.name}
        rows={props.rows ?? 4}
        required={props.required}
        maxlength={props.maxlength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      >
        {props.value}
      </textarea>
      <After {...props} />
    </p>
  );
}

export interface Choice {
  value: string;
  label: string;
}

/** `filter`: with the back-office script, a search field above the list narrows it (its label). */
export function SelectField(props: FieldBase & { value: string; choices: readonly Choice[]; empty?: string; filter?: string }) {
  return (
    <p class={props.error ? 'field field-invalid' : 'field'}>
      <Label {...props} />
      <select
        id={fieldId(props.name)}
        name={props.name}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        data-filter={props.filter}
      >
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.choices.map((c) => (
          <option value={c.value} selected={c.value === props.value}>
            {c.label}
          </option>
        ))}
      </select>
      <After {...props} />
    </p>
  );
}

export function CheckboxField(props: FieldBase & { checked: boolean; value?: string }) {
  return (
    <p class={props.error ? 'field field-check field-invalid' : 'field field-check'}>
      <input
        id={fieldId(props.name)}
        name={props.name}
        type="checkbox"
        value={props.value ?? 'ja'}
        checked={props.checked}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
      <label for={fieldId(props.name)}>{props.label}</label>
      <After {...props} />
    </p>
  );
}

/** What is wrong, at the top of the form, each linking to its field. */
export function ErrorSummary(props: { problems: Record<string, string> | undefined; general?: readonly string[] | undefined }) {
  const entries = Object.entries(props.problems ?? {});
  const general = props.general ?? [];
  if (entries.length === 0 && general.length === 0) return null;
  return (
    <div class="message message-error error-summary" role="alert">
      <h2>Bitte prüfen Sie Ihre Eingaben</h2>
      <ul>
        {general.map((g) => (
          <li>{g}</li>
        ))}
        {entries.map(([name, message]) => (
          <li>
            <a href={`#${fieldId(name)}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A stale save: the user's input and the stored state, field by field, the differing ones marked. */
export function ConflictPanel(props: { message: string; rows: readonly { label: string; mine: string; stored: string }[] }) {
  return (
    <section class="conflict" aria-labelledby="konflikt-titel">
      <h2 id="konflikt-titel">Inzwischen geändert</h2>
      <div class="message message-error" role="alert">
        {props.message}
      </div>
      <table class="conflict-table">
        <caption>Ihre Eingaben und der gespeicherte Stand</caption>
        <thead>
          <tr>
            <th scope="col">Feld</th>
            <th scope="col">Ihre Eingabe</th>
            <th scope="col">Inzwischen gespeichert</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr class={r.mine === r.stored ? undefined : 'differs'}>
              <th scope="row">
                {r.label}
                {r.mine === r.stored ? null : <span class="visually-hidden"> (abweichend)</span>}
              </th>
              <td data-label="Ihre Eingabe">{r.mine || '–'}</td>
              <td data-label="Inzwischen gespeichert">{r.stored || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const eventWords: Record<string, string> = {
  'record.created': 'angelegt',
  'record.updated': 'geändert',
  'record.ended': 'beendet',
  'record.restored': 'wiederhergestellt',
  'record.deleted': 'gelöscht',
  'record.imported': 'importiert',
};

/** A record's history, newest first: who, when, what changed from what to what. */
export function HistoryList(props: {
  entries: readonly { at: Date; event: string; by: string; changes: readonly { field: string; before: string; after: string }[] }[];
}) {
  return (
    <section aria-labelledby="verlauf-titel" class="history">
      <h2 id="verlauf-titel">Verlauf</h2>
      {props.entries.length === 0 ? (
        <p>Noch keine Änderungen in Gremia erfasst.</p>
      ) : (
        <ol class="history-list">
          {props.entries.map((e) => (
            <li>
              <p>
                <strong>{eventWords[e.event] ?? e.event}</strong> am {formatDate(e.at)},{' '}
                {e.at.toLocaleTimeString('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' })} Uhr von {e.by}
              </p>
              {e.changes.length > 0 ? (
                <ul>
                  {e.changes.map((c) => (
                    <li>
                      {c.field}: {c.before ? `„${c.before}“` : '(leer)'} → {c.after ? `„${c.after}“` : '(leer)'}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** End (with a date) or restore a record; ending, not deleting, is the normal way out. */
export function EndRestoreForm(props: { action: string; ended: string | null; version: number; what: string; today: string; children?: Child }) {
  if (props.ended)
    return (
      <PostForm action={`${props.action}/wiederherstellen`} class="end-restore" aria-label={`${props.what} wiederherstellen`}>
        <input type="hidden" name="version" value={String(props.version)} />
        <p>Beendet zum {formatDate(props.ended)}.</p>
        <button type="submit">{props.what} wiederherstellen</button>
      </PostForm>
    );
  return (
    <PostForm action={`${props.action}/beenden`} class="end-restore" aria-label={`${props.what} beenden`}>
      <input type="hidden" name="version" value={String(props.version)} />
      <p class="field">
        <label for="feld-ende">Beenden zum</label>
        <input id="feld-ende" name="ende" type="date" value={props.today} required />
      </p>
      {props.children}
      <button type="submit">{props.what} beenden</button>
    </PostForm>
  );
}

/** A file input (its form needs `enctype="multipart/form-data"`); `accept` only helps the picker, the server checks the bytes. */
export function FileField(props: FieldBase & { accept: string }) {
  return (
    <p class={props.error ? 'field field-invalid' : 'field'}>
      <Label {...props} />
      <input
        id={fieldId(props.name)}
        name={props.name}
        type="file"
        accept={props.accept}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
      <After {...props} />
    </p>
  );
}
