/**
 * @module organizations/manage
 * Creating, changing, ending, restoring and deleting a Gremium or Verwaltung unit. Each change
 * runs in one transaction with its history entry (audit), checks the version the form was loaded
 * at (a stale save changes nothing), and applies the rules that need the data: the Kurzname is
 * unique among running organizations, a parent is never the row itself or below it, the
 * Sitzungsort has not ended, seats only where votes are counted. Deleting is refused while
 * anything refers to the row; ending is the normal way out. Deleted rows stay as OParl
 * tombstones (`deleted: true`), like every deletion in Gremia.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { changedFields, recordChange, type Actor } from '../audit/index.ts';
import { listLocationChoices } from '../locations/index.ts';
import { groupOf } from './organizations.groups.ts';
import type { OrganizationInput } from './organizations.input.ts';
import { hasSeats, kindOf, typeOfKind } from './organizations.kinds.ts';
import {
  councilOf,
  fieldLabels,
  findOrganizationRecord,
  isEnded,
  listOrganizationRecords,
  nameLookup,
  recordTexts,
  referencesTo,
  selfAndDescendants,
  type OrganizationRecord,
  type ReferenceCount,
} from './organizations.records.ts';
import { organizations, type OrganizationType } from './organizations.tables.ts';

/** The body as the rules need it: its id and its kind (for the council's word). */
export interface ManagedBody {
  id: number;
  classification: string | null;
}

/** German messages by field of OrganizationInput. */
export type OrganizationProblems = Partial<Record<keyof OrganizationInput, string>>;

export type SaveFailure = { kind: 'invalid'; problems: OrganizationProblems } | { kind: 'stale'; stored: OrganizationRecord };
export type EndFailure = { kind: 'invalid'; message: string } | { kind: 'stale'; stored: OrganizationRecord };
export type DeleteFailure = { kind: 'referenced'; references: ReferenceCount[] } | { kind: 'stale'; stored: OrganizationRecord };

const KIND = 'organization';

interface Resolved {
  organizationType: OrganizationType;
  classification: string | null;
  position: number;
}

/** The rules that need the data; `stored` is the row being changed (none when creating). */
async function checkInput(
  tx: Db,
  body: ManagedBody,
  input: OrganizationInput,
  stored: OrganizationRecord | undefined,
  today: string,
): Promise<Result<Resolved, OrganizationProblems>> {
  const records = await listOrganizationRecords(tx, body.id);
  const council = councilOf(records, body.classification);
  const problems: OrganizationProblems = {};
  let type: { organizationType: OrganizationType; classification: string | null } | undefined;
  if (input.kind === 'keep') {
    if (stored && kindOf(stored) === undefined) type = { organizationType: stored.organizationType, classification: stored.classification };
    else problems.kind = 'Art: bitte wählen Sie, was für eine Organisation es ist.';
  } else type = typeOfKind(input.kind, { council, name: input.name, stored });

  if (type && input.seats !== null && !hasSeats(type)) problems.seats = `Sitze: nur beim ${council} und bei Ausschüssen. Bitte lassen Sie das Feld leer.`;

  if (input.parentId !== null) {
    const excluded = stored ? selfAndDescendants(records, stored.id) : new Set<number>();
    if (!records.some((r) => r.id === input.parentId) || excluded.has(input.parentId))
      problems.parentId =
        stored?.id === input.parentId
          ? 'Übergeordnete Organisation: eine Organisation kann nicht sich selbst untergeordnet sein.'
          : excluded.has(input.parentId)
            ? 'Übergeordnete Organisation: diese ist ihr schon untergeordnet. Bitte eine andere wählen.'
            : 'Übergeordnete Organisation: bitte eine aus der Liste wählen.';
  }

  if (input.locationId !== null) {
    const places = await listLocationChoices(tx, body.id, { today, keep: stored?.locationId ?? null });
    if (!places.some((p) => p.id === input.locationId))
      problems.locationId = 'Üblicher Sitzungsort: diesen Ort gibt es nicht mehr oder er ist beendet. Bitte einen aus der Liste wählen.';
  }

  const taken = input.shortName === null || isEnded(input, today) ? undefined : holderOf(records, input.shortName, stored?.id, today);
  if (taken && input.shortName)
    problems.shortName = `Kurzname: „${input.shortName}“ trägt schon „${taken.name}“. Unter den laufenden Organisationen muss jeder Kurzname eindeutig sein.`;

  if (!type || Object.keys(problems).length > 0) return err(problems);
  const group = groupOf(type);
  const keepsPlace = stored !== undefined && groupOf(stored) === group;
  // a new row, or one that moved to another group, comes after the last of its group
  const position = keepsPlace ? stored.position : Math.max(0, ...records.filter((r) => r.id !== stored?.id && groupOf(r) === group).map((r) => r.position)) + 1;
  return ok({ ...type, position });
}

