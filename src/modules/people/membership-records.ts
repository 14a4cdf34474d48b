/**
 * @module people/membership-records
 * Memberships in the back office: one record with the names it points to, and creating,
 * saving (optimistic locking), ending, restoring and deleting it (a membership entered by
 * mistake), each audited in its transaction. Who may change which Gremium's memberships is the
 * caller's check (access: mayChangeMembershipsOf), on the stored and on the chosen Gremium.
 */
import { and, eq, getTableColumns, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { changedFields, recordChange, type Actor, type RecordEvent } from '../audit/index.ts';
import { listMembershipTargets } from './organization-facts.ts';
import { personNames } from './people.admin.ts';
import { memberships, persons } from './people.tables.ts';
import { DEPUTY, roleLabel, type MembershipInput } from './membership-rules.ts';

export type Membership = typeof memberships.$inferSelect;

export interface MembershipRecord extends Membership {
  personName: string;
  organizationName: string;
  organizationType: string;
  representsName: string | null;
  onBehalfOfName: string | null;
}

export const membershipFieldLabels = {
  person: 'Person',
  organization: 'Gremium',
  role: 'Rolle',
  votingRight: 'Stimmrecht',
  startDate: 'Beginn',
  endDate: 'Ende',
  represents: 'Vertritt',
  onBehalfOf: 'Fraktion',
} as const;

type Names = { persons: ReadonlyMap<number, string>; organizations: ReadonlyMap<number, string> };

function auditState(m: MembershipInput, names: Names): Record<keyof typeof membershipFieldLabels, string> {
  const person = (id: number | null) => (id === null ? '' : (names.persons.get(id) ?? String(id)));
  const org = (id: number | null) => (id === null ? '' : (names.organizations.get(id) ?? String(id)));
  return {
    person: person(m.personId),
    organization: org(m.organizationId),
    role: roleLabel(m.role),
    votingRight: m.votingRight ? 'ja' : 'nein',
    startDate: m.startDate ?? '',
    endDate: m.endDate ?? '',
    represents: person(m.representsPersonId),
    onBehalfOf: org(m.onBehalfOfId),
  };
}

const labelOf = (m: MembershipInput, names: Names) =>
  `${names.persons.get(m.personId) ?? m.personId} – ${names.organizations.get(m.organizationId) ?? m.organizationId} (${roleLabel(m.role)})`;

async function namesFor(db: Db, bodyId: number, rows: readonly MembershipInput[]): Promise<Names & { types: Map<number, string> }> {
  const targets = await listMembershipTargets(db, bodyId);
  const people = await personNames(
    db,
    bodyId,
    rows.flatMap((r) => [r.personId, ...(r.representsPersonId === null ? [] : [r.representsPersonId])]),
  );
  return { persons: people, organizations: new Map(targets.map((o) => [o.id, o.name])), types: new Map(targets.map((o) => [o.id, o.organizationType])) };
}

const inputOf = (m: Membership): MembershipInput => ({
  personId: m.personId,
  organizationId: m.organizationId,
  role: m.role,
  votingRight: m.votingRight,
  startDate: m.startDate,
  endDate: m.endDate,
  representsPersonId: m.representsPersonId,
  onBehalfOfId: m.onBehalfOfId,
});

/** One of the body's live memberships with the names it points to, or undefined. */
export async function findMembershipRecord(db: Db, bodyId: number, id: number): Promise<MembershipRecord | undefined> {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.bodyId, bodyId), eq(memberships.id, id), isNull(memberships.deletedAt)));
  if (!row) return undefined;
  const names = await namesFor(db, bodyId, [inputOf(row)]);
  return {
    ...row,
    personName: names.persons.get(row.personId) ?? '',
    organizationName: names.organizations.get(row.organizationId) ?? '',
    organizationType: names.types.get(row.organizationId) ?? '',
    representsName: row.representsPersonId === null ? null : (names.persons.get(row.representsPersonId) ?? null),
    onBehalfOfName: row.onBehalfOfId === null ? null : (names.organizations.get(row.onBehalfOfId) ?? null),
  };
}

type Problems = Record<string, string>;

/** The periods overlap; an open end or beginning reaches as far as it goes. */
const overlaps = (m: MembershipInput): SQL =>
  sql`(${m.endDate}::date is null or ${memberships.startDate} is null or ${memberships.startDate} <= ${m.endDate}::date)
    and (${m.startDate}::date is null or ${memberships.endDate} is null or ${memberships.endDate} >= ${m.startDate}::date)`;

/** What only the database can tell: the person, the Gremium, the Fraktion and the represented member exist and fit. */
export async function membershipProblems(db: Db, bodyId: number, m: MembershipInput, names: Names & { types: Map<number, string> }): Promise<Problems> {
  const problems: Problems = {};
  const [person] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.bodyId, bodyId), eq(persons.id, m.personId), isNull(persons.deletedAt)));
  if (!person) problems['person'] = 'Person: Diese Person gibt es nicht (mehr).';
  if (!names.types.has(m.organizationId)) problems['gremium'] = 'Gremium: Dieses Gremium gibt es nicht (mehr).';
  if (m.onBehalfOfId !== null && names.types.get(m.onBehalfOfId) !== 'Fraktion')
    problems['fraktion'] = 'Fraktion: Bitte wählen Sie eine Fraktion aus der Liste.';
  if (m.representsPersonId !== null && m.role === DEPUTY) {
    const [member] = await db
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.bodyId, bodyId),
          eq(memberships.organizationId, m.organizationId),
          eq(memberships.personId, m.representsPersonId),
          ne(memberships.role, DEPUTY),
          isNull(memberships.deletedAt),
          overlaps(m),
        ),
      )
      .limit(1);
    if (!member)
      problems['vertritt'] =
        `Vertritt: ${names.persons.get(m.representsPersonId) ?? 'Diese Person'} ist in diesem Zeitraum kein (ordentliches) Mitglied dieses Gremiums.`;
  }
  return problems;
}

