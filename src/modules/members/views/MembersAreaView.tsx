/**
 * @module members/views/MembersAreaView
 * `/mein-bereich`: the account's next and recent sessions, one section each, with agenda and
 * every document it may see (folded per agenda item), what is new since the last visit (the
 * first visit is the baseline), its private notes and its subscriptions.
 */
import type { Child } from 'hono/jsx';
import { formatBytes, formatDate, formatMimeType, formatTime } from '../../../lib/format.ts';
import { DateText } from '../../../ui/components.tsx';
import { PostForm } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import { RECENT_DAYS } from '../members.area.ts';
import type { NewFile, NewPaper } from '../members.new-since.ts';
import type { NoteListEntry } from '../members.notes.ts';
import type { SubscriptionEntry } from '../members.subscriptions.ts';
import type { SubscriptionKind } from '../members.tables.ts';
import { AreaMeetingSection, type AreaMeeting } from './AreaMeetingSection.tsx';

export type { AreaMeeting };

export interface MembersAreaViewProps {
  bodyName: string;
  displayName: string;
  /** The next sessions, soonest first. */
  upcoming: AreaMeeting[];
  /** The sessions of the last weeks, latest first. */
  recent: AreaMeeting[];
  /** Files that already carry a note of the account's. */
  notedFileIds: ReadonlySet<number>;
  /** Changes after this moment are listed as new. */
  since: Date;
  /** No visit before: this one is the baseline, nothing is new yet. */
  firstVisit: boolean;
  newPapers: NewPaper[];
  newFiles: NewFile[];
  notes: NoteListEntry[];
  subscriptions: SubscriptionEntry[];
}

/** New papers and files beyond this many are folded away. */
const NEW_SHOWN = 10;

const kindLabels: Record<SubscriptionKind, string> = { organization: 'Gremium', paper: 'Vorlage', person: 'Person' };

