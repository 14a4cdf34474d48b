/**
 * @module people/views/admin/PersonAdminView
 * `/verwaltung/personen/neu` and `/verwaltung/personen/:id`: the person form (or its values as
 * text for those who may not change persons), the linked account, the person's current and past
 * memberships with links, „Ausscheiden“, deleting, and the history.
 */
import type { HistoryEntry } from '../../../audit/index.ts';
import type { FieldProblems } from '../../../../http/master-form.ts';
import type { LinkedAccount } from '../../../../http/slots.ts';
import { Message, PostForm } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { ConflictPanel, ErrorSummary, HistoryList } from '../../../../ui/master-data.tsx';
import { RecordTable } from '../../../../ui/RecordTable.tsx';
import { roleLabel } from '../../membership-rules.ts';
import { formatPersonName } from '../../people.names.ts';
import type { PersonMembershipRow } from '../../person-directory.ts';
import type { PersonRecord } from '../../person-records.ts';
import type { PersonFormFields } from '../../person-rules.ts';
import { PersonFacts, PersonFields, personFieldTexts } from './PersonFormFields.tsx';
import { membershipAdminHref, periodText, personsCrumb, rosterHref, staffCrumbs } from './shared.tsx';

export interface PersonAdminViewProps {
  bodyName: string;
  /** The person as stored; undefined on the form for a new one. */
  person?: PersonRecord | undefined;
  values: PersonFormFields;
  version: number;
  fraktionen: { id: number; name: string }[];
  problems?: FieldProblems | undefined;
  /** Someone saved in between: the values as stored now, beside the typed ones. */
  conflict?: PersonFormFields | undefined;
  notice?: string | undefined;
  /** A refusal that belongs to no field (deleting while referred to). */
  error?: string | undefined;
  mayEdit: boolean;
  mayAddMembership: boolean;
  /** Whether the viewer may open (change) a membership of this organization. */
  mayChangeMembershipOf: (organizationId: number) => boolean;
  mayManageAccounts: boolean;
  memberships?: PersonMembershipRow[];
  linkedAccounts?: LinkedAccount[];
  history?: HistoryEntry[];
  today: string;
}

export function PersonAdminView(props: PersonAdminViewProps) {
  const { person } = props;
  const name = person ? formatPersonName(person) : 'Neue Person';
  const action = person ? `/verwaltung/personen/${person.id}` : '/verwaltung/personen/neu';
  const mine = personFieldTexts(props.values, props.fraktionen);
  const stored = props.conflict ? personFieldTexts(props.conflict, props.fraktionen) : [];
  return (
    <Layout
      title={person ? `Person ${name}` : 'Neue Person'}
      description={person ? `Stammdaten und Mitgliedschaften von ${name}.` : 'Eine Person anlegen.'}
      bodyName={props.bodyName}
      section="verwaltung"
      backOffice="/verwaltung/personen"
      breadcrumbs={staffCrumbs(personsCrumb, { label: name })}
    >
      <h1>{name}</h1>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {props.error ? <Message kind="error">{props.error}</Message> : null}
      <ErrorSummary problems={props.problems} />
      {props.conflict ? (
        <ConflictPanel
          message="Jemand anderes hat diese Person gespeichert, während Sie sie bearbeitet haben. Ihre Eingaben stehen noch im Formular; übernehmen Sie, was bleiben soll, und speichern Sie erneut."
          rows={mine.map((m, i) => ({ label: m.label, mine: m.text, stored: stored[i]?.text ?? '' }))}
        />
      ) : null}
      {person ? (
        <p>
          <a href={`/personen/${person.id}`}>Öffentliche Seite der Person</a>
        </p>
      ) : null}
      <h2>Stammdaten</h2>
      {props.mayEdit ? (
        <PostForm action={action} class="stack-form master-form" data-unsaved aria-label={person ? 'Person bearbeiten' : 'Person anlegen'}>
          <input type="hidden" name="version" value={String(props.version)} />
          <PersonFields values={props.values} problems={props.problems} fraktionen={props.fraktionen} />
          <button type="submit">{person ? 'Speichern' : 'Person anlegen'}</button>
        </PostForm>
      ) : (
        <PersonFacts values={props.values} fraktionen={props.fraktionen} />
      )}
      {person ? <PersonSections {...props} person={person} /> : null}
    </Layout>
  );
}

