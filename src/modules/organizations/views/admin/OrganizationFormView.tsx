/**
 * @module organizations/views/admin/OrganizationFormView
 * `/verwaltung/gremien/neu` and `/verwaltung/gremien/<id>`: the form of a Gremium, Fraktion or
 * Verwaltung unit with each problem beside its field, after a stale save both versions side by
 * side (the input stays in the form), then ending, restoring, deleting and the history. Who may
 * only read (the Sitzungsdienst) sees the stored data and the history, without any form.
 */
import type { HistoryEntry } from '../../../audit/index.ts';
import type { FieldProblems } from '../../../../http/master-form.ts';
import { Message, PostForm } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import { ConflictPanel, EndRestoreForm, ErrorSummary, HistoryList, InputField, SelectField, type Choice } from '../../../../ui/master-data.tsx';
import { ADMIN_PATH, formNames } from '../../organizations.admin.params.ts';
import { NAME_MAX, SEATS_MAX, SHORT_NAME_MAX, WEBSITE_MAX, type OrganizationDraft } from '../../organizations.input.ts';
import { kindLabels, kindOf, kindText, organizationKinds } from '../../organizations.kinds.ts';
import { fieldLabels, type FieldTexts, type FormChoices, type OrganizationRecord, type ReferenceCount } from '../../organizations.records.ts';
import { adminCrumbs } from './OrganizationAdminListView.tsx';

export interface OrganizationFormProps {
  bodyName: string;
  /** The stored row; absent on `/neu`. */
  record?: OrganizationRecord | undefined;
  /** The stored row as text (read-only view). */
  texts?: FieldTexts | undefined;
  draft: OrganizationDraft;
  /** The version the form carries: the stored one after a conflict. */
  version: number;
  choices: FormChoices;
  mayChange: boolean;
  problems?: FieldProblems | undefined;
  /** A refused end, restore or delete, or a stale one. */
  failure?: string | undefined;
  conflict?: { message: string; rows: { label: string; mine: string; stored: string }[] } | undefined;
  notice?: string | undefined;
  history?: readonly HistoryEntry[];
  references?: readonly ReferenceCount[];
  today: string;
}

const n = (name: keyof OrganizationDraft) => formNames[name];

export function OrganizationFormView(props: OrganizationFormProps) {
  const { record } = props;
  const title = record ? record.name : 'Neues Gremium anlegen';
  return (
    <Layout
      title={record ? `${record.name} – Stammdaten` : title}
      description={
        record ? `Stammdaten von ${record.name}: bearbeiten, beenden und Verlauf.` : 'Ein neues Gremium, eine Fraktion oder eine Verwaltungseinheit anlegen.'
      }
      bodyName={props.bodyName}
      section="verwaltung"
      backOffice={ADMIN_PATH}
      breadcrumbs={adminCrumbs({ label: 'Gremien und Verwaltungseinheiten', href: ADMIN_PATH }, { label: record ? record.name : 'Neu' })}
    >
      <h1>{title}</h1>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {props.failure ? <Message kind="error">{props.failure}</Message> : null}
      {record ? <RecordLinks id={record.id} /> : null}
      {props.conflict ? <ConflictPanel message={props.conflict.message} rows={props.conflict.rows} /> : null}
      {props.mayChange ? <EditForm {...props} /> : props.texts ? <StoredData texts={props.texts} /> : null}
      {record && props.mayChange ? (
        <EndRestoreForm action={`${ADMIN_PATH}/${record.id}`} ended={record.endDate} version={props.version} what="Organisation" today={props.today} />
      ) : null}
      {record && props.mayChange ? <DeleteSection id={record.id} version={props.version} references={props.references ?? []} /> : null}
      {record ? <HistoryList entries={props.history ?? []} /> : null}
    </Layout>
  );
}

function RecordLinks(props: { id: number }) {
  return (
    <ul class="admin-links record-links">
      <li>
        <a href={`${ADMIN_PATH}/${props.id}/mitglieder`}>Mitglieder verwalten</a>
      </li>
      <li>
        <a href={`/gremien/${props.id}`}>Öffentliche Seite ansehen</a>
      </li>
    </ul>
  );
}

function kindChoices(props: OrganizationFormProps): Choice[] {
  const labels = kindLabels(props.choices.council);
  const choices: Choice[] = organizationKinds.map((k) => ({ value: k, label: labels[k] }));
  // a row of none of the five Arten keeps what it is unless someone picks one
  if (props.record && kindOf(props.record) === undefined)
    choices.push({ value: 'keep', label: `wie gespeichert: ${kindText(props.record, props.choices.council)}` });
  return choices;
}