/** The running organization (other than `exceptId`) that carries this Kurzname, ignoring case. */
function holderOf(records: readonly OrganizationRecord[], shortName: string, exceptId: number | undefined, today: string): OrganizationRecord | undefined {
  const wanted = shortName.trim().toLocaleLowerCase('de');
  return records.find((r) => r.id !== exceptId && !isEnded(r, today) && r.shortName?.trim().toLocaleLowerCase('de') === wanted);
}

const columnsOf = (input: OrganizationInput, resolved: Resolved) => ({
  name: input.name,
  shortName: input.shortName,
  organizationType: resolved.organizationType,
  classification: resolved.classification,
  startDate: input.startDate,
  endDate: input.endDate,
  website: input.website,
  locationId: input.locationId,
  subOrganizationOfId: input.parentId,
  position: resolved.position,
  seats: input.seats,
});

export async function createOrganization(
  db: Db,
  body: ManagedBody,
  actor: Actor,
  input: OrganizationInput,
  today: string,
): Promise<Result<{ id: number }, OrganizationProblems>> {
  return db.transaction(async (tx) => {
    const checked = await checkInput(tx, body, input, undefined, today);
    if (!checked.ok) return checked;
    const [row] = await tx
      .insert(organizations)
      .values({ bodyId: body.id, ...columnsOf(input, checked.value) })
      .returning({ id: organizations.id });
    if (!row) throw new Error('insert into organizations returned no row');
    const after = await findOrganizationRecord(tx, body.id, row.id);
    if (!after) throw new Error('the new organization cannot be read back');
    const changes = changedFields(fieldLabels, undefined, recordTexts(after, await nameLookup(tx, body)));
    await recordChange(tx, { bodyId: body.id, actor, event: 'record.created', kind: KIND, id: row.id, label: input.name, changes, version: 1 });
    return ok({ id: row.id });
  });
}

/** Saves the form; undefined when the row does not exist (any more). */
export async function updateOrganization(
  db: Db,
  body: ManagedBody,
  actor: Actor,
  id: number,
  version: number,
  input: OrganizationInput,
  today: string,
): Promise<Result<{ changed: boolean }, SaveFailure> | undefined> {
  return db.transaction(async (tx) => {
    const stored = await findOrganizationRecord(tx, body.id, id);
    if (!stored) return undefined;
    if (stored.version !== version) return err({ kind: 'stale' as const, stored });
    const checked = await checkInput(tx, body, input, stored, today);
    if (!checked.ok) return err({ kind: 'invalid' as const, problems: checked.error });
    const columns = columnsOf(input, checked.value);
    const names = await nameLookup(tx, body);
    const after: OrganizationRecord = { ...stored, ...columns, parentId: input.parentId };
    const changes = changedFields(fieldLabels, recordTexts(stored, names), recordTexts(after, names));
    // the classification (the body's word) may change without any field the form shows
    const unchanged =
      changes.length === 0 &&
      stored.position === columns.position &&
      stored.classification === columns.classification &&
      stored.organizationType === columns.organizationType;
    if (unchanged) return ok({ changed: false });
    const saved = await bumped(tx, body.id, id, version, columns);
    if (!saved) return err({ kind: 'stale' as const, stored: (await findOrganizationRecord(tx, body.id, id)) ?? stored });
    await recordChange(tx, { bodyId: body.id, actor, event: 'record.updated', kind: KIND, id, label: input.name, changes, version: version + 1 });
    return ok({ changed: true });
  });
}

