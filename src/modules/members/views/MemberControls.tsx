/**
 * @module members/views/MemberControls
 * The parts of the members' area that other pages show to a logged-in reader: the button that
 * subscribes to (or unsubscribes from) a Gremium, person or paper, and the private note form.
 * Pages render them only for account viewers, so what the public sees stays unchanged.
 */
import { Section } from '../../../ui/components.tsx';
import { PostForm } from '../../../ui/forms.tsx';
import type { SubscriptionKind } from '../members.tables.ts';
import { NOTE_MAX_LENGTH } from '../members.notes.ts';

export interface SubscriptionState {
  kind: SubscriptionKind;
  targetId: number;
  /** The account's subscription of the object, if any. */
  subscriptionId: number | undefined;
  /** Where the form leads back to (a path on this site). */
  back: string;
}

const targetWords: Record<SubscriptionKind, string> = { organization: 'dieses Gremium', paper: 'diese Vorlage', person: 'diese Person' };

export function SubscriptionButton({ state }: { state: SubscriptionState }) {
  if (state.subscriptionId !== undefined)
    return (
      <PostForm action={`/abonnements/${state.subscriptionId}/loeschen`} class="subscription-form" aria-label={`Abonnement für ${targetWords[state.kind]}`}>
        <input type="hidden" name="weiter" value={state.back} />
        <button type="submit" class="button">
          Abonniert – abbestellen
        </button>
      </PostForm>
    );
  return (
    <PostForm action="/abonnements" class="subscription-form" aria-label={`Abonnement für ${targetWords[state.kind]}`}>
      <input type="hidden" name="kind" value={state.kind} />
      <input type="hidden" name="id" value={String(state.targetId)} />
      <input type="hidden" name="weiter" value={state.back} />
      <button type="submit" class="button">
        Benachrichtigen bei Neuem
      </button>
    </PostForm>
  );
}

export interface NoteFormProps {
  action: string;
  /** The text in the field: as stored, or as just sent when it could not be saved. */
  text: string;
  /** The stored version the text was edited from; 0 when there was no note. */
  version: number;
  back: string;
  invalid?: boolean;
}

export function NoteForm(props: NoteFormProps) {
  return (
    <PostForm action={props.action} class="stack-form note-form" aria-label="Meine Notiz">
      <input type="hidden" name="version" value={String(props.version)} />
      <input type="hidden" name="weiter" value={props.back} />
      <p class="field">
        <label for="notiz-text">Text der Notiz</label>
        {/* the line break after the tag is dropped by the parser, so a text's own first line break survives */}
        <textarea
          id="notiz-text"
          name="text"
          rows={8}
          maxlength={NOTE_MAX_LENGTH}
          aria-describedby="notiz-text-hinweis"
          aria-invalid={props.invalid ? 'true' : undefined}
        >
          {`\n${props.text}`}
        </textarea>
        <span class="field-hint" id="notiz-text-hinweis">
          Nur Sie sehen diese Notiz. Höchstens {NOTE_MAX_LENGTH.toLocaleString('de-DE')} Zeichen. Wenn Sie das Feld leeren und speichern, wird die Notiz
          gelöscht.
        </span>
      </p>
      <p>
        <button type="submit">Notiz speichern</button>
      </p>
    </PostForm>
  );
}

export interface PaperNoteState {
  paperId: number;
  text: string;
  version: number;
  back: string;
}

/** The note section of the paper page. */
export function PaperNoteSection({ note }: { note: PaperNoteState }) {
  return (
    <Section id="meine-notiz" title="Meine Notiz (nur für Sie sichtbar)">
      <NoteForm action={`/notizen/vorlage/${note.paperId}`} text={note.text} version={note.version} back={note.back} />
    </Section>
  );
}
