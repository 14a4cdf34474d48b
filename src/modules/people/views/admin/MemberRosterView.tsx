/**
 * @module people/views/admin/MemberRosterView
 * `/verwaltung/gremien/:id/mitglieder?stichtag=`: who sits in the Gremium on the day, by role,
 * with voting right, Fraktion and deputies; the memberships that ended before or begin after
 * it; and where the seats do not add up.
 */
import { formatDate } from '../../../../lib/format.ts';
import { Message } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { RecordTable } from '../../../../ui/RecordTable.tsx';
import { DEPUTY, roleLabel } from '../../membership-rules.ts';
import { roleOrder, seatHolders, type Roster, type RosterEntry } from '../../membership-roster.ts';
import { gremienCrumb, membershipAdminHref, periodText, personAdminHref, staffCrumbs } from './shared.tsx';

export interface MemberRosterViewProps {
  bodyName: string;
  organization: { id: number; name: string; organizationType: string; seats: number | null };
  roster: Roster;
  warnings: string[];
  mayChange: boolean;
  notice?: string | undefined;
}

function Deputyship({ e }: { e: RosterEntry }) {
  if (e.role === DEPUTY) return <>{e.represents ? `vertritt ${e.represents.name}` : 'vertritt niemanden Bestimmten'}</>;
  return <>{e.deputies.length ? `vertreten durch ${e.deputies.map((d) => d.name).join(', ')}` : ''}</>;
}

function EntryTable(props: { caption: string; rows: RosterEntry[]; mayChange: boolean }) {
  return (
    <RecordTable
      caption={props.caption}
      hiddenCaption
      class="roster-table"
      rows={props.rows}
      columns={[
        { label: 'Name', rowHeader: true, cell: (e) => <a href={personAdminHref(e.personId)}>{e.personName}</a> },
        { label: 'Rolle', cell: (e) => roleLabel(e.role) },
        { label: 'Stimmrecht', cell: (e) => (e.votingRight ? 'ja' : 'nein') },
        { label: 'Fraktion', cell: (e) => e.fraktion?.name ?? '–' },
        { label: 'Zeitraum', numeric: true, cell: (e) => periodText(e.startDate, e.endDate) },
        { label: 'Vertretung', cell: (e) => <Deputyship e={e} /> },
        ...(props.mayChange ? [{ label: 'Bearbeiten', cell: (e: RosterEntry) => <a href={membershipAdminHref(e.membershipId)}>bearbeiten</a> }] : []),
      ]}
    />
  );
}

export function MemberRosterView(props: MemberRosterViewProps) {
  const { organization: o, roster } = props;
  const day = formatDate(roster.day);
  const roles = [...new Set(roster.current.map((e) => e.role))].sort((a, b) => roleOrder(a) - roleOrder(b));
  const voting = seatHolders(roster).length;
  return (
    <Layout
      title={`Mitglieder: ${o.name}`}
      description={`Wer am ${day} in ${o.name} sitzt, nach Rolle, mit Stimmrecht, Fraktion und Vertretung.`}
      bodyName={props.bodyName}
      section="verwaltung"
      backOffice="/verwaltung/gremien"
      breadcrumbs={staffCrumbs(gremienCrumb, { label: o.name, href: `/verwaltung/gremien/${o.id}` }, { label: 'Mitglieder' })}
    >
      <h1>{`Mitglieder: ${o.name}`}</h1>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      <form class="filters" method="get" action={`/verwaltung/gremien/${o.id}/mitglieder`} aria-label="Stichtag wählen">
        <div>
          <label for="filter-stichtag">Stichtag</label>
          <input id="filter-stichtag" name="stichtag" type="date" value={roster.day} required />
        </div>
        <div>
          <button type="submit">Anzeigen</button>
        </div>
      </form>
      <p class="result-count" role="status">
        {`Am ${day}: ${roster.current.length} ${roster.current.length === 1 ? 'Mitgliedschaft' : 'Mitgliedschaften'}, ${voting} stimmberechtigt`}
        {o.seats !== null ? ` bei ${o.seats} Sitzen` : ''}.
      </p>
      {props.warnings.length ? (
        <div class="warning" role="status">
          <h2>Bitte prüfen</h2>
          <ul>
            {props.warnings.map((w) => (
              <li>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {props.mayChange ? (
        <p>
          <a class="button" href={`/verwaltung/mitgliedschaften/neu?gremium=${o.id}`}>
            Mitglied hinzufügen
          </a>
        </p>
      ) : null}
      {roster.current.length === 0 ? <p class="empty">Am {day} hat das Gremium keine Mitglieder.</p> : null}
      {roles.map((role, i) => {
        const rows = roster.current.filter((e) => e.role === role);
        return (
          <section aria-labelledby={`rolle-${i}`}>
            <h2 id={`rolle-${i}`}>{`${roleLabel(role)} (${rows.length})`}</h2>
            <EntryTable caption={`${roleLabel(role)} am ${day}`} rows={rows} mayChange={props.mayChange} />
          </section>
        );
      })}
      {roster.future.length ? (
        <section aria-labelledby="kuenftig">
          <h2 id="kuenftig">Künftige Mitgliedschaften</h2>
          <EntryTable caption={`Mitgliedschaften, die nach dem ${day} beginnen`} rows={roster.future} mayChange={props.mayChange} />
        </section>
      ) : null}
      {roster.past.length ? (
        <section aria-labelledby="frueher">
          <h2 id="frueher">Frühere Mitgliedschaften</h2>
          <EntryTable caption={`Mitgliedschaften, die vor dem ${day} endeten`} rows={roster.past} mayChange={props.mayChange} />
        </section>
      ) : null}
    </Layout>
  );
}
