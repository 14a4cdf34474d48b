/**
 * @module locations/views/admin/LocationViews — `/verwaltung/sitzungsorte`: the list with its
 * search, and the form of one Sitzungsort with ending, deleting and its history.
 */
import type { FieldProblems } from '../../../../http/master-form.ts';
import { formatDate } from '../../../../lib/format.ts';
import type { HistoryEntry } from '../../../audit/index.ts';
import { Layout, type Crumb } from '../../../../ui/Layout.tsx';
import { Message, PostForm } from '../../../../ui/forms.tsx';
import { ConflictPanel, EndRestoreForm, ErrorSummary, HistoryList, InputField, TextAreaField } from '../../../../ui/master-data.tsx';
import { RecordTable } from '../../../../ui/RecordTable.tsx';
import type { LocationRecord } from '../../locations.admin.ts';
import { placeText } from '../../place-text.ts';

export const LOCATIONS_PATH = '/verwaltung/sitzungsorte';

const base: Crumb[] = [
  { label: 'Start', href: '/' },
  { label: 'Verwaltung', href: '/verwaltung' },
];

export function LocationListView(props: {
  bodyName: string;
  locations: readonly LocationRecord[];
  text: string;
  ended: boolean;
  mayChange: boolean;
  notice?: string | undefined;
}) {
  const n = props.locations.length;
  const searched = props.text !== '';
  return (
    <Layout
      title="Sitzungsorte"
      description="Die Orte, an denen Sitzungen stattfinden."
      bodyName={props.bodyName}
      section="verwaltung"
      backOffice={LOCATIONS_PATH}
      breadcrumbs={[...base, { label: 'Sitzungsorte' }]}
    >
      <h1>Sitzungsorte</h1>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {props.mayChange ? (
        <p>
          <a href={`${LOCATIONS_PATH}/neu`}>Neuen Sitzungsort anlegen</a>
        </p>
      ) : null}
      <form method="get" action={LOCATIONS_PATH} class="filter-form" role="search" aria-label="Sitzungsorte durchsuchen">
        <p class="field">
          <label for="suche-ort">Bezeichnung, Raum oder Anschrift</label>
          <input id="suche-ort" name="q" type="search" value={props.text} maxlength={100} />
        </p>
        <p class="field field-check">
          <input id="suche-beendete" name="beendete" type="checkbox" value="ja" checked={props.ended} />
          <label for="suche-beendete">Auch nicht mehr genutzte zeigen</label>
        </p>
        <button type="submit">Anzeigen</button>
      </form>
      {n === 0 ? (
        <p>{searched ? 'Kein Sitzungsort passt zu dieser Suche.' : 'Es ist noch kein Sitzungsort angelegt.'}</p>
      ) : (
        <RecordTable
          caption={`${n} ${n === 1 ? 'Sitzungsort' : 'Sitzungsorte'}${searched ? ` zu „${props.text}“` : ''}`}
          rows={props.locations}
          rowClass={(l) => (l.endDate ? 'ended' : undefined)}
          columns={[
            { label: 'Bezeichnung', rowHeader: true, cell: (l) => <a href={`${LOCATIONS_PATH}/${l.id}`}>{l.description || `Sitzungsort ${l.id}`}</a> },
            { label: 'Raum', cell: (l) => l.room ?? '–' },
            { label: 'Anschrift', cell: (l) => placeText({ streetAddress: l.streetAddress, postalCode: l.postalCode, locality: l.locality }) ?? '–' },
            { label: 'Stand', cell: (l) => (l.endDate ? `nicht mehr genutzt ab ${formatDate(l.endDate)}` : 'in Gebrauch') },
          ]}
        />
      )}
    </Layout>
  );
}

export interface LocationFormValues {
  bezeichnung: string;
  strasse: string;
  plz: string;
  ort: string;
  ortsteil: string;
  raum: string;
  breite: string;
  laenge: string;
  barrierefreiheit: string;
}

export interface LocationPageProps {
  bodyName: string;
  /** undefined: a new Sitzungsort. */
  location?: LocationRecord | undefined;
  values: LocationFormValues;
  version?: number | undefined;
  problems?: FieldProblems | undefined;
  general?: string[] | undefined;
  conflict?: { message: string; rows: { label: string; mine: string; stored: string }[] } | undefined;
  notice?: string | undefined;
  mayChange: boolean;
  /** The stored shape is no point: kept while the coordinate fields stay empty. */
  otherShape?: boolean;
  history?: HistoryEntry[] | undefined;
  usage?: { meetings: number; organizations: number; persons: number } | undefined;
  today: string;
}

