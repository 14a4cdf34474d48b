/**
 * @module auth/accounts
 * Accounts and their roles. A councillor's account is linked to their person (rights follow
 * the memberships), a staff account to its Verwaltung unit. Role rules live here, not in forms.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { organizationTypesOf } from '../organizations/index.ts';
import { isPersonOfBody } from '../people/index.ts';
import { accountRoles, userRoles, users, type AccountRole } from './auth.tables.ts';
import { audit } from './audit.ts';
import { dateTime } from './date-time.ts';
import { hashPassword } from './passwords.ts';

export const roleLabels: Record<AccountRole, string> = {
  mandatstraeger: 'Mandatsträger/in',
  sachbearbeitung: 'Sachbearbeitung',
  sitzungsdienst: 'Sitzungsdienst',
  administration: 'Administration',
};

export interface RoleGrant {
  role: AccountRole;
  /** The unit (Sachbearbeitung) or Gremium (Sitzungsdienst); null for the other roles. */
  organizationId: number | null;
}

export interface Account {
  id: number;
  bodyId: number;
  email: string;
  displayName: string;
  personId: number | null;
  unitId: number | null;
  disabled: boolean;
  lockedUntil: Date | null;
  totpEnabled: boolean;
  hasPassword: boolean;
  version: number;
  roles: RoleGrant[];
}

export interface AccountInput {
  email: string;
  displayName: string;
  personId: number | null;
  unitId: number | null;
  roles: RoleGrant[];
  disabled?: boolean;
}

/** Why an account was not saved: the form breaks a rule (a German sentence), or someone saved in between. */
export type AccountRefusal = { kind: 'invalid'; message: string } | { kind: 'conflict' };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const accountColumns = {
  id: users.id,
  bodyId: users.bodyId,
  email: users.email,
  displayName: users.displayName,
  personId: users.personId,
  unitId: users.unitId,
  disabled: users.disabled,
  lockedUntil: users.lockedUntil,
  totpSecret: users.totpSecret,
  passwordHash: users.passwordHash,
  version: users.version,
};

