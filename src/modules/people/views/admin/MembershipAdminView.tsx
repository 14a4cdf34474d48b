/**
 * @module people/views/admin/MembershipAdminView
 * `/verwaltung/mitgliedschaften/neu` and `/verwaltung/mitgliedschaften/:id`: the membership form
 * (person, Gremium, role, voting right, period, whom a deputy stands in for, Fraktion), ending
 * and restoring, deleting one entered by mistake, and the history.
 */
import type { HistoryEntry } from '../../../audit/index.ts';
import type { FieldProblems } from '../../../../http/master-form.ts';
import { formatDate } from '../../../../lib/format.ts';
import { Message, PostForm } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { ConflictPanel, EndRestoreForm, ErrorSummary, HistoryList, InputField, SelectField, type Choice } from '../../../../ui/master-data.tsx';
import type { MembershipRecord } from '../../membership-records.ts';
import { membershipRoles, roleLabel, type MembershipFormFields } from '../../membership-rules.ts';
import { personAdminHref, rosterHref, staffCrumbs } from './shared.tsx';

export interface MembershipFormOptions {
  persons: { id: number; name: string }[];
  /** The organizations the viewer may change memberships of. */
  organizations: { id: number; name: string; organizationType: string }[];
  fraktionen: { id: number; name: string }[];
}

export interface MembershipAdminViewProps {
  bodyName: string;
  membership?: MembershipRecord | undefined;
  values: MembershipFormFields;
  version: number;
  options: MembershipFormOptions;
  problems?: FieldProblems | undefined;
  conflict?: MembershipFormFields | undefined;
  notice?: string | undefined;
  error?: string | undefined;
  history?: HistoryEntry[];
  today: string;
  /** Where a new membership's form was opened: the answer leads back there. */
  from?: 'person' | 'gremium' | undefined;
}

const votingChoices: Choice[] = [
  { value: 'ja', label: 'ja' },
  { value: 'nein', label: 'nein' },
];

function roleChoices(value: string): Choice[] {
  const choices = membershipRoles.map((r) => ({ value: r, label: roleLabel(r) }));
  return value && !(membershipRoles as readonly string[]).includes(value) ? [...choices, { value, label: value }] : choices;
}

/** The form's values as text, by label (the two sides of a conflict). */
function texts(v: MembershipFormFields, o: MembershipFormOptions): { label: string; text: string }[] {
  const person = (id: string) => o.persons.find((p) => String(p.id) === id)?.name ?? '';
  const org = (id: string) => [...o.organizations, ...o.fraktionen].find((x) => String(x.id) === id)?.name ?? '';
  const day = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? formatDate(d) : d);
  return [
    { label: 'Person', text: person(v.person) },
    { label: 'Gremium', text: org(v.gremium) },
    { label: 'Rolle', text: roleLabel(v.rolle) },
    { label: 'Stimmrecht', text: v.stimmrecht === '' ? 'nach Rolle' : v.stimmrecht },
    { label: 'Beginn', text: day(v.beginn) },
    { label: 'Ende', text: day(v.ende) },
    { label: 'Vertritt', text: person(v.vertritt) },
    { label: 'Fraktion', text: org(v.fraktion) },
  ];
}