export async function createMembership(db: Db, bodyId: number, input: MembershipInput, actor: Actor): Promise<Result<{ id: number }, Problems>> {
  const names = await namesFor(db, bodyId, [input]);
  const problems = await membershipProblems(db, bodyId, input, names);
  if (Object.keys(problems).length) return err(problems);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(memberships)
      .values({ bodyId, ...input })
      .returning({ id: memberships.id });
    if (!row) throw new Error('insert returned no row');
    await recordChange(tx, {
      bodyId,
      actor,
      event: 'record.created',
      kind: 'membership',
      id: row.id,
      label: labelOf(input, names),
      changes: changedFields(membershipFieldLabels, undefined, auditState(input, names)),
      version: 1,
    });
    return row.id;
  });
  return ok({ id });
}

export type MembershipSaveRefusal = { kind: 'invalid'; problems: Problems } | { kind: 'conflict'; stored: MembershipRecord };

/** Saves the form loaded at `version`; undefined when there is no such membership. */
export async function updateMembership(
  db: Db,
  bodyId: number,
  id: number,
  version: number,
  input: MembershipInput,
  actor: Actor,
): Promise<Result<MembershipRecord, MembershipSaveRefusal> | undefined> {
  const before = await findMembershipRecord(db, bodyId, id);
  if (!before) return undefined;
  const names = await namesFor(db, bodyId, [input, inputOf(before)]);
  const problems = await membershipProblems(db, bodyId, input, names);
  if (Object.keys(problems).length) return err({ kind: 'invalid', problems });
  const saved = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(memberships)
      .set({ ...input, version: sql`${memberships.version} + 1` })
      .where(and(eq(memberships.bodyId, bodyId), eq(memberships.id, id), eq(memberships.version, version), isNull(memberships.deletedAt)))
      .returning();
    if (!row) return false;
    const changes = changedFields(membershipFieldLabels, auditState(inputOf(before), names), auditState(input, names));
    await recordChange(tx, { bodyId, actor, event: 'record.updated', kind: 'membership', id, label: labelOf(input, names), changes, version: row.version });
    return true;
  });
  const stored = await findMembershipRecord(db, bodyId, id);
  if (!stored) return undefined;
  return saved ? ok(stored) : err({ kind: 'conflict', stored });
}

export type MembershipStep = { kind: 'end'; endDate: string } | { kind: 'restore' } | { kind: 'delete' };

export type StepRefusal = { kind: 'conflict' } | { kind: 'invalid'; message: string };

/**
 * Ends the membership on a date, clears its end again, or deletes it (entered by mistake: it
 * never was). Undefined when there is no such membership; a conflict when it changed since `version`.
 */
export async function changeMembership(
  db: Db,
  bodyId: number,
  id: number,
  version: number,
  step: MembershipStep,
  actor: Actor,
): Promise<Result<MembershipRecord, StepRefusal> | undefined> {
  const before = await findMembershipRecord(db, bodyId, id);
  if (!before) return undefined;
  if (step.kind === 'end' && before.startDate && step.endDate < before.startDate)
    return err({ kind: 'invalid', message: 'Ende: Das Ende liegt vor dem Beginn der Mitgliedschaft.' });
  const set = step.kind === 'end' ? { endDate: step.endDate } : step.kind === 'restore' ? { endDate: null } : { deletedAt: new Date() };
  const event: RecordEvent = step.kind === 'end' ? 'record.ended' : step.kind === 'restore' ? 'record.restored' : 'record.deleted';
  const changed = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(memberships)
      .set({ ...set, version: sql`${memberships.version} + 1` })
      .where(and(eq(memberships.bodyId, bodyId), eq(memberships.id, id), eq(memberships.version, version), isNull(memberships.deletedAt)))
      .returning();
    if (!row) return false;
    const changes = step.kind === 'delete' ? [] : [{ field: 'Ende', before: before.endDate ?? '', after: row.endDate ?? '' }];
    const label = `${before.personName} – ${before.organizationName} (${roleLabel(before.role)})`;
    await recordChange(tx, { bodyId, actor, event, kind: 'membership', id, label, changes, version: row.version });
    return true;
  });
  if (!changed) return err({ kind: 'conflict' });
  return ok(before);
}

/** Every live membership of the body whose person is live too, oldest first (the master-data export). */
export async function listMemberships(db: Db, bodyId: number): Promise<Membership[]> {
  return db
    .select(getTableColumns(memberships))
    .from(memberships)
    .innerJoin(persons, and(eq(persons.id, memberships.personId), isNull(persons.deletedAt)))
    .where(and(eq(memberships.bodyId, bodyId), isNull(memberships.deletedAt)))
    .orderBy(memberships.organizationId, memberships.startDate, memberships.id);
}
