/**
 * @module auth/account-form
 * The administration's account form: its values as typed or as stored, and what it offers to
 * choose from. Deleted persons and organizations stay choosable while the account still names them.
 */
import type { Db } from '../../db/client.ts';
import { listAssignableOrganizations, organizationNames } from '../organizations/index.ts';
import { listLinkablePersons, personNames } from '../people/index.ts';
import type { Account, RoleGrant } from './accounts.ts';

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

export const emptyFormValues: AccountFormValues = { displayName: '', email: '', personId: '', unitId: '', roles: [], disabled: false };

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

const organizationIdsOf = (accounts: readonly Account[]) =>
  accounts.flatMap((a) => [...a.roles.map((r) => r.organizationId), a.unitId]).filter((id): id is number => id !== null);
const personIdsOf = (accounts: readonly Account[]) => accounts.map((a) => a.personId).filter((id): id is number => id !== null);

/** The body's persons, units and Gremien for the form; deleted ones only while `account` still names them. */
export async function accountFormOptions(db: Db, bodyId: number, account?: Account): Promise<AccountFormOptions> {
  const orgs = await listAssignableOrganizations(db, bodyId, account ? organizationIdsOf([account]) : []);
  const persons = await listLinkablePersons(db, bodyId, personIdsOf(account ? [account] : []));
  const byName = (a: NamedOption, b: NamedOption) => a.name.localeCompare(b.name, 'de');
  return {
    persons,
    units: orgs
      .filter((o) => o.type === 'Verwaltungsbereich')
      .map(({ id, name }) => ({ id, name }))
      .sort(byName),
    gremien: orgs
      .filter((o) => o.type === 'Gremium')
      .map(({ id, name }) => ({ id, name }))
      .sort(byName),
  };
}

/** The names of the organizations and persons the accounts name, for the list and the account page. */
export async function namesOfAccounts(
  db: Db,
  bodyId: number,
  accounts: readonly Account[],
): Promise<{ organizations: Map<number, string>; persons: Map<number, string> }> {
  return {
    organizations: await organizationNames(db, organizationIdsOf(accounts), bodyId),
    persons: await personNames(db, bodyId, personIdsOf(accounts)),
  };
}