export function MembershipAdminView(props: MembershipAdminViewProps) {
  const { membership: m, values: v, options: o, problems: p = {} } = props;
  const title = m ? `Mitgliedschaft ${m.personName} – ${m.organizationName}` : 'Neue Mitgliedschaft';
  const action = m ? `/verwaltung/mitgliedschaften/${m.id}` : '/verwaltung/mitgliedschaften/neu';
  const mine = texts(v, o);
  const stored = props.conflict ? texts(props.conflict, o) : [];
  const persons = o.persons.map((x) => ({ value: String(x.id), label: x.name }));
  const organizations = o.organizations.map((x) => ({
    value: String(x.id),
    label: x.organizationType === 'Gremium' ? x.name : `${x.name} (${x.organizationType})`,
  }));
  return (
    <Layout
      title={title}
      description={m ? 'Eine Mitgliedschaft bearbeiten, beenden oder löschen.' : 'Eine Mitgliedschaft anlegen.'}
      bodyName={props.bodyName}
      section="verwaltung"
      backOffice="/verwaltung/gremien"
      breadcrumbs={staffCrumbs(
        { label: 'Gremien', href: '/verwaltung/gremien' },
        ...(m ? [{ label: `Mitglieder: ${m.organizationName}`, href: rosterHref(m.organizationId) }] : []),
        { label: m ? 'Mitgliedschaft' : 'Neue Mitgliedschaft' },
      )}
    >
      <h1>{title}</h1>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {props.error ? <Message kind="error">{props.error}</Message> : null}
      <ErrorSummary problems={props.problems} />
      {props.conflict ? (
        <ConflictPanel
          message="Jemand anderes hat diese Mitgliedschaft gespeichert, während Sie sie bearbeitet haben. Ihre Eingaben stehen noch im Formular; übernehmen Sie, was bleiben soll, und speichern Sie erneut."
          rows={mine.map((x, i) => ({ label: x.label, mine: x.text, stored: stored[i]?.text ?? '' }))}
        />
      ) : null}
      {m ? (
        <p>
          <a href={personAdminHref(m.personId)}>Zur Person {m.personName}</a> · <a href={rosterHref(m.organizationId)}>Mitglieder von {m.organizationName}</a>
        </p>
      ) : null}
      {o.organizations.length === 0 ? (
        <Message kind="info">Sie dürfen in keinem Gremium Mitgliedschaften ändern.</Message>
      ) : (
        <PostForm action={action} class="stack-form master-form" data-unsaved aria-label={m ? 'Mitgliedschaft bearbeiten' : 'Mitgliedschaft anlegen'}>
          <input type="hidden" name="version" value={String(props.version)} />
          {props.from ? <input type="hidden" name="von" value={props.from} /> : null}
          <SelectField
            name="person"
            label="Person"
            value={v.person}
            choices={persons}
            empty="– bitte wählen –"
            required
            error={p['person']}
            filter="Personen eingrenzen"
          />
          <SelectField name="gremium" label="Gremium" value={v.gremium} choices={organizations} empty="– bitte wählen –" required error={p['gremium']} />
          <SelectField name="rolle" label="Rolle" value={v.rolle} choices={roleChoices(v.rolle)} required error={p['rolle']} />
          <SelectField
            name="stimmrecht"
            label="Stimmrecht"
            value={v.stimmrecht}
            choices={votingChoices}
            empty="nach Rolle (ja, außer beim beratenden Mitglied)"
            error={p['stimmrecht']}
          />
          <InputField name="beginn" label="Beginn" type="date" value={v.beginn} required={!m} error={p['beginn']} />
          <InputField name="ende" label="Ende" type="date" value={v.ende} hint="Leer lassen, solange die Mitgliedschaft läuft." error={p['ende']} />
          <SelectField
            name="vertritt"
            label="Vertritt (nur stellv. Mitglied)"
            value={v.vertritt}
            choices={persons}
            empty="niemanden Bestimmten"
            hint="Das Mitglied desselben Gremiums, für das die Stellvertretung gilt."
            error={p['vertritt']}
          />
          <SelectField
            name="fraktion"
            label="Für die Fraktion"
            value={v.fraktion}
            choices={o.fraktionen.map((f) => ({ value: String(f.id), label: f.name }))}
            empty="keine"
            hint="Die Fraktion, für die die Person im Gremium sitzt (etwa eine sachkundige Bürgerin)."
            error={p['fraktion']}
          />
          <button type="submit">{m ? 'Speichern' : 'Mitgliedschaft anlegen'}</button>
        </PostForm>
      )}
      {m ? (
        <>
          <h2>Beenden</h2>
          <EndRestoreForm action={action} ended={m.endDate} version={m.version} what="Mitgliedschaft" today={props.today} />
          <h2>Löschen</h2>
          <p>Nur für eine versehentlich eingetragene Mitgliedschaft. Eine Mitgliedschaft, die bestanden hat, beenden Sie stattdessen.</p>
          <PostForm action={`${action}/loeschen`} class="end-restore" aria-label="Mitgliedschaft löschen">
            <input type="hidden" name="version" value={String(m.version)} />
            <button type="submit" data-confirm="Diese Mitgliedschaft wirklich löschen?">
              Mitgliedschaft löschen
            </button>
          </PostForm>
          <HistoryList entries={props.history ?? []} />
        </>
      ) : null}
    </Layout>
  );
}
