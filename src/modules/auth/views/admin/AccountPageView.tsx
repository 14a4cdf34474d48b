/**
 * @module auth/views/admin/AccountPageView
 * `/verwaltung/konten/:id`: an account's state, its form, and the actions beside it (invitation,
 * second factor, unlock). After a conflict the stored values stand above the form as typed.
 */
import { Message, PostForm } from '../../../../ui/forms.tsx';
import { Layout } from '../../../../ui/Layout.tsx';
import type { AccountFormOptions, AccountFormValues } from '../../account-form.ts';
import { accountState, describeGrant, type Account } from '../../accounts.ts';
import { dateTime } from '../../date-time.ts';
import { AccountForm } from './AccountForm.tsx';
import { adminCrumbs, type AdminPageBase } from './shared.tsx';

export interface AccountPageViewProps extends AdminPageBase {
  /** The account as stored now. */
  account: Account;
  values: AccountFormValues;
  version: number;
  options: AccountFormOptions;
  organizationNames: ReadonlyMap<number, string>;
  personNames: ReadonlyMap<number, string>;
  now: Date;
  notice?: string;
  error?: string;
  /** Someone else saved in between: their values are shown beside the form. */
  conflict?: boolean;
}

function StoredValues(props: { account: Account; organizationNames: ReadonlyMap<number, string>; personNames: ReadonlyMap<number, string> }) {
  const { account: a } = props;
  const nameOf = (map: ReadonlyMap<number, string>, id: number | null, fallback: string) => (id === null ? 'keine' : (map.get(id) ?? `${fallback} ${id}`));
  return (
    <dl class="meta">
      <dt>Name</dt>
      <dd>{a.displayName}</dd>
      <dt>E-Mail-Adresse</dt>
      <dd>{a.email}</dd>
      <dt>Verknüpfte Person</dt>
      <dd>{nameOf(props.personNames, a.personId, 'Person')}</dd>
      <dt>Organisationseinheit</dt>
      <dd>{nameOf(props.organizationNames, a.unitId, 'Organisation')}</dd>
      <dt>Rollen</dt>
      <dd>{a.roles.length ? a.roles.map((r) => describeGrant(r, props.organizationNames)).join(', ') : 'keine'}</dd>
      <dt>Deaktiviert</dt>
      <dd>{a.disabled ? 'ja' : 'nein'}</dd>
    </dl>
  );
}

export function AccountPageView(props: AccountPageViewProps) {
  const { account } = props;
  const base = `/verwaltung/konten/${account.id}`;
  return (
    <Layout
      title={`Konto ${account.displayName}`}
      description="Ein Konto bearbeiten."
      bodyName={props.bodyName}
      section="verwaltung"
      breadcrumbs={adminCrumbs({ label: 'Konten', href: '/verwaltung/konten' }, { label: account.displayName })}
    >
      <h1>{`Konto ${account.displayName}`}</h1>
      {props.notice ? <Message kind="success">{props.notice}</Message> : null}
      {props.error ? <Message kind="error">{props.error}</Message> : null}
      {props.conflict ? (
        <section class="conflict" aria-labelledby="stand-heading">
          <h2 id="stand-heading">Inzwischen gespeicherter Stand</h2>
          <StoredValues account={account} organizationNames={props.organizationNames} personNames={props.personNames} />
        </section>
      ) : null}
      <h2>Zustand</h2>
      <dl class="meta">
        <dt>Zustand</dt>
        <dd>{accountState(account, props.now)}</dd>
        <dt>Zweiter Faktor</dt>
        <dd>{account.totpEnabled ? 'eingerichtet' : 'nicht eingerichtet'}</dd>
      </dl>
      <h2>Konto bearbeiten</h2>
      <AccountForm action={base} label="Konto bearbeiten" submit="Speichern" values={props.values} options={props.options} version={props.version} />
      <h2>Link zum Passwort</h2>
      <p>
        Sendet eine E-Mail mit einem neuen Link, mit dem die Person ein Passwort festlegt (sieben Tage gültig). Ein bisheriges Passwort gilt weiter, bis es
        ersetzt wird.
      </p>
      <PostForm action={`${base}/einladung`} aria-label="Einladung senden">
        <button type="submit">Einladung erneut senden</button>
      </PostForm>
      {account.totpEnabled ? (
        <>
          <h2>Zweiter Faktor</h2>
          <p>
            Hat die Person ihr Gerät verloren, entfernen Sie hier den zweiten Faktor. Sie meldet sich dann nur mit dem Passwort an und kann ihn neu einrichten.
          </p>
          <PostForm action={`${base}/zweiter-faktor-entfernen`} aria-label="Zweiten Faktor entfernen">
            <button type="submit">Zweiten Faktor entfernen</button>
          </PostForm>
        </>
      ) : null}
      {account.lockedUntil && account.lockedUntil > props.now ? (
        <>
          <h2>Sperre</h2>
          <p>{`Das Konto ist nach zu vielen Fehlversuchen bis ${dateTime(account.lockedUntil)} gesperrt.`}</p>
          <PostForm action={`${base}/entsperren`} aria-label="Konto entsperren">
            <button type="submit">Jetzt entsperren</button>
          </PostForm>
        </>
      ) : null}
    </Layout>
  );
}
