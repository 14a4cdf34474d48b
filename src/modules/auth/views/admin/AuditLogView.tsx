/** @module auth/views/admin/AuditLogView — `/verwaltung/protokoll`: the audit log, newest first, filtered by event. */
import { Layout } from '../../../../ui/Layout.tsx';
import { TableScroll } from '../../../../ui/components.tsx';
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
        <TableScroll label="Protokoll">
          <table class="data audit-table">
            <caption>{props.before === undefined ? 'Einträge, neueste zuerst' : 'Ältere Einträge, neueste zuerst'}</caption>
            <thead>
              <tr>
                <th scope="col">Zeit</th>
                <th scope="col">Ereignis</th>
                <th scope="col">Konto</th>
                <th scope="col">IP-Adresse</th>
                <th scope="col">Angaben</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr>
                  <td>
                    <time datetime={r.at.toISOString()}>{dateTime(r.at)}</time>
                  </td>
                  <td>{eventLabel(r.event)}</td>
                  <td>{r.userName ?? (r.userId === null ? '–' : `Nr. ${r.userId}`)}</td>
                  <td>{r.ip ?? '–'}</td>
                  <td>{describeDetail(r.detail, { accounts: props.accountNames, organizations: props.organizationNames })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
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