export function MembersAreaView(props: MembersAreaViewProps) {
  return (
    <Layout
      title="Mein Bereich"
      description="Ihre nächsten und letzten Sitzungen mit allen Unterlagen, Neues seit Ihrem letzten Besuch, Ihre Notizen und Abonnements."
      bodyName={props.bodyName}
      section="mein-bereich"
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Mein Bereich' }]}
    >
      <h1>Mein Bereich</h1>
      <p>Angemeldet als {props.displayName}.</p>
      <nav aria-label="Abschnitte dieser Seite">
        <ul class="org-jump">
          <li>
            <a href="#sitzungen">Nächste Sitzungen</a>
          </li>
          {props.recent.length > 0 ? (
            <li>
              <a href="#letzte-sitzungen">Letzte Sitzungen</a>
            </li>
          ) : null}
          <li>
            <a href="#neu">Neu seit dem letzten Besuch</a>
          </li>
          <li>
            <a href="#notizen">Notizen</a>
          </li>
          <li>
            <a href="#abonnements">Abonnements</a>
          </li>
        </ul>
      </nav>

      <h2 id="sitzungen">Meine nächsten Sitzungen</h2>
      {props.upcoming.length === 0 ? (
        <p class="empty">Für Sie sind keine weiteren Sitzungen angesetzt.</p>
      ) : (
        props.upcoming.map((m) => <AreaMeetingSection meeting={m} noted={props.notedFileIds} />)
      )}
      {props.recent.length > 0 ? (
        <>
          <h2 id="letzte-sitzungen">Meine letzten Sitzungen</h2>
          <p class="org-meta">Sitzungen der letzten {RECENT_DAYS} Tage, die jüngste zuerst.</p>
          {props.recent.map((m) => (
            <AreaMeetingSection meeting={m} noted={props.notedFileIds} />
          ))}
        </>
      ) : null}

      <h2 id="neu">Neu seit meinem letzten Besuch</h2>
      {props.firstVisit ? (
        <p>Dies ist Ihr erster Besuch in „Mein Bereich“. Ab jetzt sehen Sie hier, was nach diesem Besuch neu hinzukommt oder sich ändert.</p>
      ) : (
        <>
          <p>
            Was seit {formatDate(props.since)}, {formatTime(props.since)} Uhr neu hinzukam oder geändert wurde.
          </p>
          <h3>Vorlagen</h3>
          {props.newPapers.length === 0 ? (
            <p class="empty">Keine neuen oder geänderten Vorlagen.</p>
          ) : (
            <Folded items={props.newPapers} listClass="paper-list" more={(n) => `${n} weitere Vorlagen`} render={(p) => <NewPaperEntry paper={p} />} />
          )}
          <h3>Dateien</h3>
          {props.newFiles.length === 0 ? (
            <p class="empty">Keine neuen oder geänderten Dateien.</p>
          ) : (
            <Folded items={props.newFiles} listClass="attachments" more={(n) => `${n} weitere Dateien`} render={(f) => <NewFileEntry file={f} />} />
          )}
        </>
      )}
      {props.firstVisit ? null : (
        <PostForm action="/mein-bereich/gelesen" aria-label="Neues als gelesen markieren">
          <input type="hidden" name="weiter" value="/mein-bereich" />
          <p>
            <button type="submit" class="button">
              Alles als gelesen markieren
            </button>
          </p>
        </PostForm>
      )}

      <h2 id="notizen">Meine Notizen</h2>
      {props.notes.length === 0 ? (
        <p class="empty">Sie haben noch keine Notizen. Notizen legen Sie auf der Seite einer Vorlage oder über „Notiz“ bei einer Datei an.</p>
      ) : (
        <ul class="attachments">
          {props.notes.map((n) => (
            <li>
              <a href={n.href}>{n.title}</a>{' '}
              <span class="attachment-meta">
                ({n.kind === 'paper' ? 'Vorlage' : 'Datei'}, zuletzt geändert am {formatDate(n.modified)})
              </span>
              <div class="paper-meta">{n.excerpt}</div>
            </li>
          ))}
        </ul>
      )}

      <h2 id="abonnements">Meine Abonnements</h2>
      {props.subscriptions.length === 0 ? (
        <p class="empty">Sie haben nichts abonniert. Auf den Seiten von Gremien, Personen und Vorlagen können Sie „Benachrichtigen bei Neuem“ wählen.</p>
      ) : (
        <ul class="attachments">
          {props.subscriptions.map((s) => {
            const title = s.target?.title ?? `${kindLabels[s.kind]} (nicht mehr verfügbar)`;
            return (
              <li>
                {kindLabels[s.kind]}: {s.target ? <a href={s.target.href}>{s.target.title}</a> : <span class="empty">nicht mehr verfügbar</span>}{' '}
                <PostForm action={`/abonnements/${s.id}/loeschen`} class="inline-form">
                  <input type="hidden" name="weiter" value="/mein-bereich#abonnements" />
                  <button type="submit" class="link-button">
                    Abbestellen<span class="visually-hidden">: {title}</span>
                  </button>
                </PostForm>
              </li>
            );
          })}
        </ul>
      )}
    </Layout>
  );
}

/** The first {@link NEW_SHOWN} entries as a list, the rest in a closed fold below it. */
function Folded<T>(props: { items: T[]; listClass: string; more: (n: number) => string; render: (item: T) => Child }) {
  const shown = props.items.slice(0, NEW_SHOWN);
  const rest = props.items.slice(NEW_SHOWN);
  return (
    <>
      <ul class={props.listClass}>{shown.map(props.render)}</ul>
      {rest.length > 0 ? (
        <details class="member-fold">
          <summary>{props.more(rest.length)}</summary>
          <ul class={props.listClass}>{rest.map(props.render)}</ul>
        </details>
      ) : null}
    </>
  );
}

function NewPaperEntry({ paper: p }: { paper: NewPaper }) {
  return (
    <li data-paper-id={p.id}>
      <a class="paper-title" href={`/vorlagen/${p.slug}`}>
        {p.name}
      </a>
      <div class="paper-meta">
        {p.reference} · {p.paperType} · <DateText value={p.date} /> · {p.isNew ? 'neu' : 'geändert'} am {formatDate(p.changed)}
      </div>
    </li>
  );
}

function NewFileEntry({ file: f }: { file: NewFile }) {
  return (
    <li>
      <a href={`/dateien/${f.id}/${encodeURIComponent(f.fileName)}`}>{f.name}</a>{' '}
      <span class="attachment-meta">
        ({formatMimeType(f.mimeType)}, {formatBytes(f.size)}, {f.isNew ? 'neu' : 'geändert'} am {formatDate(f.changed)})
      </span>
      {f.paper ? (
        <>
          {' '}
          · zu <a href={`/vorlagen/${f.paper.slug}`}>{f.paper.reference}</a>
        </>
      ) : null}
    </li>
  );
}
