/**
 * @module meetings/views/MeetingListView
 * `/sitzungen`: the sessions as a list (upcoming or past, by Gremium and period) or as a month
 * calendar. Both are plain GET forms and links: every view has its own shareable URL.
 */
import { formatDate, formatTime } from '../../../lib/format.ts';
import { CalendarSubscription, FeedLinks, SessionTime, TableScroll } from '../../../ui/components.tsx';
import { Layout, type AlternateLink } from '../../../ui/Layout.tsx';
import { Pagination } from '../../../ui/Pagination.tsx';
import type { MeetingDocuments, MeetingListItem } from '../meetings.list.ts';
import { shownMeetingState } from './meeting-state.ts';

export type MeetingQuery = {
  view: 'liste' | 'kalender';
  organizationId?: number | undefined;
  period: 'kommende' | 'vergangene';
  from?: string | undefined;
  until?: string | undefined;
  month: string;
  page: number;
};

export interface MeetingListViewProps {
  bodyName: string;
  query: MeetingQuery;
  organizations: { id: number; name: string }[];
  list?: { total: number; items: MeetingListItem[]; pageSize: number };
  calendar?: MeetingListItem[];
  hrefFor: (changes: Partial<Record<'ansicht' | 'gremium' | 'zeitraum' | 'von' | 'bis' | 'monat' | 'seite', string | number | undefined>>) => string;
  alternates?: AlternateLink[];
  now: Date;
}

