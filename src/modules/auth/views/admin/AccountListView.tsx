/** @module auth/views/admin/AccountListView — `/verwaltung/konten`: every account with its roles and state. */
import { Layout } from '../../../../ui/Layout.tsx';
import { RecordTable } from '../../../../ui/RecordTable.tsx';
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
        <RecordTable
          caption={`${props.accounts.length} ${props.accounts.length === 1 ? 'Konto' : 'Konten'}`}
          class="account-table"
          rows={props.accounts}
          columns={[
            { label: 'Name', rowHeader: true, cell: (a) => <a href={`/verwaltung/konten/${a.id}`}>{a.displayName}</a> },
            { label: 'E-Mail-Adresse', cell: (a) => a.email },
            {
              label: 'Rollen',
              cell: (a) =>
                a.roles.length === 0 ? (
                  'keine'
                ) : (
                  <ul class="plain-list">
                    {a.roles.map((r) => (
                      <li>{describeGrant(r, props.organizationNames)}</li>
                    ))}
                  </ul>
                ),
            },
            { label: 'Verknüpfte Person', cell: (a) => (a.personId === null ? '–' : (props.personNames.get(a.personId) ?? `Person ${a.personId}`)) },
            { label: 'Zweiter Faktor', cell: (a) => (a.totpEnabled ? 'ja' : 'nein') },
            { label: 'Zustand', cell: (a) => accountState(a, props.now) },
          ]}
        />
      )}
    </Layout>
  );
}
