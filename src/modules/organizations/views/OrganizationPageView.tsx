/**
 * @module organizations/views/OrganizationPageView
 * `/gremien/<id>`: what the organization is and where it usually meets, its members by role in
 * a Wahlperiode (chosen with a plain GET form), its coming and past sessions, and its papers.
 */
import type { JSX } from 'hono/jsx/jsx-runtime';
import { formatDate, formatTime, formatWeekday } from '../../../lib/format.ts';
import { CalendarSubscription, FeedLinks } from '../../../ui/components.tsx';
import { Layout, type AlternateLink } from '../../../ui/Layout.tsx';
import { placeText } from '../../locations/index.ts';
import { formatPersonName } from '../../people/index.ts';
import type { MeetingRef, MemberView, OrganizationPage, OrganizationPaper } from '../organizations.queries.ts';
import type { LegislativeTerm, MembershipWindow } from '../../bodies/index.ts';
import { PaperListEntry } from '../../papers/index.ts';
import { memberCount } from './OrganizationListView.tsx';

export interface OrganizationPageViewProps {
  bodyName: string;
  organization: OrganizationPage;
  terms: LegislativeTerm[];
  window: MembershipWindow;
  /** True when the Wahlperiode was chosen in the URL rather than taken as the current one. */
  chosen: boolean;
  /** The follow slot below the head (the subscription button for a logged-in reader). */
  follow?: JSX.Element[] | undefined;
  /** The alternates slot: the Gremium's calendar and paper feed, in the head and at the foot. */
  alternates?: AlternateLink[] | undefined;
}

const roleHeadings: [role: string, heading: string][] = [
  ['Vorsitz', 'Vorsitz'],
  ['stellv. Vorsitz', 'Stellvertretender Vorsitz'],
  ['Mitglied', 'Mitglieder'],
  ['stellv. Mitglied', 'Stellvertretende Mitglieder'],
];

/** Members grouped by role: the four usual roles first, any other role after them by name. */
export function membersByRole(members: readonly MemberView[]): { role: string; heading: string; members: MemberView[] }[] {
  const known = new Map(roleHeadings);
  const others = [...new Set(members.map((m) => m.role))].filter((r) => !known.has(r)).sort((a, b) => a.localeCompare(b, 'de'));
  return [...roleHeadings, ...others.map((r): [string, string] => [r, r])]
    .map(([role, heading]) => ({ role, heading, members: members.filter((m) => m.role === role) }))
    .filter((g) => g.members.length > 0);
}

function typeLabel(o: OrganizationPage): string {
  const classification = o.classification?.trim();
  if (o.organizationType === 'Verwaltungsbereich') return classification ? `${classification} der Verwaltung` : 'Verwaltung';
  return classification || o.organizationType;
}

/** Whether the page lists the Gremium's Sitzungen: the administration has none, a Fraktion only when it met. */
export function showsMeetings(o: Pick<OrganizationPage, 'organizationType' | 'meetingTotal'>): boolean {
  return o.organizationType !== 'Verwaltungsbereich' && (o.organizationType !== 'Fraktion' || o.meetingTotal > 0);
}

