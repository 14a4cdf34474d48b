/**
 * @module bodies/views/admin/TermViews — `/verwaltung/wahlperioden`: the list with the current
 * Wahlperiode (derived from the dates), and the form of one Wahlperiode with its history.
 */
import type { FieldProblems } from '../../../../http/master-form.ts';
import { formatDate } from '../../../../lib/format.ts';
import type { HistoryEntry } from '../../../audit/index.ts';
import { Layout, type Crumb } from '../../../../ui/Layout.tsx';
import { PostForm, Message } from '../../../../ui/forms.tsx';
import { ConflictPanel, ErrorSummary, HistoryList, InputField } from '../../../../ui/master-data.tsx';
import { RecordTable } from '../../../../ui/RecordTable.tsx';
import type { LegislativeTerm } from '../../bodies.terms.ts';

export const TERMS_PATH = '/verwaltung/wahlperioden';

const base: Crumb[] = [
  { label: 'Start', href: '/' },
  { label: 'Verwaltung', href: '/verwaltung' },
];

const span = (t: LegislativeTerm) => `${formatDate(t.startDate)} bis ${t.endDate ? formatDate(t.endDate) : 'offen'}`;

function stateOf(t: LegislativeTerm, today: string): string {
  if (t.startDate > today) return 'künftig';
  if (t.endDate !== null && t.endDate < today) return 'abgeschlossen';
  return 'aktuell';
}

function CurrentTerm(props: { current: readonly LegislativeTerm[]; today: string; any: boolean }) {
  const [only] = props.current;
  if (props.current.length === 1 && only)
    return (
      <p class="current-term">
        Aktuell ist die Wahlperiode <strong>{only.name}</strong> ({span(only)}).
      </p>
    );
  if (props.current.length > 1)
    return (
      <p class="warning">
        Mehrere Wahlperioden umfassen den heutigen Tag: {props.current.map((t) => `„${t.name}“ (${span(t)})`).join(', ')}. Bitte korrigieren Sie die Daten,
        damit sie sich nicht mehr überschneiden.
      </p>
    );
  return (
    <p class="warning">
      {props.any
        ? `Keine Wahlperiode umfasst den heutigen Tag (${formatDate(props.today)}). Die Mitgliederlisten des Portals zeigen bis dahin die zuletzt begonnene. Legen Sie die neue Wahlperiode an, sobald ihre Daten feststehen.`
        : 'Es ist noch keine Wahlperiode angelegt. Die Mitgliederlisten des Portals zeigen bis dahin nur, wer heute Mitglied ist.'}
    </p>
  );
}

export function TermListView(props: {
  bodyName: string;
  terms: readonly LegislativeTerm[];
  current: readonly LegislativeTerm[];
  today: string;
  mayChange: boolean;
  notice?: string | undefined;
}) {
  return (
    <Layout
      title="Wahlperioden"
      description="Die Wahlperioden der Körperschaft und welche davon aktuell ist."
      bodyName={props.bodyName}
      section="verwaltung"
      backOffice={TERMS_PATH}
      breadcrumbs={[...base, { label: 'Wahlperioden' }]}
    >
      <h1>Wahlperioden</h1>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      <CurrentTerm current={props.current} today={props.today} any={props.terms.length > 0} />
      <p class="field-hint">
        Welche Wahlperiode aktuell ist, ergibt sich aus Beginn und Ende, nicht aus einer Markierung: Am Tag nach dem Ende wechselt sie von selbst und kann
        deshalb nie veralten.
      </p>
      {props.mayChange ? (
        <p>
          <a href={`${TERMS_PATH}/neu`}>Neue Wahlperiode anlegen</a>
        </p>
      ) : null}
      {props.terms.length === 0 ? null : (
        <RecordTable
          caption={`${props.terms.length} ${props.terms.length === 1 ? 'Wahlperiode' : 'Wahlperioden'}, die neueste zuerst`}
          rows={props.terms}
          columns={[
            { label: 'Name', rowHeader: true, cell: (t) => <a href={`${TERMS_PATH}/${t.id}`}>{t.name}</a> },
            { label: 'Beginn', numeric: true, cell: (t) => formatDate(t.startDate) },
            { label: 'Ende', numeric: true, cell: (t) => (t.endDate ? formatDate(t.endDate) : 'offen') },
            { label: 'Stand', cell: (t) => stateOf(t, props.today) },
          ]}
        />
      )}
    </Layout>
  );
}

