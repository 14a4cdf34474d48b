/**
 * @module meetings/views/MeetingPageView
 * One session: when, where, which Gremium, its state, the agenda with Ö/N numbering and results,
 * and its documents. A non-public item shows as its number and nothing else: no anchor or link
 * with its id, which the reader may not learn either.
 */
import { formatBytes, formatMimeType, formatTime, formatWeekday } from '../../../lib/format.ts';
import { DateText, FeedLinks, VisibilityBadge } from '../../../ui/components.tsx';
import { Layout, type AlternateLink } from '../../../ui/Layout.tsx';
import type { AgendaItemView, MeetingPage } from '../meetings.queries.ts';
import { voteText } from '../../papers/index.ts';
import { shownMeetingState } from './meeting-state.ts';
import { placeText } from '../../locations/index.ts';

const fileRoleLabels = { invitation: 'Einladung', resultsProtocol: 'Niederschrift', verbatimProtocol: 'Wortprotokoll', auxiliary: 'Anlage' } as const;

export function MeetingPageView({
  meeting,
  bodyName,
  alternates,
  zipNonPublic = false,
  now,
}: {
  meeting: MeetingPage;
  bodyName: string;
  alternates?: AlternateLink[];
  /** The ZIP holds non-public files for this reader (a member's, never the public's). */
  zipNonPublic?: boolean;
  now: Date;
}) {
  const gremium = meeting.organizations.map((o) => o.name).join(', ');
  const state = shownMeetingState(meeting, now);
  const place = meeting.location;
  return (
    <Layout
      title={meeting.name}
      description={`${meeting.name}${gremium ? ` (${gremium})` : ''}: Termin, Ort, Tagesordnung und Unterlagen.`}
      bodyName={bodyName}
      section="sitzungen"
      alternates={alternates}
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Sitzungen', href: '/sitzungen' }, { label: meeting.name }]}
    >
      <h1>{meeting.name}</h1>
      <dl class="meta">
        <dt>Gremium</dt>
        <dd>
          {meeting.organizations.length ? (
            meeting.organizations.map((o, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a href={`/gremien/${o.id}`}>{o.name}</a>
              </>
            ))
          ) : (
            <span class="empty">keine Angabe</span>
          )}
        </dd>
        <dt>Termin</dt>
        <dd>
          {meeting.start ? (
            <>
              {formatWeekday(meeting.start)}, <DateText value={meeting.start} />, {formatTime(meeting.start)} Uhr
              {meeting.end ? ` bis ${formatTime(meeting.end)} Uhr` : ''}
            </>
          ) : (
            <span class="empty">noch offen</span>
          )}
        </dd>
        <dt>Ort</dt>
        <dd>
          {place ? (
            <>
              {placeText(place)}
              {place.mapUrl ? (
                <>
                  {' '}
                  (
                  <a href={place.mapUrl}>
                    Karte<span class="visually-hidden"> des Sitzungsortes bei OpenStreetMap</span>
                  </a>
                  )
                </>
              ) : null}
            </>
          ) : (
            <span class="empty">keine Angabe</span>
          )}
        </dd>
        {place?.accessibility ? (
          <>
            <dt>Barrierefreiheit</dt>
            <dd class="place-accessibility">{place.accessibility}</dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>{state}</dd>
        {meeting.number ? (
          <>
            <dt>Sitzungsnummer</dt>
            <dd>{meeting.number}</dd>
          </>
        ) : null}
      </dl>
      <h2>Tagesordnung</h2>
      {meeting.agenda.length === 0 ? (
        <p class="empty">Die Tagesordnung liegt noch nicht vor.</p>
      ) : (
        <ol class="agenda">
          {meeting.agenda.map((item) => (
            <AgendaItem item={item} />
          ))}
        </ol>
      )}
      <h2>Unterlagen</h2>
      {meeting.files.length === 0 ? (
        <p class="empty">Keine Unterlagen veröffentlicht.</p>
      ) : (
        <ul class="attachments">
          {meeting.files.map((f) => (
            <li>
              <a href={`/dateien/${f.id}/${encodeURIComponent(f.fileName)}`}>{f.name}</a>{' '}
              <span class="attachment-meta">
                ({fileRoleLabels[f.role]}, {formatMimeType(f.mimeType)}, {formatBytes(f.size)})
              </span>
              {f.public ? null : (
                <>
                  {' '}
                  <VisibilityBadge public={false} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {hasDocuments(meeting) ? (
        <p>
          <a href={`/sitzungen/${meeting.id}/dokumente.zip`} type="application/zip">
            Alle Unterlagen als ZIP{zipNonPublic ? ' (enthält nichtöffentliche Dokumente)' : ''}
          </a>{' '}
          <span class="attachment-meta">(Unterlagen der Sitzung, ihrer Tagesordnungspunkte und Vorlagen)</span>
        </p>
      ) : null}
      <FeedLinks links={alternates ?? []} />
    </Layout>
  );
}

/**
 * Whether the ZIP of `/sitzungen/<id>/dokumente.zip` has something in it: the session's own
 * visible files, or a visible paper on its agenda (whose files it holds). The link is the same
 * for everyone who sees it, so the page stays cacheable for the public.
 */
function hasDocuments(meeting: MeetingPage): boolean {
  return meeting.files.length > 0 || meeting.agenda.some((item) => item.visible && item.paper !== null);
}

/** „Ö 2.1“ is a sub-item of „Ö 2“: indent it. */
function depthClass(number: string | null): string {
  const depth = (number ?? '').split('.').length - 1;
  return depth > 0 ? `agenda-item agenda-sub${Math.min(depth, 2)}` : 'agenda-item';
}

function AgendaItem({ item }: { item: AgendaItemView }) {
  if (!item.visible) {
    return (
      <li class={depthClass(item.number)}>
        <span class="agenda-number">{item.number ?? ''}</span> <span class="empty">Nichtöffentlicher Tagesordnungspunkt</span>
      </li>
    );
  }
  const votes = voteText(item.votes);
  return (
    <li id={`top-${item.id}`} class={depthClass(item.number)}>
      <span class="agenda-number">{item.number ?? ''}</span> <a href={`/tagesordnungspunkte/${item.id}`}>{item.name}</a>
      {item.public ? null : (
        <>
          {' '}
          <VisibilityBadge public={false} />
        </>
      )}
      {item.paper ? (
        <>
          {' '}
          <span class="attachment-meta">
            (Vorlage <a href={`/vorlagen/${item.paper.slug}`}>{item.paper.reference}</a>)
          </span>
        </>
      ) : null}
      {item.result ? (
        <p class="agenda-result">
          Ergebnis: <strong>{item.result}</strong>
          {votes ? ` (${votes})` : ''}
        </p>
      ) : null}
      {item.resolutionText ? <p class="agenda-resolution">{item.resolutionText}</p> : null}
    </li>
  );
}