export function OrganizationPageView({ bodyName, organization: o, terms, window, chosen, follow, alternates = [] }: OrganizationPageViewProps) {
  const administration = o.organizationType === 'Verwaltungsbereich';
  const showMeetings = showsMeetings(o);
  const period = window.term ? `in der ${window.term.name}` : 'heute';
  const title = chosen && window.term ? `${o.name} – ${window.term.name}` : o.name;
  const persons = new Set(o.members.map((m) => m.personId)).size;
  const website = o.website && /^https?:\/\//i.test(o.website) ? o.website : null;
  const place = o.location ? placeText(o.location) : null;
  return (
    <Layout
      title={title}
      description={`${o.name} (${typeLabel(o)}): ${administration ? 'Personen' : 'Mitglieder nach Rolle'} ${period}${showMeetings ? ', Sitzungen' : ''} und Vorlagen.`}
      bodyName={bodyName}
      section="gremien"
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Gremien', href: '/gremien' }, { label: o.name }]}
      alternates={alternates}
    >
      <h1>{o.name}</h1>
      <dl class="meta">
        <dt>Art</dt>
        <dd>{typeLabel(o)}</dd>
        {o.shortName && o.shortName !== o.name ? (
          <>
            <dt>Kurzbezeichnung</dt>
            <dd>{o.shortName}</dd>
          </>
        ) : null}
        {o.parent ? (
          <>
            <dt>Gehört zu</dt>
            <dd>
              <a href={`/gremien/${o.parent.id}`}>{o.parent.name}</a>
            </dd>
          </>
        ) : null}
        {o.startDate || o.endDate ? (
          <>
            <dt>Besteht</dt>
            <dd>{o.endDate ? `${o.startDate ? `${formatDate(o.startDate)} ` : ''}bis ${formatDate(o.endDate)}` : `seit ${formatDate(o.startDate ?? '')}`}</dd>
          </>
        ) : null}
        {place ? (
          <>
            <dt>Üblicher Sitzungsort</dt>
            <dd>{place}</dd>
          </>
        ) : null}
        {o.location?.accessibility ? (
          <>
            <dt>Barrierefreiheit</dt>
            <dd class="place-accessibility">{o.location.accessibility}</dd>
          </>
        ) : null}
        {website ? (
          <>
            <dt>Website</dt>
            <dd>
              <a href={website}>{website}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {follow ?? null}
      <CalendarSubscription links={alternates} />
      {o.children.length > 0 ? (
        <>
          <h2>Untergliederungen</h2>
          <ul class="org-list">
            {o.children.map((c) => (
              <li>
                <a href={`/gremien/${c.id}`}>{c.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 id="mitglieder">{administration ? 'Personen' : 'Mitglieder'}</h2>
      {terms.length > 0 && window.term ? <TermForm organizationId={o.id} terms={terms} selected={window.term.id} /> : null}
      <p class="result-count">
        {persons === 0
          ? `${window.term ? `Für die ${window.term.name}` : 'Für heute'} sind keine ${administration ? 'Personen' : 'Mitglieder'} verzeichnet.`
          : `${memberCount(persons, administration)} ${period}`}
        {window.term ? <span class="org-meta"> ({termDates(window.term)})</span> : null}
      </p>
      {membersByRole(o.members).map((g) => (
        <>
          <h3>{g.heading}</h3>
          <ul class="member-list">
            {g.members.map((m) => (
              <Member member={m} window={window} />
            ))}
          </ul>
        </>
      ))}

      {showMeetings ? (
        <>
          <h2>Nächste Sitzungen</h2>
          <MeetingList meetings={o.upcoming} empty="Es sind keine weiteren Sitzungen angesetzt." />
          <h2>Vergangene Sitzungen</h2>
          <MeetingList meetings={o.past} empty="Es sind keine vergangenen Sitzungen verzeichnet." />
          <p>
            <a href={`/sitzungen?gremium=${o.id}`}>Alle Sitzungen dieses Gremiums</a>
          </p>
        </>
      ) : null}

      <Papers organization={o} />
      <FeedLinks links={alternates} />
    </Layout>
  );
}

function termDates(term: LegislativeTerm): string {
  return term.endDate ? `${formatDate(term.startDate)} bis ${formatDate(term.endDate)}` : `seit ${formatDate(term.startDate)}`;
}

function TermForm({ organizationId, terms, selected }: { organizationId: number; terms: LegislativeTerm[]; selected: number }) {
  return (
    <form class="filters term-form" method="get" action={`/gremien/${organizationId}`} aria-label="Wahlperiode wählen">
      <div>
        <label for="wahlperiode">Wahlperiode</label>
        <select id="wahlperiode" name="wahlperiode">
          {terms.map((t) => (
            <option value={String(t.id)} selected={t.id === selected}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit">Anzeigen</button>
      </div>
    </form>
  );
}

/** „seit“ / „bis“ only where a membership does not cover the whole window. */
function membershipSpan(m: MemberView, window: MembershipWindow): string | null {
  const from = m.startDate !== null && m.startDate > window.startDate ? m.startDate : null;
  const until = m.endDate !== null && (window.endDate === null || m.endDate < window.endDate) ? m.endDate : null;
  if (from && until) return `${formatDate(from)} bis ${formatDate(until)}`;
  if (from) return `seit ${formatDate(from)}`;
  if (until) return `bis ${formatDate(until)}`;
  return null;
}

function Member({ member: m, window }: { member: MemberView; window: MembershipWindow }) {
  const notes = [m.fraktion?.name, m.votingRight ? null : 'beratend', membershipSpan(m, window)].filter((n): n is string => Boolean(n));
  return (
    <li>
      <a href={`/personen/${m.personId}`}>{formatPersonName(m)}</a>
      {notes.length > 0 ? <span class="org-meta"> · {notes.join(' · ')}</span> : null}
    </li>
  );
}

function MeetingList({ meetings, empty }: { meetings: MeetingRef[]; empty: string }) {
  if (meetings.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ul class="meeting-list">
      {meetings.map((m) => (
        <li>
          <a href={`/sitzungen/${m.id}`}>{m.name}</a>
          <div class="org-meta">
            {m.start ? (
              <time datetime={m.start.toISOString()}>
                {formatWeekday(m.start)}, {formatDate(m.start)}, {formatTime(m.start)} Uhr
              </time>
            ) : (
              'Termin noch offen'
            )}
            {' · '}
            {m.cancelled ? 'abgesagt' : m.state}
          </div>
        </li>
      ))}
    </ul>
  );
}

const paperHeadings = {
  consultation: { heading: 'Vorlagen', intro: 'Vorlagen, die in diesem Gremium beraten werden' },
  direction: { heading: 'Vorlagen unter Federführung', intro: 'Vorlagen unter Federführung dieses Bereichs' },
  originator: { heading: 'Eingereichte Vorlagen', intro: 'Anträge und Anfragen, die diese Fraktion eingereicht hat' },
} as const;

function Papers({ organization: o }: { organization: OrganizationPage }) {
  const text = paperHeadings[o.paperSource];
  const allHref = o.paperSource === 'consultation' ? `/vorlagen?gremium=${o.id}` : o.paperSource === 'direction' ? `/vorlagen?federfuehrung=${o.id}` : null;
  const count = o.paperTotal === 1 ? '1 Vorlage' : `${o.paperTotal.toLocaleString('de-DE')} Vorlagen`;
  return (
    <>
      <h2>{text.heading}</h2>
      {o.paperTotal === 0 ? (
        <p class="empty">Es sind keine Vorlagen verzeichnet.</p>
      ) : (
        <p>
          {text.intro}: {o.papers.length < o.paperTotal ? `die neuesten ${o.papers.length} von ${count}` : count}.
        </p>
      )}
      {o.papers.length > 0 ? (
        <ul class="paper-list">
          {o.papers.map((p) => (
            <PaperItem paper={p} />
          ))}
        </ul>
      ) : null}
      {allHref ? (
        <p>
          <a href={allHref}>{o.paperSource === 'consultation' ? 'Alle Vorlagen' : 'Alle Vorlagen unter dieser Federführung'}</a>
        </p>
      ) : null}
    </>
  );
}

function PaperItem({ paper: p }: { paper: OrganizationPaper }) {
  return <PaperListEntry paper={p} detail={p.roles.join(', ')} />;
}
