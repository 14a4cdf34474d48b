/** @module auth/views/admin/AuditLogView — `/verwaltung/protokoll`: the audit log, newest first, filtered by event. */
import { Layout } from '../../../../ui/Layout.tsx';
import { RecordTable } from '../../../../ui/RecordTable.tsx';
import { describeDetail, eventLabel } from '../../audit-log.ts';
import { auditEventNames, type AuditRow } from '../../audit.ts';
import { dateTime } from '../../date-time.ts';
import { adminCrumbs, type AdminPageBase } from './shared.tsx';

export interface AuditLogViewProps extends AdminPageBase {
  rows: AuditRow[];
  event: string | undefined;
  /** Set on later pages, so that there is a way back to the newest entries. */
  before: number | undefined;
  olderHref: string | undefined;
  accountNames: ReadonlyMap<number, string>;
  organizationNames: ReadonlyMap<number, string>;
}

export function AuditLogView(props: AuditLogViewProps) {
  return (
    <Layout
      title="Protokoll"
      description="Das Protokoll der Anmeldungen und Änderungen, neueste zuerst."
      bodyName={props.bodyName}
      section="verwaltung"
      breadcrumbs={adminCrumbs({ label: 'Protokoll' })}
    >
      <h1>Protokoll</h1>
      <form class="filters audit-filters" method="get" action="/verwaltung/protokoll" aria-label="Protokoll filtern">
        <div>
          <label for="filter-ereignis">Ereignis</label>
          <select id="filter-ereignis" name="ereignis">
            <option value="" selected={props.event === undefined}>
              alle Ereignisse
            </option>
            {Object.entries(auditEventNames).map(([value, label]) => (
              <option value={value} selected={props.event === value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit">Anzeigen</button>
        </div>
      </form>
      {props.rows.length === 0 ? (
        <p role="status">Keine Einträge.</p>
      ) : (
        <RecordTable
          caption={props.before === undefined ? 'Einträge, neueste zuerst' : 'Ältere Einträge, neueste zuerst'}
          class="audit-table"
          rows={props.rows}
          columns={[
            { label: 'Zeit', numeric: true, cell: (r) => <time datetime={r.at.toISOString()}>{dateTime(r.at)}</time> },
            { label: 'Ereignis', cell: (r) => eventLabel(r.event) },
            {
              label: 'Konto',
              cell: (r) => (r.userId === null ? undefined : props.accountNames.get(r.userId)) ?? (r.userId === null ? '–' : `Nr. ${r.userId}`),
            },
            { label: 'IP-Adresse', cell: (r) => r.ip ?? '–' },
            { label: 'Angaben', cell: (r) => describeDetail(r.detail, { accounts: props.accountNames, organizations: props.organizationNames }) },
          ]}
        />
      )}
      {props.olderHref || props.before !== undefined ? (
        <nav class="pagination" aria-label="Seiten">
          <ul>
            {props.before !== undefined ? (
              <li>
                <a href={props.event ? `/verwaltung/protokoll?ereignis=${encodeURIComponent(props.event)}` : '/verwaltung/protokoll'}>neueste Einträge</a>
              </li>
            ) : null}
            {props.olderHref ? (
              <li>
                <a href={props.olderHref} rel="next">
                  ältere Einträge
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </Layout>
  );
}