function LocationFields(props: { values: LocationFormValues; problems: FieldProblems; otherShape: boolean }) {
  const { values: v, problems: p } = props;
  return (
    <>
      <InputField
        name="bezeichnung"
        label="Bezeichnung"
        required
        value={v.bezeichnung}
        maxlength={200}
        error={p.bezeichnung}
        hint="So steht der Ort bei der Sitzung, zum Beispiel „Kreishaus Lindenhagen“."
      />
      <InputField name="raum" label="Raum" value={v.raum} maxlength={200} error={p.raum} hint="Zum Beispiel „Großer Sitzungssaal (Raum 101)“." />
      <InputField name="strasse" label="Straße und Hausnummer" value={v.strasse} maxlength={200} error={p.strasse} />
      <InputField name="plz" label="PLZ" value={v.plz} maxlength={5} inputmode="numeric" error={p.plz} />
      <InputField name="ort" label="Ort" value={v.ort} maxlength={100} error={p.ort} />
      <InputField name="ortsteil" label="Ortsteil" value={v.ortsteil} maxlength={100} error={p.ortsteil} />
      <fieldset>
        <legend>Koordinaten (für die Karte)</legend>
        <p class="field-hint">
          In Grad als Dezimalzahl, mit Komma oder Punkt, zum Beispiel Breite 53,3517 und Länge 9,8123. Beide Felder leer lassen, wenn der Ort keine Karte
          braucht.
          {props.otherShape ? ' Gespeichert ist eine Fläche oder Linie statt eines Punkts; sie bleibt erhalten, solange beide Felder leer bleiben.' : ''}
        </p>
        <InputField name="breite" label="Breite" value={v.breite} maxlength={20} inputmode="decimal" error={p.breite} />
        <InputField name="laenge" label="Länge" value={v.laenge} maxlength={20} inputmode="decimal" error={p.laenge} />
      </fieldset>
      <TextAreaField
        name="barrierefreiheit"
        label="Hinweise zur Barrierefreiheit"
        rows={3}
        value={v.barrierefreiheit}
        maxlength={2000}
        error={p.barrierefreiheit}
        hint="Stufenloser Zugang, Aufzug, Induktionsschleife, barrierefreie Toilette … Steht im Portal bei jeder Sitzung an diesem Ort."
      />
    </>
  );
}

const usageText = (u: NonNullable<LocationPageProps['usage']>) =>
  `Eingetragen bei ${u.meetings} ${u.meetings === 1 ? 'Sitzung' : 'Sitzungen'}, ${u.organizations} ${u.organizations === 1 ? 'Gremium' : 'Gremien'}` +
  `${u.persons ? ` und ${u.persons} ${u.persons === 1 ? 'Person' : 'Personen'}` : ''}.`;

export function LocationPageView(props: LocationPageProps) {
  const problems = props.problems ?? {};
  const place = props.location;
  const title = place ? place.description || `Sitzungsort ${place.id}` : 'Neuer Sitzungsort';
  const action = place ? `${LOCATIONS_PATH}/${place.id}` : `${LOCATIONS_PATH}/neu`;
  return (
    <Layout
      title={title}
      description="Bezeichnung, Anschrift, Koordinaten und Barrierefreiheit eines Sitzungsortes."
      bodyName={props.bodyName}
      section="verwaltung"
      backOffice={LOCATIONS_PATH}
      breadcrumbs={[...base, { label: 'Sitzungsorte', href: LOCATIONS_PATH }, { label: place ? title : 'Neu' }]}
    >
      <h1>{title}</h1>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {place?.endDate ? (
        <p class="warning">Nicht mehr genutzt ab {formatDate(place.endDate)}: Der Ort steht bei früheren Sitzungen, wird aber nicht mehr zur Wahl angeboten.</p>
      ) : null}
      {props.conflict ? <ConflictPanel message={props.conflict.message} rows={props.conflict.rows} /> : null}
      <ErrorSummary problems={problems} general={props.general} />
      {props.mayChange ? (
        <PostForm action={action} class="master-form" data-unsaved aria-label={title}>
          {props.version === undefined ? null : <input type="hidden" name="version" value={String(props.version)} />}
          <LocationFields values={props.values} problems={problems} otherShape={props.otherShape ?? false} />
          <button type="submit">{place ? 'Speichern' : 'Sitzungsort anlegen'}</button>
        </PostForm>
      ) : place ? (
        <p>{placeText(place) ?? '–'}</p>
      ) : null}
      {place && props.usage ? <p>{usageText(props.usage)}</p> : null}
      {place && props.mayChange && props.version !== undefined ? (
        <>
          <EndRestoreForm action={action} ended={place.endDate} version={props.version} what="Sitzungsort" today={props.today}>
            <p class="field-hint">Ein beendeter Ort bleibt bei den Sitzungen, die dort stattfanden, und wird nicht mehr zur Wahl angeboten.</p>
          </EndRestoreForm>
          <PostForm action={`${action}/loeschen`} class="end-restore" aria-label="Sitzungsort löschen">
            <input type="hidden" name="version" value={String(props.version)} />
            <p>Löschen geht nur, solange keine Sitzung, kein Gremium und keine Person auf den Ort verweist; sonst beenden Sie ihn.</p>
            <button type="submit" data-confirm="Diesen Sitzungsort wirklich löschen?">
              Sitzungsort löschen
            </button>
          </PostForm>
        </>
      ) : null}
      {props.history ? <HistoryList entries={props.history} /> : null}
    </Layout>
  );
}