export interface TermFormValues {
  name: string;
  beginn: string;
  ende: string;
}

export interface TermPageProps {
  bodyName: string;
  /** undefined: a new Wahlperiode. */
  term?: { id: number; name: string } | undefined;
  values: TermFormValues;
  version?: number | undefined;
  problems?: FieldProblems | undefined;
  /** Sentences above the form (a refused delete). */
  general?: string[] | undefined;
  conflict?: { message: string; rows: { label: string; mine: string; stored: string }[] } | undefined;
  notice?: string | undefined;
  mayChange: boolean;
  history?: HistoryEntry[] | undefined;
  usage?: { meetings: number; memberships: number } | undefined;
}

function TermFields(props: { values: TermFormValues; problems: FieldProblems }) {
  return (
    <>
      <InputField name="name" label="Name" required value={props.values.name} maxlength={100} error={props.problems.name} hint="Zum Beispiel „2023–2028“." />
      <InputField name="beginn" label="Beginn" type="date" required value={props.values.beginn} error={props.problems.beginn} />
      <InputField
        name="ende"
        label="Ende"
        type="date"
        value={props.values.ende}
        error={props.problems.ende}
        hint="Leer lassen, solange das Ende nicht feststeht."
      />
    </>
  );
}

export function TermPageView(props: TermPageProps) {
  const problems = props.problems ?? {};
  const title = props.term ? `Wahlperiode ${props.term.name}` : 'Neue Wahlperiode';
  const action = props.term ? `${TERMS_PATH}/${props.term.id}` : `${TERMS_PATH}/neu`;
  return (
    <Layout
      title={title}
      description="Name, Beginn und Ende einer Wahlperiode."
      bodyName={props.bodyName}
      section="verwaltung"
      backOffice={TERMS_PATH}
      breadcrumbs={[...base, { label: 'Wahlperioden', href: TERMS_PATH }, { label: props.term ? props.term.name : 'Neu' }]}
    >
      <h1>{title}</h1>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {props.conflict ? <ConflictPanel message={props.conflict.message} rows={props.conflict.rows} /> : null}
      <ErrorSummary problems={problems} general={props.general} />
      {props.mayChange ? (
        <PostForm action={action} class="master-form" aria-label={title}>
          {props.version === undefined ? null : <input type="hidden" name="version" value={String(props.version)} />}
          <TermFields values={props.values} problems={problems} />
          <button type="submit">{props.term ? 'Speichern' : 'Wahlperiode anlegen'}</button>
        </PostForm>
      ) : (
        <dl class="meta">
          <dt>Name</dt>
          <dd>{props.values.name}</dd>
          <dt>Beginn</dt>
          <dd>{props.values.beginn ? formatDate(props.values.beginn) : '–'}</dd>
          <dt>Ende</dt>
          <dd>{props.values.ende ? formatDate(props.values.ende) : 'offen'}</dd>
        </dl>
      )}
      {props.term && props.usage ? (
        <p>
          In ihrem Zeitraum: {props.usage.meetings} {props.usage.meetings === 1 ? 'Sitzung' : 'Sitzungen'}, {props.usage.memberships}{' '}
          {props.usage.memberships === 1 ? 'Mitgliedschaft' : 'Mitgliedschaften'}.
        </p>
      ) : null}
      {props.term && props.mayChange && props.version !== undefined ? (
        <PostForm action={`${action}/loeschen`} class="end-restore" aria-label="Wahlperiode löschen">
          <input type="hidden" name="version" value={String(props.version)} />
          <p>Löschen ist nur für versehentlich angelegte Wahlperioden gedacht, in deren Zeitraum weder Sitzungen noch Mitgliedschaften liegen.</p>
          <button type="submit">Wahlperiode löschen</button>
        </PostForm>
      ) : null}
      {props.history ? <HistoryList entries={props.history} /> : null}
    </Layout>
  );
}
