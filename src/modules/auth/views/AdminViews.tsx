/**
 * @module auth/views/AdminViews
 * `/verwaltung`: the overview, the list of accounts, the account form (new and edit) and the
 * audit log. Plain forms without script; a rejected form shows every value as it was sent.
 */
import { Field, Message, PostForm } from '../../../ui/forms.tsx';
import { Layout, type Crumb } from '../../../ui/Layout.tsx';
import { TableScroll } from '../../../ui/components.tsx';
import { formatDate, formatTime } from '../../../lib/format.ts';
import { roleLabels, type Account, type RoleGrant } from '../accounts.ts';
import { auditEventNames, type AuditRow } from '../audit.ts';

interface Base {
  bodyName: string;
}

export interface NamedOption {
  id: number;
  name: string;
}

/** What the account form offers: the body's persons, Verwaltung units and Gremien. */
export interface AccountFormOptions {
  persons: NamedOption[];
  units: NamedOption[];
  gremien: NamedOption[];
}

/** The form's values as typed or as stored; selects and checkboxes by their `value`. */
export interface AccountFormValues {
  displayName: string;
  email: string;
  personId: string;
  unitId: string;
  /** `mandatstraeger`, `administration`, `sachbearbeitung:<id>`, `sitzungsdienst:<id>`. */
  roles: string[];
  disabled: boolean;
}

/** A grant as the value of its checkbox. */
export function roleValue(grant: RoleGrant): string {
  return grant.organizationId === null ? grant.role : `${grant.role}:${grant.organizationId}`;
}

export function formValuesOf(account: Account): AccountFormValues {
  return {
    displayName: account.displayName,
    email: account.email,
    personId: account.personId === null ? '' : String(account.personId),
    unitId: account.unitId === null ? '' : String(account.unitId),
    roles: account.roles.map(roleValue),
    disabled: account.disabled,
  };
}

/** „Sitzungsdienst (Finanzausschuss)“. */
export function describeGrant(grant: RoleGrant, names: ReadonlyMap<number, string>): string {
  const label = roleLabels[grant.role] ?? grant.role;
  if (grant.organizationId === null) return label;
  return `${label} (${names.get(grant.organizationId) ?? `Organisation ${grant.organizationId}`})`;
}

function dateTime(at: Date): string {
  return `${formatDate(at)}, ${formatTime(at)} Uhr`;
}

/** aktiv, gesperrt bis …, deaktiviert or Passwort noch nicht gesetzt. */
export function accountState(account: Account, now: Date): string {
  if (account.disabled) return 'deaktiviert';
  if (account.lockedUntil && account.lockedUntil > now) return `gesperrt bis ${dateTime(account.lockedUntil)}`;
  if (!account.hasPassword) return 'Passwort noch nicht gesetzt';
  return 'aktiv';
}

const adminCrumbs = (...rest: Crumb[]): Crumb[] => [{ label: 'Start', href: '/' }, { label: 'Verwaltung', href: '/verwaltung' }, ...rest];

export function AdminHomeView(props: Base) {
  return (
    <Layout title="Verwaltung" description="Konten, Rollen und das Protokoll dieses Ratsinformationssystems." bodyName={props.bodyName} section="verwaltung" breadcrumbs={[{ label: 'Start', href: '/' }, { label: 'Verwaltung' }]}>
      <h1>Verwaltung</h1>
      <ul class="admin-links">
        <li>
          <a href="/verwaltung/konten">Konten</a>
          <span class="admin-link-hint">Konten anlegen, Rollen vergeben, Einladungen senden, gesperrte Konten entsperren.</span>
        </li>
        <li>
          <a href="/verwaltung/protokoll">Protokoll</a>
          <span class="admin-link-hint">Anmeldungen, Fehlversuche, Änderungen an Konten und Rollen, Zugriffe auf nichtöffentliche Dateien.</span>
        </li>
        <li>
          <a href="/verwaltung/texterkennung">Texterkennung</a>
          <span class="admin-link-hint">Welche Dateien für die Suche gelesen sind, welche warten und welche scheiterten (mit Grund).</span>
        </li>
      </ul>
    </Layout>
  );
}

