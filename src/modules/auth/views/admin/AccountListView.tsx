/** @module auth/views/admin/AccountListView — `/verwaltung/konten`: every account with its roles and state. */
import { Layout } from '../../../../ui/Layout.tsx';
import { TableScroll } from '../../../../ui/components.tsx';
import { accountState, describeGrant, type Account } from '../../accounts.ts';
import { adminCrumbs, type AdminPageBase } from './shared.tsx';

export interface AccountListViewProps extends AdminPageBase {
  accounts: Account[];
  organizationNames: ReadonlyMap<number, string>;
  personNames: ReadonlyMap<number, string>;
  now: Date;
}

export function AccountListView(props: AccountListViewProps) {
  return (
    <Layout
      title="Konten"
      description="Alle Konten mit ihren Rollen und ihrem Zustand."
      bodyName={props.bodyName}
      section="verwaltung"
      breadcrumbs={adminCrumbs({ label: 'Konten' })}
    >
      <h1>Konten</h1>
      <p>
        <a href="/verwaltung/konten/neu">Neues Konto anlegen</a>
      </p>
      {props.accounts.length === 0 ? (
        <p>Es gibt noch keine Konten.</p>
      ) : (
        <TableScroll label="Konten">
          <table class="data account-table">
            <caption>{`${props.accounts.length} ${props.accounts.length === 1 ? 'Konto' : 'Konten'}`}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-Mail-Adresse</th>
                <th scope="col">Rollen</th>
                <th scope="col">Verknüpfte Person</th>
                <th scope="col">Zweiter Faktor</th>
                <th scope="col">Zustand</th>
              </tr>
            </thead>
            <tbody>
              {props.accounts.map((a) => (
                <tr>
                  <th scope="row">
                    <a href={`/verwaltung/konten/${a.id}`}>{a.displayName}</a>
                  </th>
                  <td>{a.email}</td>
                  <td>
                    {a.roles.length === 0 ? (
                      'keine'
                    ) : (
                      <ul class="plain-list">
                        {a.roles.map((r) => (
                          <li>{describeGrant(r, props.organizationNames)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{a.personId === null ? '–' : (props.personNames.get(a.personId) ?? `Person ${a.personId}`)}</td>
                  <td>{a.totpEnabled ? 'ja' : 'nein'}</td>
                  <td>{accountState(a, props.now)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Layout>
  );
}