export function MeetingListView(props: MeetingListViewProps) {
  const { query } = props;
  const gremium = props.organizations.find((o) => o.id === query.organizationId)?.name;
  const title = `Sitzungen${gremium ? ` – ${gremium}` : ''}`;
  return (
    <Layout
      title={query.view === 'kalender' ? `${title}: Kalender ${monthLabel(query.month)}` : title}
      description={`Termine, Orte und Tagesordnungen der Sitzungen${gremium ? ` von ${gremium}` : ' aller Gremien'}, als Liste oder Monatskalender.`}
      bodyName={props.bodyName}
      section="sitzungen"
      alternates={props.alternates}
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Sitzungen' }]}
    >
      <h1>{title}</h1>
      <CalendarSubscription links={props.alternates ?? []} />
      <p class="view-switch">
        Ansicht:{' '}
        {query.view === 'liste' ? <strong aria-current="page">Liste</strong> : <a href={props.hrefFor({ ansicht: undefined, monat: undefined })}>Liste</a>}
        {' · '}
        {query.view === 'kalender' ? (
          <strong aria-current="page">Kalender</strong>
        ) : (
          <a href={props.hrefFor({ ansicht: 'kalender', seite: undefined, zeitraum: undefined, von: undefined, bis: undefined })}>Kalender</a>
        )}
      </p>
      <form class="filters" method="get" action="/sitzungen" aria-label="Sitzungen filtern">
        {query.view === 'kalender' ? <input type="hidden" name="ansicht" value="kalender" /> : null}
        {query.view === 'kalender' ? <input type="hidden" name="monat" value={query.month} /> : null}
        <div>
          <label for="filter-gremium">Gremium</label>
          <select id="filter-gremium" name="gremium">
            <option value="">alle</option>
            {props.organizations.map((o) => (
              <option value={String(o.id)} selected={o.id === query.organizationId}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        {query.view === 'liste' ? (
          <>
            <div>
              <label for="filter-zeitraum">Zeitraum</label>
              <select id="filter-zeitraum" name="zeitraum">
                <option value="kommende" selected={query.period === 'kommende'}>
                  kommende Sitzungen
                </option>
                <option value="vergangene" selected={query.period === 'vergangene'}>
                  vergangene Sitzungen
                </option>
              </select>
            </div>
            <div>
              <label for="filter-von">von (Datum)</label>
              <input id="filter-von" type="date" name="von" value={query.from ?? ''} />
            </div>
            <div>
              <label for="filter-bis">bis (Datum)</label>
              <input id="filter-bis" type="date" name="bis" value={query.until ?? ''} />
            </div>
          </>
        ) : null}
        <div>
          <button type="submit">Anzeigen</button>
        </div>
      </form>
      {props.list ? <MeetingList {...props.list} page={query.page} hrefFor={props.hrefFor} now={props.now} /> : null}
      {props.calendar ? <MonthCalendar month={query.month} meetings={props.calendar} hrefFor={props.hrefFor} /> : null}
      <FeedLinks links={props.alternates ?? []} />
    </Layout>
  );
}

function MeetingList(props: { total: number; items: MeetingListItem[]; pageSize: number; page: number; hrefFor: MeetingListViewProps['hrefFor']; now: Date }) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <>
      <p class="result-count" role="status">
        {props.total === 1 ? '1 Sitzung' : `${props.total} Sitzungen`}
        {pages > 1 ? ` – Seite ${props.page} von ${pages}` : ''}
      </p>
      {props.items.length === 0 ? (
        <p>Keine Sitzung in diesem Zeitraum.</p>
      ) : (
        <ul class="meeting-list">
          {props.items.map((m) => (
            <li>
              <a class="paper-title" href={`/sitzungen/${m.id}`}>
                {m.name}
              </a>
              <div class="paper-meta">
                <SessionTime start={m.start} />
                {' · '}
                {m.organizations.map((o) => o.name).join(', ')}
                {m.location ? ` · ${m.location}` : ''} · {shownMeetingState(m, props.now)}
              </div>
              <div class="paper-meta meeting-documents">Unterlagen: {documentsText(m.documents)}</div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={props.page} pages={pages} hrefFor={(page) => props.hrefFor({ seite: page })} />
    </>
  );
}

/** „Einladung, Niederschrift, 3 weitere Dokumente“, or that there are none yet. */
export function documentsText(d: MeetingDocuments): string {
  const parts = [
    d.invitation ? 'Einladung' : null,
    d.minutes ? 'Niederschrift' : null,
    d.others > 0 ? (d.others === 1 ? '1 weiteres Dokument' : `${d.others} weitere Dokumente`) : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'noch keine';
}

const monthNames = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const weekdays = [
  ['Mo', 'Montag'],
  ['Di', 'Dienstag'],
  ['Mi', 'Mittwoch'],
  ['Do', 'Donnerstag'],
  ['Fr', 'Freitag'],
  ['Sa', 'Samstag'],
  ['So', 'Sonntag'],
] as const;

export function monthLabel(month: string): string {
  const [year, mon] = month.split('-').map(Number);
  return `${monthNames[(mon ?? 1) - 1] ?? ''} ${year ?? ''}`;
}

export function shiftMonth(month: string, by: number): string {
  const [year = 2000, mon = 1] = month.split('-').map(Number);
  const d = new Date(Date.UTC(year, mon - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Weeks of the month, Monday first; null pads the days of neighbouring months. */
function weeksOf(month: string): (number | null)[][] {
  const [year = 2000, mon = 1] = month.split('-').map(Number);
  const first = (new Date(Date.UTC(year, mon - 1, 1)).getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  const cells: (number | null)[] = [...Array<null>(first).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

function MonthCalendar(props: { month: string; meetings: MeetingListItem[]; hrefFor: MeetingListViewProps['hrefFor'] }) {
  const byDay = new Map<number, MeetingListItem[]>();
  for (const m of props.meetings) {
    if (!m.start) continue;
    const day = Number(formatDate(m.start).slice(0, 2));
    byDay.set(day, [...(byDay.get(day) ?? []), m]);
  }
  return (
    <>
      <nav class="month-nav" aria-label="Monate">
        <a href={props.hrefFor({ monat: shiftMonth(props.month, -1) })} rel="prev">
          ‹ {monthLabel(shiftMonth(props.month, -1))}
        </a>
        <a href={props.hrefFor({ monat: shiftMonth(props.month, 1) })} rel="next">
          {monthLabel(shiftMonth(props.month, 1))} ›
        </a>
      </nav>
      <p class="result-count" role="status">
        {props.meetings.length === 1 ? '1 Sitzung' : `${props.meetings.length} Sitzungen`} im {monthLabel(props.month)}
      </p>
      <TableScroll label="Monatskalender">
        <table class="calendar">
          <caption>{monthLabel(props.month)}</caption>
          <thead>
            <tr>
              {weekdays.map(([short, long]) => (
                <th scope="col">
                  <abbr title={long}>{short}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeksOf(props.month).map((week) => (
              <tr>
                {week.map((day, i) => (
                  <td class={day === null ? 'outside' : byDay.has(day) ? 'has-meetings' : undefined}>
                    {day === null ? null : (
                      <>
                        <span class="day-number">
                          {/* the weekday shows where the calendar becomes a list (phones) */}
                          <span class="day-weekday">{weekdays[i]?.[1]}, </span>
                          {day}
                        </span>
                        {(byDay.get(day) ?? []).length ? (
                          <ul>
                            {(byDay.get(day) ?? []).map((m) => (
                              <li>
                                <a href={`/sitzungen/${m.id}`}>
                                  {m.start ? `${formatTime(m.start)} ` : ''}
                                  {m.organizations.map((o) => o.name).join(', ') || m.name}
                                </a>
                                {m.cancelled ? ' (abgesagt)' : ''}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
