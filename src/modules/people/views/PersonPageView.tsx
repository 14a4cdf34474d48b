/**
 * @module people/views/PersonPageView
 * `/personen/<id>`: name with form of address and title, status, Fraktion, current and past
 * memberships, and the papers the person submitted. Nothing personal beyond that: no e-mail,
 * phone or address.
 */
import type { JSX } from 'hono/jsx/jsx-runtime';
import { formatDate } from '../../../lib/format.ts';
import { DateText, FeedLinks } from '../../../ui/components.tsx';
import { Layout, type AlternateLink } from '../../../ui/Layout.tsx';
import { RecordTable } from '../../../ui/RecordTable.tsx';
import { currentFraktionen, formatPersonName } from '../people.names.ts';
import { PaperListEntry } from '../../papers/index.ts';
import type { PersonMembership, PersonPage } from '../people.queries.ts';

export interface PersonPageViewProps {
  bodyName: string;
  person: PersonPage;
  /** Today in Berlin (YYYY-MM-DD): memberships ended before it are past. */
  today: string;
  /** The follow slot below the head (the subscription button for a logged-in reader). */
  follow?: JSX.Element[] | undefined;
  /** The alternates slot: the feed of the person's papers, in the head and below the list. */
  alternates?: AlternateLink[] | undefined;
}

export function isCurrent(m: PersonMembership, today: string): boolean {
  return m.endDate === null || m.endDate >= today;
}

/** The Fraktion of the current Wahlperiode: a Fraktion membership, or the Fraktion the person sits for. */
export function fraktionenOf(person: PersonPage, today: string): { id: number; name: string }[] {
  const links = person.memberships
    .filter((m) => m.inTerm)
    .flatMap((m) => {
      const target = m.organization.organizationType === 'Fraktion' ? m.organization : m.onBehalfOf;
      return target ? [{ id: target.id, name: target.name, active: isCurrent(m, today) }] : [];
    });
  const byId = new Map<number, { id: number; name: string; active: boolean }>();
  for (const l of links) byId.set(l.id, { ...l, active: l.active || (byId.get(l.id)?.active ?? false) });
  return currentFraktionen([...byId.values()]).map(({ id, name }) => ({ id, name }));
}

export function PersonPageView({ bodyName, person: p, today, follow, alternates = [] }: PersonPageViewProps) {
  const name = formatPersonName(p);
  const fraktionen = fraktionenOf(p, today);
  const current = p.memberships.filter((m) => isCurrent(m, today));
  const past = p.memberships.filter((m) => !isCurrent(m, today)).sort((a, b) => (b.endDate ?? '').localeCompare(a.endDate ?? ''));
  const roleText = [p.status.join(', '), fraktionen.map((f) => f.name).join(', ')].filter(Boolean).join(', ');
  return (
    <Layout
      title={name}
      description={`${name}${roleText ? ` (${roleText})` : ''}: Mitgliedschaften in Gremien und Fraktionen und eingereichte Vorlagen.`}
      bodyName={bodyName}
      section="personen"
      alternates={alternates}
      breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Personen', href: '/personen' }, { label: name }]}
    >
      <h1>
        {/* „divers“ is the back office's choice of no gendered address: nothing to write before the name */}
        {p.formOfAddress && p.formOfAddress !== 'divers' ? <span class="person-kicker">{p.formOfAddress} </span> : null}
        {name}
      </h1>
      {p.status.length > 0 || fraktionen.length > 0 ? (
        <dl class="meta">
          {p.status.length > 0 ? (
            <>
              <dt>Status</dt>
              <dd>{p.status.join(', ')}</dd>
            </>
          ) : null}
          {fraktionen.length > 0 ? (
            <>
              <dt>Fraktion</dt>
              <dd>
                {fraktionen.map((f, i) => (
                  <>
                    {i > 0 ? ', ' : ''}
                    <a href={`/gremien/${f.id}`}>{f.name}</a>
                  </>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {follow ?? null}

      <h2>Aktuelle Mitgliedschaften</h2>
      {current.length === 0 ? (
        <p class="empty">Keine aktuellen Mitgliedschaften.</p>
      ) : (
        <MembershipTable memberships={current} caption="Aktuelle Mitgliedschaften mit Rolle, Beginn, Stimmrecht und Fraktion" past={false} />
      )}
      {past.length > 0 ? (
        <>
          <h2>Frühere Mitgliedschaften</h2>
          <MembershipTable memberships={past} caption="Frühere Mitgliedschaften mit Rolle, Zeitraum, Stimmrecht und Fraktion" past />
        </>
      ) : null}

      <h2>Eingereichte Vorlagen</h2>
      {p.paperTotal === 0 ? (
        <p class="empty">Keine Vorlagen verzeichnet.</p>
      ) : (
        <>
          {p.papers.length < p.paperTotal ? (
            <p>
              Die neuesten {p.papers.length} von {p.paperTotal.toLocaleString('de-DE')} Vorlagen.
            </p>
          ) : null}
          <ul class="paper-list">
            {p.papers.map((paper) => (
              <PaperListEntry paper={paper} />
            ))}
          </ul>
        </>
      )}
      <FeedLinks links={alternates} />
    </Layout>
  );
}

function MembershipTable({ memberships, caption, past }: { memberships: PersonMembership[]; caption: string; past: boolean }) {
  return (
    <RecordTable
      caption={caption}
      hiddenCaption
      class="membership-table"
      rows={memberships}
      columns={[
        { label: 'Gremium', rowHeader: true, cell: (m) => <a href={`/gremien/${m.organization.id}`}>{m.organization.name}</a> },
        { label: 'Rolle', cell: (m) => m.role },
        {
          label: past ? 'Zeitraum' : 'Seit',
          numeric: true,
          cell: (m) => (past ? <Period from={m.startDate} until={m.endDate} /> : <DateText value={m.startDate} empty="–" />),
        },
        { label: 'Stimmrecht', cell: (m) => (m.votingRight ? 'stimmberechtigt' : 'beratend') },
        { label: 'Fraktion', cell: (m) => m.onBehalfOf?.name ?? '' },
      ]}
    />
  );
}

function Period({ from, until }: { from: string | null; until: string | null }) {
  return (
    <>
      {from ? <time datetime={from}>{formatDate(from)}</time> : '…'} bis {until ? <time datetime={until}>{formatDate(until)}</time> : '…'}
    </>
  );
}