function PersonSections(props: PersonAdminViewProps & { person: PersonRecord }) {
  const { person, today } = props;
  const all = props.memberships ?? [];
  const current = all.filter((m) => (m.startDate === null || m.startDate <= today) && (m.endDate === null || m.endDate >= today));
  const future = all.filter((m) => m.startDate !== null && m.startDate > today);
  const past = all.filter((m) => m.endDate !== null && m.endDate < today);
  const base = `/verwaltung/personen/${person.id}`;
  return (
    <>
      <h2>Konto</h2>
      <LinkedAccounts accounts={props.linkedAccounts ?? []} mayManage={props.mayManageAccounts} />
      <h2>Mitgliedschaften</h2>
      {props.mayAddMembership ? (
        <p>
          <a class="button" href={`/verwaltung/mitgliedschaften/neu?person=${person.id}`}>
            Mitgliedschaft hinzufügen
          </a>
        </p>
      ) : null}
      <MembershipList title="Laufende Mitgliedschaften" rows={current} empty="Keine laufenden Mitgliedschaften." may={props.mayChangeMembershipOf} />
      {future.length ? <MembershipList title="Künftige Mitgliedschaften" rows={future} empty="" may={props.mayChangeMembershipOf} /> : null}
      {past.length ? <MembershipList title="Frühere Mitgliedschaften" rows={past} empty="" may={props.mayChangeMembershipOf} /> : null}
      {props.mayEdit ? (
        <>
          <h2>Ausscheiden</h2>
          <p>Beendet alle laufenden Mitgliedschaften der Person zum gewählten Tag. Die Person bleibt mit ihrem Verlauf erhalten.</p>
          <PostForm action={`${base}/ausscheiden`} class="end-restore" aria-label="Person ausscheiden lassen">
            <p class="field">
              <label for="feld-datum">Ausgeschieden zum</label>
              <input id="feld-datum" name="datum" type="date" value={today} required />
            </p>
            <button type="submit">Alle Mitgliedschaften beenden</button>
          </PostForm>
          <h2>Löschen</h2>
          <p>
            Nur für versehentlich angelegte Personen: Löschen geht nur, solange nichts auf die Person verweist (Mitgliedschaften, Vorlagen, Einladungen,
            Konten). Sonst lassen Sie die Person ausscheiden.
          </p>
          <PostForm action={`${base}/loeschen`} class="end-restore" aria-label="Person löschen">
            <input type="hidden" name="version" value={String(person.version)} />
            <button type="submit">Person löschen</button>
          </PostForm>
        </>
      ) : null}
      <HistoryList entries={props.history ?? []} />
    </>
  );
}

function LinkedAccounts(props: { accounts: LinkedAccount[]; mayManage: boolean }) {
  if (props.accounts.length === 0)
    return (
      <p class="form-note">
        Kein Konto mit dieser Person verknüpft. Ein Konto verknüpfen Sie {props.mayManage ? <a href="/verwaltung/konten">unter Konten</a> : 'unter Konten'}{' '}
        (Administration).
      </p>
    );
  return (
    <ul class="plain-list">
      {props.accounts.map((a) => (
        <li>
          Verknüpftes Konto: {a.displayName} ({a.email}) — ändern unter{' '}
          {props.mayManage ? <a href={`/verwaltung/konten/${a.id}`}>Konten</a> : 'Konten (Administration)'}
        </li>
      ))}
    </ul>
  );
}

function MembershipList(props: { title: string; rows: PersonMembershipRow[]; empty: string; may: (organizationId: number) => boolean }) {
  return (
    <section aria-label={props.title}>
      <h3>{props.title}</h3>
      {props.rows.length === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : (
        <RecordTable
          caption={props.title}
          hiddenCaption
          class="membership-table"
          rows={props.rows}
          columns={[
            { label: 'Gremium', rowHeader: true, cell: (m) => <a href={rosterHref(m.organization.id)}>{m.organization.name}</a> },
            { label: 'Rolle', cell: (m) => roleLabel(m.role) },
            { label: 'Zeitraum', numeric: true, cell: (m) => periodText(m.startDate, m.endDate) },
            { label: 'Stimmrecht', cell: (m) => (m.votingRight ? 'ja' : 'nein') },
            { label: 'Fraktion', cell: (m) => m.onBehalfOf ?? '' },
            { label: 'Vertritt', cell: (m) => m.represents ?? '' },
            { label: 'Bearbeiten', cell: (m) => (props.may(m.organization.id) ? <a href={membershipAdminHref(m.id)}>Mitgliedschaft bearbeiten</a> : '') },
          ]}
        />
      )}
    </section>
  );
}
