/**
 * @module members/views/AreaMeetingSection
 * One session in the members' area: date, Gremium and state on top, then the agenda with each
 * item's documents folded into a `<details>` (closed, no script needed), the session's own
 * documents folded likewise, and the ZIP of all. Non-public items and files carry a text badge.
 */
import { formatBytes, formatMimeType } from '../../../lib/format.ts';
import { SessionTime, VisibilityBadge } from '../../../ui/components.tsx';
import type { AgendaEntry, MeetingDocument, MeetingSummary } from '../members.area.ts';

export interface AreaMeeting extends MeetingSummary {
  agenda: AgendaEntry[];
  documents: MeetingDocument[];
}

const meetingFileLabels: Record<string, string> = {
  invitation: 'Einladung',
  resultsProtocol: 'Niederschrift',
  verbatimProtocol: 'Wortprotokoll',
  auxiliary: 'Anlage',
};

const count = (n: number) => (n === 1 ? '1 Unterlage' : `${n} Unterlagen`);

export function AreaMeetingSection({ meeting: m, noted }: { meeting: AreaMeeting; noted: ReadonlySet<number> }) {
  const own = m.documents.filter((d) => d.source === 'meeting');
  const headingId = `sitzung-${m.id}`;
  const cancelled = m.cancelled || m.state === 'abgesagt';
  const nonPublicInZip = m.documents.some((d) => !d.publiclyVisible);
  return (
    <section class="member-meeting" aria-labelledby={headingId} data-meeting-id={m.id}>
      <h3 id={headingId}>
        <a href={`/sitzungen/${m.id}`}>{m.name}</a>
      </h3>
      <p class="org-meta">
        <SessionTime start={m.start} />
        {m.organizations.length ? ` · ${m.organizations.map((o) => o.name).join(', ')}` : ''}
        {' · '}
        {cancelled ? <strong>abgesagt</strong> : m.state}
      </p>
      {cancelled ? <p>Diese Sitzung ist abgesagt; die Unterlagen bleiben hier sichtbar.</p> : null}
      {m.agenda.length === 0 ? (
        <p class="empty">Die Tagesordnung liegt noch nicht vor.</p>
      ) : (
        <ol class="agenda member-agenda" aria-label={`Tagesordnung: ${m.name}`}>
          {m.agenda.map((item) => (
            <AreaAgendaItem item={item} documents={m.documents.filter((d) => d.agendaItem?.id === item.id)} noted={noted} />
          ))}
        </ol>
      )}
      {own.length === 0 ? (
        <p class="empty">Keine Unterlagen zur Sitzung selbst.</p>
      ) : (
        <details class="member-fold">
          <summary>
            Unterlagen zur Sitzung <span class="attachment-meta">({count(own.length)})</span>
          </summary>
          <Documents documents={own} noted={noted} />
        </details>
      )}
      {m.documents.length > 0 ? (
        <p class="member-zip">
          <a href={`/sitzungen/${m.id}/dokumente.zip`} type="application/zip">
            Alle Unterlagen als ZIP{nonPublicInZip ? ' (enthält nichtöffentliche Dokumente)' : ''}
            <span class="visually-hidden"> ({m.name})</span>
          </a>{' '}
          <span class="attachment-meta">({m.documents.length === 1 ? '1 Datei' : `${m.documents.length} Dateien`})</span>
        </p>
      ) : null}
    </section>
  );
}

function Papers({ item }: { item: AgendaEntry }) {
  if (item.papers.length === 0) return null;
  return (
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
  );
}

const Badge = ({ show }: { show: boolean }) =>
  show ? (
    <>
      {' '}
      <VisibilityBadge public={false} />
    </>
  ) : null;

/**
 * An item without documents is one line with its links. With documents, the line is the
 * summary of a closed fold (a summary holds no links: it is a button), and the fold holds the
 * link to the item, its papers and its documents.
 */
function AreaAgendaItem({ item, documents, noted }: { item: AgendaEntry; documents: MeetingDocument[]; noted: ReadonlySet<number> }) {
  const number = <span class="agenda-number">{item.number ?? ''}</span>;
  if (documents.length === 0)
    return (
      <li class="agenda-item" data-agenda-item-id={item.id}>
        {number} <a href={`/tagesordnungspunkte/${item.id}`}>{item.name}</a>
        <Badge show={!item.public} />
        <Papers item={item} />
      </li>
    );
  return (
    <li class="agenda-item" data-agenda-item-id={item.id}>
      <details class="member-fold">
        <summary>
          {number} {item.name}
          <Badge show={!item.public} /> <span class="attachment-meta">({count(documents.length)})</span>
        </summary>
        <p class="member-item-links">
          <a href={`/tagesordnungspunkte/${item.id}`}>
            Zum Tagesordnungspunkt
            <span class="visually-hidden">
              {' '}
              {item.number ?? ''} {item.name}
            </span>
          </a>
          <Papers item={item} />
        </p>
        <Documents documents={documents} noted={noted} />
      </details>
    </li>
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
          <Badge show={!d.publiclyVisible} /> ·{' '}
          <a href={`/notizen/datei/${d.fileId}`}>
            {noted.has(d.fileId) ? 'Notiz ansehen' : 'Notiz'}
            <span class="visually-hidden"> zu {d.name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