/** One version-checked update; false when someone saved in between. */
async function bumped(tx: Db, bodyId: number, id: number, version: number, values: Partial<typeof organizations.$inferInsert>): Promise<boolean> {
  const rows = await tx
    .update(organizations)
    .set({ ...values, version: sql`${organizations.version} + 1` })
    .where(and(eq(organizations.bodyId, bodyId), eq(organizations.id, id), eq(organizations.version, version), isNull(organizations.deletedAt)))
    .returning({ id: organizations.id });
  return rows.length === 1;
}

const formatDay = (day: string) => day.split('-').reverse().join('.');

/** Sets the last day; refused when it lies before the beginning. */
export async function endOrganization(
  db: Db,
  body: ManagedBody,
  actor: Actor,
  id: number,
  version: number,
  endDate: string,
): Promise<Result<void, EndFailure> | undefined> {
  return db.transaction(async (tx) => {
    const stored = await findOrganizationRecord(tx, body.id, id);
    if (!stored) return undefined;
    if (stored.version !== version) return err({ kind: 'stale' as const, stored });
    if (stored.startDate && endDate < stored.startDate)
      return err({ kind: 'invalid' as const, message: `Beenden: Das Ende (${formatDay(endDate)}) liegt vor dem Beginn (${formatDay(stored.startDate)}).` });
    if (!(await bumped(tx, body.id, id, version, { endDate }))) return err({ kind: 'stale' as const, stored });
    const changes = [{ field: fieldLabels.endDate, before: stored.endDate ? formatDay(stored.endDate) : '', after: formatDay(endDate) }];
    await recordChange(tx, { bodyId: body.id, actor, event: 'record.ended', kind: KIND, id, label: stored.name, changes, version: version + 1 });
    return ok(undefined);
  });
}

/** Clears the end; refused while another running organization carries its Kurzname. */
export async function restoreOrganization(
  db: Db,
  body: ManagedBody,
  actor: Actor,
  id: number,
  version: number,
  today: string,
): Promise<Result<void, EndFailure> | undefined> {
  return db.transaction(async (tx) => {
    const stored = await findOrganizationRecord(tx, body.id, id);
    if (!stored) return undefined;
    if (stored.version !== version) return err({ kind: 'stale' as const, stored });
    if (stored.endDate === null) return ok(undefined);
    const holder = stored.shortName ? holderOf(await listOrganizationRecords(tx, body.id), stored.shortName, id, today) : undefined;
    if (holder)
      return err({
        kind: 'invalid' as const,
        message: `Wiederherstellen: Den Kurznamen „${stored.shortName}“ trägt inzwischen „${holder.name}“. Geben Sie dieser Organisation zuerst einen anderen Kurznamen.`,
      });
    if (!(await bumped(tx, body.id, id, version, { endDate: null }))) return err({ kind: 'stale' as const, stored });
    const changes = [{ field: fieldLabels.endDate, before: formatDay(stored.endDate), after: '' }];
    await recordChange(tx, { bodyId: body.id, actor, event: 'record.restored', kind: KIND, id, label: stored.name, changes, version: version + 1 });
    return ok(undefined);
  });
}

/** Deletes a row nothing refers to (memberships, sessions, papers, sub-units, accounts …). */
export async function deleteOrganization(
  db: Db,
  body: ManagedBody,
  actor: Actor,
  id: number,
  version: number,
): Promise<Result<{ name: string }, DeleteFailure> | undefined> {
  return db.transaction(async (tx) => {
    const stored = await findOrganizationRecord(tx, body.id, id);
    if (!stored) return undefined;
    if (stored.version !== version) return err({ kind: 'stale' as const, stored });
    const references = await referencesTo(tx, id);
    if (references.length > 0) return err({ kind: 'referenced' as const, references });
    if (!(await bumped(tx, body.id, id, version, { deletedAt: new Date() }))) return err({ kind: 'stale' as const, stored });
    await recordChange(tx, { bodyId: body.id, actor, event: 'record.deleted', kind: KIND, id, label: stored.name, version: version + 1 });
    return ok({ name: stored.name });
  });
}