async function withRoles(
  db: Db,
  rows: {
    id: number;
    bodyId: number;
    email: string;
    displayName: string;
    personId: number | null;
    unitId: number | null;
    disabled: boolean;
    lockedUntil: Date | null;
    totpSecret: string | null;
    passwordHash: string | null;
    version: number;
  }[],
): Promise<Account[]> {
  if (rows.length === 0) return [];
  const grants = await db
    .select({ userId: userRoles.userId, role: userRoles.role, organizationId: userRoles.organizationId })
    .from(userRoles)
    .where(
      inArray(
        userRoles.userId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(userRoles.id));
  return rows.map(({ totpSecret, passwordHash, ...r }) => ({
    ...r,
    totpEnabled: totpSecret !== null,
    hasPassword: passwordHash !== null,
    roles: grants.filter((g) => g.userId === r.id).map(({ role, organizationId }) => ({ role, organizationId })),
  }));
}

export async function findAccount(db: Db, bodyId: number, id: number): Promise<Account | undefined> {
  const rows = await db
    .select(accountColumns)
    .from(users)
    .where(and(eq(users.bodyId, bodyId), eq(users.id, id)));
  return (await withRoles(db, rows))[0];
}

export async function findAccountByEmail(db: Db, bodyId: number, email: string): Promise<Account | undefined> {
  const rows = await db
    .select(accountColumns)
    .from(users)
    .where(and(eq(users.bodyId, bodyId), eq(users.email, normalizeEmail(email))));
  return (await withRoles(db, rows))[0];
}

export async function listAccounts(db: Db, bodyId: number): Promise<Account[]> {
  const rows = await db.select(accountColumns).from(users).where(eq(users.bodyId, bodyId)).orderBy(asc(users.displayName), asc(users.id));
  return withRoles(db, rows);
}

/** Checks the input against the body's data; a German sentence per problem. */
async function accountProblems(db: Db, bodyId: number, input: AccountInput, ownId?: number): Promise<string[]> {
  const problems: string[] = [];
  const email = normalizeEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push('Die E-Mail-Adresse ist ungültig.');
  else {
    const [taken] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.bodyId, bodyId), eq(users.email, email)));
    if (taken && taken.id !== ownId) problems.push('Diese E-Mail-Adresse gehört schon zu einem Konto.');
  }
  if (!input.displayName.trim()) problems.push('Der Name darf nicht leer sein.');
  if (input.personId !== null && !(await isPersonOfBody(db, bodyId, input.personId))) problems.push('Die gewählte Person gibt es nicht.');
  const orgIds = [...input.roles.map((r) => r.organizationId), input.unitId].filter((id): id is number => id !== null);
  const types = await organizationTypesOf(db, bodyId, orgIds);
  const typeOf = (id: number) => types.get(id);
  if (input.unitId !== null && typeOf(input.unitId) !== 'Verwaltungsbereich') problems.push('Die Organisationseinheit muss ein Bereich der Verwaltung sein.');
  for (const grant of input.roles) {
    if (!accountRoles.includes(grant.role)) problems.push(`Unbekannte Rolle „${grant.role}“.`);
    if (grant.role === 'mandatstraeger' && input.personId === null) problems.push('Mandatsträger/in braucht eine verknüpfte Person.');
    if (grant.role === 'sachbearbeitung' && (grant.organizationId === null || typeOf(grant.organizationId) !== 'Verwaltungsbereich'))
      problems.push('Sachbearbeitung braucht eine Organisationseinheit der Verwaltung.');
    if (grant.role === 'sitzungsdienst' && (grant.organizationId === null || typeOf(grant.organizationId) !== 'Gremium'))
      problems.push('Sitzungsdienst braucht ein Gremium.');
    if ((grant.role === 'mandatstraeger' || grant.role === 'administration') && grant.organizationId !== null)
      problems.push(`${roleLabels[grant.role]} gilt ohne Gremium.`);
  }
  return problems;
}

const grantKey = (g: RoleGrant) => `${g.role}:${g.organizationId ?? ''}`;

function uniqueGrants(grants: RoleGrant[]): RoleGrant[] {
  return [...new Map(grants.map((g) => [grantKey(g), g])).values()];
}

export interface Actor {
  userId: number | null;
  ip?: string | null;
}

export async function createAccount(db: Db, bodyId: number, input: AccountInput, actor: Actor, password?: string): Promise<Result<Account, string>> {
  const problems = await accountProblems(db, bodyId, input);
  if (problems.length) return err(problems.join(' '));
  const passwordHash = password === undefined ? null : await hashPassword(password);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        bodyId,
        email: normalizeEmail(input.email),
        displayName: input.displayName.trim(),
        personId: input.personId,
        unitId: input.unitId,
        passwordHash,
        disabled: input.disabled ?? false,
      })
      .returning({ id: users.id });
    if (!row) throw new Error('insert returned no row');
    const grants = uniqueGrants(input.roles);
    if (grants.length) await tx.insert(userRoles).values(grants.map((g) => ({ userId: row.id, ...g })));
    await audit(tx, { bodyId, userId: actor.userId, ip: actor.ip, event: 'user.created', detail: { account: row.id } });
    for (const g of grants) await audit(tx, { bodyId, userId: actor.userId, ip: actor.ip, event: 'role.granted', detail: { account: row.id, ...g } });
    return row.id;
  });
  const account = await findAccount(db, bodyId, id);
  if (!account) throw new Error('account vanished');
  return ok(account);
}

/**
 * Administrators may neither take the administration role from themselves nor disable their own
 * account: without a second administrator the installation would lock itself out.
 */
function selfEditProblem(input: AccountInput): string | undefined {
  if (!input.roles.some((r) => r.role === 'administration'))
    return 'Sie können sich die Rolle Administration nicht selbst entziehen – sonst könnte sich das System aussperren. Bitten Sie eine andere Person mit Administration darum.';
  if (input.disabled) return 'Sie können Ihr eigenes Konto nicht deaktivieren. Bitten Sie eine andere Person mit Administration darum.';
  return undefined;
}

