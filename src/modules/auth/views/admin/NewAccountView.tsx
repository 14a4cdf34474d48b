/** @module auth/views/admin/NewAccountView — `/verwaltung/konten/neu`: create an account and send the invitation. */
import { Message } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import type { AccountFormOptions, AccountFormValues } from '../../account-form.ts';
import { AccountForm } from './AccountForm.tsx';
import { adminCrumbs, type AdminPageBase } from './shared.tsx';

export function NewAccountView(props: AdminPageBase & { values: AccountFormValues; options: AccountFormOptions; error?: string }) {
  return (
    <Layout
      title="Neues Konto"
      description="Ein Konto anlegen und die Einladung senden."
      bodyName={props.bodyName}
      section="verwaltung"
      breadcrumbs={adminCrumbs({ label: 'Konten', href: '/verwaltung/konten' }, { label: 'Neues Konto' })}
    >
      <h1>Neues Konto</h1>
      <p>Nach dem Anlegen erhält die Person eine E-Mail mit einem Link, mit dem sie ihr Passwort festlegt (sieben Tage gültig).</p>
      {props.error ? <Message kind="error">{props.error}</Message> : null}
      <AccountForm action="/verwaltung/konten" label="Neues Konto" submit="Konto anlegen und einladen" values={props.values} options={props.options} />
    </Layout>
  );
}
