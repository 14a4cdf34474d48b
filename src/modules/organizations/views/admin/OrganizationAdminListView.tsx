/**
 * @module organizations/views/admin/OrganizationAdminListView
 * `/verwaltung/gremien`: every Gremium, Fraktion and Verwaltung unit of the body, searchable
 * and filtered by Art and by whether it still runs; each name leads to its form.
 */
import { formatDate } from '../../../../lib/format.ts';
import { Message } from '../../../../ui/forms.tsx';
import { Layout, type Crumb } from '../../../../ui/Layout.tsx';
import { RecordTable } from '../../../../ui/RecordTable.tsx';
import { ADMIN_PATH, type KindFilter, type StateChoice } from '../../organizations.admin.params.ts';
import { kindLabels, organizationKinds } from '../../organizations.kinds.ts';

export const adminCrumbs = (...rest: Crumb[]): Crumb[] => [{ label: 'Start', href: '/' }, { label: 'Verwaltung', href: '/verwaltung' }, ...rest];

export interface AdminListRow {
  id: number;
  name: string;
  shortName: string | null;
  kind: string;
  parent: string | null;
  seats: number | null;
  startDate: string | null;
  endDate: string | null;
  ended: boolean;
}

export interface OrganizationAdminListProps {
  bodyName: string;
  council: string;
  rows: AdminListRow[];
  total: number;
  q: string | undefined;
  kind: KindFilter | undefined;
  state: StateChoice;
  mayChange: boolean;
  notice?: string | undefined;
}

const stateLabels: Record<StateChoice, string> = { laufend: 'laufende', beendet: 'beendete', alle: 'alle' };

/** „seit 01.06.2018“, „01.06.2018 – 31.12.2025“, „bis 31.12.2025“ or a dash. */
export function periodText(start: string | null, end: string | null): string {
  if (start && end) return `${formatDate(start)} – ${formatDate(end)}`;
  if (start) return `seit ${formatDate(start)}`;
  if (end) return `bis ${formatDate(end)}`;
  return '–';
}

export function OrganizationAdminListView(props: OrganizationAdminListProps) {
  const labels = kindLabels(props.council);
  const filtered = props.q !== undefined || props.kind !== undefined || props.state !== 'laufend';
  const count = `${props.rows.length} ${props.rows.length === 1 ? 'Organisation' : 'Organisationen'}`;
  return (
    <Layout
      title="Gremien und Verwaltungseinheiten"
      description="Gremien, Fraktionen und Verwaltungseinheiten der Körperschaft suchen, anlegen und bearbeiten."
      bodyName={props.bodyName}
      section="verwaltung"
      backOffice={ADMIN_PATH}
      breadcrumbs={adminCrumbs({ label: 'Gremien und Verwaltungseinheiten' })}
    >
      <h1>Gremien und Verwaltungseinheiten</h1>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {props.mayChange ? (
        <p>
          <a href={`${ADMIN_PATH}/neu`}>Neues Gremium anlegen</a>
        </p>
      ) : null}
      <form class="filters" method="get" action={ADMIN_PATH} aria-label="Organisationen filtern">
        <div>
          <label for="filter-q">Name oder Kurzname</label>
          <input id="filter-q" name="q" type="search" value={props.q ?? ''} maxlength={100} />
        </div>
        <div>
          <label for="filter-art">Art</label>
          <select id="filter-art" name="art">
            <option value="" selected={props.kind === undefined}>
              alle Arten
            </option>
            {organizationKinds.map((k) => (
              <option value={k} selected={props.kind === k}>
                {labels[k]}
              </option>
            ))}
            <option value="sonstige" selected={props.kind === 'sonstige'}>
              Sonstige
            </option>
          </select>
        </div>
        <div>
          <label for="filter-stand">Stand</label>
          <select id="filter-stand" name="stand">
            {(['laufend', 'beendet', 'alle'] as const).map((s) => (
              <option value={s} selected={props.state === s}>
                {stateLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit">Anzeigen</button>
        </div>
      </form>
      <p role="status">
        {filtered ? `${count} von ${props.total} gefunden.` : `${count}.`}
        {filtered ? (
          <>
            {' '}
            <a href={ADMIN_PATH}>Alle laufenden zeigen</a>
          </>
        ) : null}
      </p>
      {props.rows.length === 0 ? (
        <p>Keine Organisation passt zu dieser Auswahl.</p>
      ) : (
        <RecordTable
          caption="Gremien, Fraktionen und Verwaltungseinheiten"
          hiddenCaption
          class="organization-admin-table"
          rows={props.rows}
          rowClass={(r) => (r.ended ? 'ended' : undefined)}
          columns={[
            {
              label: 'Name',
              rowHeader: true,
              cell: (r) => (
                <>
                  <a href={`${ADMIN_PATH}/${r.id}`}>{r.name}</a>
                  {r.ended ? (
                    <>
                      {' '}
                      <span class="badge">beendet</span>
                    </>
                  ) : null}
                </>
              ),
            },
            { label: 'Kurzname', cell: (r) => r.shortName ?? '–' },
            { label: 'Art', cell: (r) => r.kind },
            { label: 'Übergeordnet', cell: (r) => r.parent ?? '–' },
            { label: 'Sitze', numeric: true, cell: (r) => (r.seats === null ? '–' : String(r.seats)) },
            { label: 'Beginn/Ende', numeric: true, cell: (r) => periodText(r.startDate, r.endDate) },
          ]}
        />
      )}
    </Layout>
  );
}
