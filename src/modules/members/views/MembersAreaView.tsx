/**
 * @module members/views/MembersAreaView
 * `/mein-bereich`: the account's next sessions with agenda and every document it may see, what
 * is new since the last visit, its private notes and its subscriptions.
 */
import { formatBytes, formatDate, formatMimeType, formatTime } from '../../../lib/format.ts';
import { DateText, SessionTime, VisibilityBadge } from '../../../ui/components.tsx';
import { PostForm } from '../../../ui/forms.tsx';
import { Layout } from '../../../ui/Layout.tsx';
import type { AgendaEntry, MeetingDocument, MeetingSummary } from '../members.area.ts';
import type { NewFile, NewPaper } from '../members.new-since.ts';
import type { NoteListEntry } from '../members.notes.ts';
import type { SubscriptionEntry } from '../members.subscriptions.ts';
import type { SubscriptionKind } from '../members.tables.ts';

export interface AreaMeeting extends MeetingSummary {
  agenda: AgendaEntry[];
  documents: MeetingDocument[];
}

export interface MembersAreaViewProps {
  bodyName: string;
  displayName: string;
  meetings: AreaMeeting[];
  /** Files that already carry a note of the account's. */
  notedFileIds: ReadonlySet<number>;
  /** Changes after this moment are listed as new. */
  since: Date;
  /** No visit before: the last 14 days are shown. */
  firstVisit: boolean;
  newPapers: NewPaper[];
  newFiles: NewFile[];
  notes: NoteListEntry[];
  subscriptions: SubscriptionEntry[];
}

const meetingFileLabels: Record<string, string> = {
  invitation: 'Einladung',
  resultsProtocol: 'Niederschrift',
  verbatimProtocol: 'Wortprotokoll',
  auxiliary: 'Anlage',
};

const kindLabels: Record<SubscriptionKind, string> = { organization: 'Gremium', paper: 'Vorlage', person: 'Person' };