export function AccountListView(props: Base & { accounts: Account[]; organizationNames: ReadonlyMap<number, string>; personNames: ReadonlyMap<number, string>; now: Date }) {
  return (
    <Layout title="Konten" description="Alle Konten mit ihren Rollen und ihrem Zustand." bodyName={props.bodyName} section="verwaltung" breadcrumbs={adminCrumbs({ label: 'Konten' })}>
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

function OptionSelect(props: { id: string; name: string; label: string; hint: string; empty: string; value: string; options: NamedOption[] }) {
  const hintId = `${props.id}-hinweis`;
  return (
    <p class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} aria-describedby={hintId}>
        <option value="" selected={props.value === ''}>
          {props.empty}
        </option>
        {props.options.map((o) => (
          <option value={String(o.id)} selected={props.value === String(o.id)}>
            {o.name}
          </option>
        ))}
      </select>
      <span class="field-hint" id={hintId}>
        {props.hint}
      </span>
    </p>
  );
}

function RoleBoxes(props: { legend: string; hint: string; empty: string; items: { value: string; label: string }[]; checked: string[] }) {
  return (
    <fieldset class="role-group">
      <legend>{props.legend}</legend>
      <p class="field-hint">{props.hint}</p>
      {props.items.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <ul class="checkbox-list">
          {props.items.map((item) => {
            const id = `rolle-${item.value.replace(':', '-')}`;
            return (
              <li>
                <input type="checkbox" id={id} name="rolle" value={item.value} checked={props.checked.includes(item.value)} />
                <label for={id}>{item.label}</label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}

function AccountForm(props: { action: string; label: string; submit: string; values: AccountFormValues; options: AccountFormOptions; version?: number }) {
  const { values, options } = props;
  return (
    <PostForm action={props.action} class="stack-form account-form" aria-label={props.label}>
      {props.version !== undefined ? <input type="hidden" name="version" value={String(props.version)} /> : null}
      <Field id="konto-name" name="name" label="Name" value={values.displayName} autocomplete="off" required maxlength={200} />
      <Field id="konto-email" name="email" type="email" label="E-Mail-Adresse" value={values.email} autocomplete="off" required maxlength={200} hint="Zugleich der Anmeldename." />
      <OptionSelect
        id="konto-person"
        name="person"
        label="Verknüpfte Person"
        hint="Für Mandatsträger/innen: Ihre Rechte folgen den Mitgliedschaften dieser Person."
        empty="keine"
        value={values.personId}
        options={options.persons}
      />
      <OptionSelect
        id="konto-einheit"
        name="einheit"
        label="Organisationseinheit der Verwaltung"
        hint="Für Beschäftigte der Verwaltung: der Bereich, in dem die Person arbeitet."
        empty="keine"
        value={values.unitId}
        options={options.units}
      />
      <RoleBoxes
        legend="Rollen"
        hint="Mandatsträger/in braucht eine verknüpfte Person. Administration darf Konten und Rollen verwalten und das Protokoll lesen."
        empty=""
        items={[
          { value: 'mandatstraeger', label: roleLabels.mandatstraeger },
          { value: 'administration', label: roleLabels.administration },
        ]}
        checked={values.roles}
      />
      <RoleBoxes
        legend="Sachbearbeitung für"
        hint="Schreibt Vorlagen dieser Organisationseinheiten."
        empty="Es gibt keine Organisationseinheiten der Verwaltung."
        items={options.units.map((u) => ({ value: `sachbearbeitung:${u.id}`, label: u.name }))}
        checked={values.roles}
      />
      <RoleBoxes
        legend="Sitzungsdienst für"
        hint="Betreut die Sitzungen dieser Gremien und sieht deren nichtöffentliche Inhalte."
        empty="Es gibt keine Gremien."
        items={options.gremien.map((g) => ({ value: `sitzungsdienst:${g.id}`, label: g.name }))}
        checked={values.roles}
      />
      {props.version !== undefined ? (
        <fieldset class="role-group">
          <legend>Zugang</legend>
          <p>
            <input type="checkbox" id="konto-deaktiviert" name="deaktiviert" value="ja" checked={values.disabled} aria-describedby="konto-deaktiviert-hinweis" />
            <label for="konto-deaktiviert">deaktiviert</label>
          </p>
          <p class="field-hint" id="konto-deaktiviert-hinweis">
            Ein deaktiviertes Konto kann sich nicht anmelden; laufende Sitzungen enden beim Speichern.
          </p>
        </fieldset>
      ) : null}
      <p>
        <button type="submit">{props.submit}</button>
      </p>
    </PostForm>
  );
}

export function NewAccountView(props: Base & { values: AccountFormValues; options: AccountFormOptions; error?: string }) {
  return (
    <Layout title="Neues Konto" description="Ein Konto anlegen und die Einladung senden." bodyName={props.bodyName} section="verwaltung" breadcrumbs={adminCrumbs({ label: 'Konten', href: '/verwaltung/konten' }, { label: 'Neues Konto' })}>
      <h1>Neues Konto</h1>
      <p>Nach dem Anlegen erhält die Person eine E-Mail mit einem Link, mit dem sie ihr Passwort festlegt (sieben Tage gültig).</p>
      {props.error ? <Message kind="error">{props.error}</Message> : null}
      <AccountForm action="/verwaltung/konten" label="Neues Konto" submit="Konto anlegen und einladen" values={props.values} options={props.options} />
    </Layout>
  );
}

export interface AccountPageViewProps extends Base {
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
    <Layout title={`Konto ${account.displayName}`} description="Ein Konto bearbeiten." bodyName={props.bodyName} section="verwaltung" breadcrumbs={adminCrumbs({ label: 'Konten', href: '/verwaltung/konten' }, { label: account.displayName })}>
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
      <p>Sendet eine E-Mail mit einem neuen Link, mit dem die Person ein Passwort festlegt (sieben Tage gültig). Ein bisheriges Passwort gilt weiter, bis es ersetzt wird.</p>
      <PostForm action={`${base}/einladung`} aria-label="Einladung senden">
        <button type="submit">Einladung erneut senden</button>
      </PostForm>
      {account.totpEnabled ? (
        <>
          <h2>Zweiter Faktor</h2>
          <p>Hat die Person ihr Gerät verloren, entfernen Sie hier den zweiten Faktor. Sie meldet sich dann nur mit dem Passwort an und kann ihn neu einrichten.</p>
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

export interface AuditLogViewProps extends Base {
  rows: AuditRow[];
  event: string | undefined;
  /** Set on later pages, so that there is a way back to the newest entries. */
  before: number | undefined;
  olderHref: string | undefined;
  accountNames: ReadonlyMap<number, string>;
  organizationNames: ReadonlyMap<number, string>;
}

const eventLabel = (event: string) => (auditEventNames as Record<string, string>)[event] ?? event;

const detailLabels: Record<string, string> = {
  account: 'Konto',
  role: 'Rolle',
  organizationId: 'für',
  reason: 'Grund',
  secondFactor: 'Zweiter Faktor',
  until: 'gesperrt bis',
  unlocked: 'entsperrt',
  invitation: 'Einladung gesendet',
  file: 'Datei',
  via: 'über',
};

function shorten(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `detail` as a short sentence: known keys by name, other plain values shortened, nested ones left out. */
export function describeDetail(detail: Record<string, unknown>, names: { accounts: ReadonlyMap<number, string>; organizations: ReadonlyMap<number, string> }): string {
  const parts: string[] = [];
  // jsonb keeps its own key order: the known keys come first, in this order
  const known = Object.keys(detailLabels);
  const rank = (key: string) => (known.includes(key) ? known.indexOf(key) : known.length);
  const entries = Object.entries(detail ?? {}).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  for (const [key, value] of entries.slice(0, 10)) {
    const label = detailLabels[key] ?? shorten(key, 40);
    if (key === 'account' && typeof value === 'number') parts.push(`${label}: ${names.accounts.get(value) ?? `Nr. ${value}`}`);
    else if (key === 'organizationId') {
      if (typeof value === 'number') parts.push(`${label}: ${names.organizations.get(value) ?? `Organisation ${value}`}`);
    } else if (key === 'role' && typeof value === 'string') parts.push(`${label}: ${(roleLabels as Record<string, string>)[value] ?? shorten(value)}`);
    else if (key === 'until' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) parts.push(`${label} ${dateTime(new Date(value))}`);
    else if (key === 'file' && typeof value === 'number') parts.push(`${label}: Nr. ${value}`);
    else if ((key === 'unlocked' || key === 'invitation') && value === true) parts.push(label);
    else if (typeof value === 'boolean') parts.push(`${label}: ${value ? 'ja' : 'nein'}`);
    else if (typeof value === 'number') parts.push(`${label}: ${value}`);
    else if (typeof value === 'string') parts.push(`${label}: ${shorten(value)}`);
  }
  return parts.join('; ');
}

export function AuditLogView(props: AuditLogViewProps) {
  return (
    <Layout title="Protokoll" description="Das Protokoll der Anmeldungen und Änderungen, neueste zuerst." bodyName={props.bodyName} section="verwaltung" breadcrumbs={adminCrumbs({ label: 'Protokoll' })}>
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