/**
 * Saves the admin form; a conflict when someone else saved the account since `version`, and
 * `undefined` when there is no such account.
 */
export async function updateAccount(
  db: Db,
  bodyId: number,
  id: number,
  version: number,
  input: AccountInput,
  actor: Actor,
): Promise<Result<Account, AccountRefusal> | undefined> {
  const before = await findAccount(db, bodyId, id);
  if (!before) return undefined;
  const own = id === actor.userId ? selfEditProblem(input) : undefined;
  if (own) return err({ kind: 'invalid', message: own });
  const problems = await accountProblems(db, bodyId, input, id);
  if (problems.length) return err({ kind: 'invalid', message: problems.join(' ') });
  const grants = uniqueGrants(input.roles);
  const outcome = await db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({
        email: normalizeEmail(input.email),
        displayName: input.displayName.trim(),
        personId: input.personId,
        unitId: input.unitId,
        disabled: input.disabled ?? false,
        version: sql`${users.version} + 1`,
      })
      .where(and(eq(users.bodyId, bodyId), eq(users.id, id), eq(users.version, version)))
      .returning({ id: users.id });
    if (updated.length === 0) return 'conflict' as const;
    const old = new Set(before.roles.map(grantKey));
    const next = new Set(grants.map(grantKey));
    const granted = grants.filter((g) => !old.has(grantKey(g)));
    const revoked = before.roles.filter((g) => !next.has(grantKey(g)));
    await tx.delete(userRoles).where(eq(userRoles.userId, id));
    if (grants.length) await tx.insert(userRoles).values(grants.map((g) => ({ userId: id, ...g })));
    await audit(tx, { bodyId, userId: actor.userId, ip: actor.ip, event: 'user.updated', detail: { account: id } });
    for (const g of granted) await audit(tx, { bodyId, userId: actor.userId, ip: actor.ip, event: 'role.granted', detail: { account: id, ...g } });
    for (const g of revoked) await audit(tx, { bodyId, userId: actor.userId, ip: actor.ip, event: 'role.revoked', detail: { account: id, ...g } });
    if (input.disabled) await tx.execute(sql`delete from auth_sessions where user_id = ${id}`);
    return 'saved' as const;
  });
  if (outcome === 'conflict') return err({ kind: 'conflict' });
  const saved = await findAccount(db, bodyId, id);
  return saved && ok(saved);
}

/** Lifts a lock after failed logins and starts the count anew. */
export async function unlockAccount(db: Db, bodyId: number, id: number, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ lockedUntil: null, failedLogins: 0 })
      .where(and(eq(users.bodyId, bodyId), eq(users.id, id)));
    await audit(tx, { bodyId, userId: actor.userId, ip: actor.ip, event: 'user.updated', detail: { account: id, unlocked: true } });
  });
}

/** Display names by id of the body's accounts. */
export async function accountNames(db: Db, bodyId: number, ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(eq(users.bodyId, bodyId), inArray(users.id, unique)));
  return new Map(rows.map((a) => [a.id, a.name]));
}

/** „Sitzungsdienst (Finanzausschuss)“. */
export function describeGrant(grant: RoleGrant, names: ReadonlyMap<number, string>): string {
  const label = roleLabels[grant.role] ?? grant.role;
  if (grant.organizationId === null) return label;
  return `${label} (${names.get(grant.organizationId) ?? `Organisation ${grant.organizationId}`})`;
}

/** aktiv, gesperrt bis …, deaktiviert or Passwort noch nicht gesetzt. */
export function accountState(account: Account, now: Date): string {
  if (account.disabled) return 'deaktiviert';
  if (account.lockedUntil && account.lockedUntil > now) return `gesperrt bis ${dateTime(account.lockedUntil)}`;
  if (!account.hasPassword) return 'Passwort noch nicht gesetzt';
  return 'aktiv';
}