export function MembersAreaView(props: MembersAreaViewProps) {
  return (
    <Layout
      title="Mein Bereich"
      description="Ihre nächsten Sitzungen mit allen Unterlagen, Neues seit Ihrem letzten Besuch, Ihre Notizen und Abonnements."
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
      {props.meetings.length === 0 ? (
        <p class="empty">Für Sie sind keine weiteren Sitzungen angesetzt.</p>
      ) : (
        props.meetings.map((m) => <Meeting meeting={m} noted={props.notedFileIds} />)
      )}

      <h2 id="neu">Neu seit meinem letzten Besuch</h2>
      <p>
        {props.firstVisit
          ? 'Bei Ihrem ersten Besuch sehen Sie, was in den letzten 14 Tagen neu hinzukam oder geändert wurde.'
          : `Was seit ${formatDate(props.since)}, ${formatTime(props.since)} Uhr neu hinzukam oder geändert wurde.`}
      </p>
      <h3>Vorlagen</h3>
      {props.newPapers.length === 0 ? (
        <p class="empty">Keine neuen oder geänderten Vorlagen.</p>
      ) : (
        <ul class="paper-list">
          {props.newPapers.map((p) => (
            <li data-paper-id={p.id}>
              <a class="paper-title" href={`/vorlagen/${p.slug}`}>
                {p.name}
              </a>
              <div class="paper-meta">
                {p.reference} · {p.paperType} · <DateText value={p.date} /> · {p.isNew ? 'neu' : 'geändert'} am {formatDate(p.changed)}
              </div>
            </li>
          ))}
        </ul>
      )}
      <h3>Dateien</h3>
      {props.newFiles.length === 0 ? (
        <p class="empty">Keine neuen oder geänderten Dateien.</p>
      ) : (
        <ul class="attachments">
          {props.newFiles.map((f) => (
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
          ))}
        </ul>
      )}
      <PostForm action="/mein-bereich/gelesen" aria-label="Neues als gelesen markieren">
        <input type="hidden" name="weiter" value="/mein-bereich" />
        <p>
          <button type="submit" class="button">
            Alles als gelesen markieren
          </button>
        </p>
      </PostForm>

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

function Meeting({ meeting: m, noted }: { meeting: AreaMeeting; noted: ReadonlySet<number> }) {
  const own = m.documents.filter((d) => d.source === 'meeting');
  const headingId = `sitzung-${m.id}`;
  return (
    <section class="member-meeting" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <a href={`/sitzungen/${m.id}`}>{m.name}</a>
      </h3>
      <p class="org-meta">
        <SessionTime start={m.start} />
        {m.organizations.length ? ` · ${m.organizations.map((o) => o.name).join(', ')}` : ''}
        {' · '}
        {m.cancelled || m.state === 'abgesagt' ? <strong>abgesagt</strong> : m.state}
      </p>
      {m.cancelled || m.state === 'abgesagt' ? <p>Diese Sitzung ist abgesagt; die Unterlagen bleiben hier sichtbar.</p> : null}
      <h4>Tagesordnung</h4>
      {m.agenda.length === 0 ? (
        <p class="empty">Die Tagesordnung liegt noch nicht vor.</p>
      ) : (
        <ol class="agenda">
          {m.agenda.map((item) => {
            const docs = m.documents.filter((d) => d.agendaItem?.id === item.id);
            return (
              <li class="agenda-item">
                <span class="agenda-number">{item.number ?? ''}</span> <a href={`/tagesordnungspunkte/${item.id}`}>{item.name}</a>
                {item.public ? null : (
                  <>
                    {' '}
                    <VisibilityBadge public={false} />
                  </>
                )}
                {item.papers.length > 0 ? (
                  <>
                    {' '}
                    <span class="attachment-meta">
                      (Vorlage{' '}
                      {item.papers.map((p, i) => (
                        <>
                          {i > 0 ? ', ' : ''}
                          <a href={`/vorlagen/${p.slug}`}>{p.reference}</a>
                        </>
                      ))}
                      )
                    </span>
                  </>
                ) : null}
                {docs.length > 0 ? <Documents documents={docs} noted={noted} /> : null}
              </li>
            );
          })}
        </ol>
      )}
      <h4>Unterlagen zur Sitzung</h4>
      {own.length === 0 ? <p class="empty">Keine Unterlagen zur Sitzung selbst.</p> : <Documents documents={own} noted={noted} />}
      {m.documents.length > 0 ? (
        <p>
          <a href={`/sitzungen/${m.id}/dokumente.zip`} type="application/zip">
            Alle Unterlagen als ZIP<span class="visually-hidden"> ({m.name})</span>
          </a>{' '}
          <span class="attachment-meta">({m.documents.length === 1 ? '1 Datei' : `${m.documents.length} Dateien`})</span>
        </p>
      ) : null}
    </section>
  );
}

function documentLabel(d: MeetingDocument): string {
  if (d.source === 'meeting') return meetingFileLabels[d.role] ?? 'Anlage';
  if (d.source === 'paper') return `${d.role === 'main' ? 'Vorlagendokument' : 'Anlage'} zu ${d.paper?.reference ?? 'der Vorlage'}`;
  return d.role === 'resolution' ? 'Beschluss' : 'Anlage zum Tagesordnungspunkt';
}

function Documents({ documents, noted }: { documents: MeetingDocument[]; noted: ReadonlySet<number> }) {
  return (
    <ul class="attachments">
      {documents.map((d) => (
        <li>
          <a href={`/dateien/${d.fileId}/${encodeURIComponent(d.fileName)}`}>{d.name}</a>{' '}
          <span class="attachment-meta">
            ({documentLabel(d)}, {formatMimeType(d.mimeType)}, {formatBytes(d.size)})
          </span>
          {d.publiclyVisible ? null : (
            <>
              {' '}
              <VisibilityBadge public={false} />
            </>
          )}{' '}
          ·{' '}
          <a href={`/notizen/datei/${d.fileId}`}>
            {noted.has(d.fileId) ? 'Notiz ansehen' : 'Notiz'}
            <span class="visually-hidden"> zu {d.name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