function EditForm(props: OrganizationFormProps) {
  const { draft, record, problems = {} } = props;
  const action = record ? `${ADMIN_PATH}/${record.id}` : `${ADMIN_PATH}/neu`;
  return (
    <>
      <ErrorSummary problems={props.problems} />
      <PostForm action={action} class="master-form" data-unsaved aria-label={record ? `${record.name} bearbeiten` : 'Neues Gremium anlegen'}>
        <input type="hidden" name="version" value={String(props.version)} />
        <SelectField
          name={n('kind')}
          label={fieldLabels.kind}
          value={draft.kind}
          choices={kindChoices(props)}
          empty={record ? undefined : 'bitte wählen'}
          required
          error={problems[n('kind')]}
        />
        <InputField name={n('name')} label={fieldLabels.name} value={draft.name} required maxlength={NAME_MAX} error={problems[n('name')]} />
        <InputField
          name={n('shortName')}
          label={fieldLabels.shortName}
          value={draft.shortName}
          maxlength={SHORT_NAME_MAX}
          hint="Für Verweise und Importe, etwa „FA“. Unter den laufenden Organisationen eindeutig."
          error={problems[n('shortName')]}
        />
        <SelectField
          name={n('parentId')}
          label={fieldLabels.parent}
          value={draft.parentId}
          choices={props.choices.parents.map((p) => ({ value: String(p.id), label: p.label }))}
          empty="keine"
          hint="Etwa der Fachbereich eines Fachdienstes oder der Ausschuss eines Unterausschusses."
          error={problems[n('parentId')]}
        />
        <InputField name={n('startDate')} label={fieldLabels.startDate} type="date" value={draft.startDate} error={problems[n('startDate')]} />
        <InputField
          name={n('endDate')}
          label={fieldLabels.endDate}
          type="date"
          value={draft.endDate}
          hint="Leer, solange sie besteht. Das Ende ist der letzte Tag."
          error={problems[n('endDate')]}
        />
        <InputField
          name={n('website')}
          label={fieldLabels.website}
          type="url"
          value={draft.website}
          maxlength={WEBSITE_MAX}
          hint="Eine Adresse, die mit https:// beginnt."
          error={problems[n('website')]}
        />
        <SelectField
          name={n('locationId')}
          label={fieldLabels.location}
          value={draft.locationId}
          choices={props.choices.locations.map((l) => ({ value: String(l.id), label: l.ended ? `${l.label} (beendet)` : l.label }))}
          empty="keiner"
          hint="Beendete Sitzungsorte stehen nicht zur Wahl."
          error={problems[n('locationId')]}
        />
        <InputField
          name={n('seats')}
          label={fieldLabels.seats}
          type="number"
          inputmode="numeric"
          value={draft.seats}
          hint={`Nur beim ${props.choices.council} und bei Ausschüssen: die Zahl der Sitze mit Stimmrecht (1 bis ${SEATS_MAX}).`}
          error={problems[n('seats')]}
        />
        <button type="submit">{record ? 'Speichern' : 'Anlegen'}</button>
      </PostForm>
    </>
  );
}

/** The stored data for those who may read but not change it. */
function StoredData(props: { texts: FieldTexts }) {
  const entries = (Object.keys(fieldLabels) as (keyof FieldTexts)[]).map((k) => ({ label: fieldLabels[k], value: props.texts[k] }));
  return (
    <dl class="meta record-data">
      {entries.map((e) => (
        <>
          <dt>{e.label}</dt>
          <dd>{e.value || '–'}</dd>
        </>
      ))}
    </dl>
  );
}

function DeleteSection(props: { id: number; version: number; references: readonly ReferenceCount[] }) {
  return (
    <section class="delete-record" aria-labelledby="loeschen-titel">
      <h2 id="loeschen-titel">Löschen</h2>
      {props.references.length > 0 ? (
        <p>
          Löschen ist nicht möglich, solange etwas auf sie verweist: {referenceText(props.references)}. Beenden Sie sie stattdessen; sie bleibt dann mit allem,
          was zu ihr gehört, nachvollziehbar.
        </p>
      ) : (
        <PostForm action={`${ADMIN_PATH}/${props.id}/loeschen`} aria-label="Organisation löschen">
          <input type="hidden" name="version" value={String(props.version)} />
          <p>Nichts verweist auf sie: Eine versehentlich angelegte Organisation können Sie löschen. Sonst beenden Sie sie besser.</p>
          <button type="submit" class="danger" data-confirm="Diese Organisation wirklich löschen?">
            Organisation löschen
          </button>
        </PostForm>
      )}
    </section>
  );
}

/** „3 Mitgliedschaften, 1 Sitzungen“ in the order of the references. */
export function referenceText(references: readonly ReferenceCount[]): string {
  return references.map((r) => `${r.label}: ${r.count}`).join(', ');
}
