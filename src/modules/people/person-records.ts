/**
 * @module people/person-records
 * Persons in the back office: one record with its private contact data (for staff only), and
 * creating and saving it with optimistic locking, each change audited in its transaction. The
 * Fraktion of the form is a membership (person-fraktion).
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { changedFields, recordChange, type Actor } from '../audit/index.ts';
import { listMembershipTargets } from './organization-facts.ts';
import { formatPersonName } from './people.names.ts';
import { persons } from './people.tables.ts';
import { currentFraktionMemberships, switchFraktion } from './person-fraktion.ts';
import { titleList, titleText, type PersonInput } from './person-rules.ts';

export interface PersonRecord {
  id: number;
  formOfAddress: string | null;
  title: string[];
  givenName: string | null;
  familyName: string;
  affix: string | null;
  email: string[];
  phone: string[];
  status: string[];
  citizenMember: boolean;
  version: number;
  /** The Fraktion held today (a membership in it), the latest begun when several. */
  fraktion: { id: number; name: string } | null;
}

/** German labels of the audited fields; the keys are those of `auditState`. */
export const personFieldLabels = {
  formOfAddress: 'Anrede',
  title: 'Titel',
  givenName: 'Vorname',
  familyName: 'Nachname',
  fraktion: 'Fraktion',
  email: 'E-Mail',
  phone: 'Telefon',
  citizenMember: 'Sachkundige/r Bürger/in',
} as const;

type AuditState = Record<keyof typeof personFieldLabels, string>;

function auditState(p: Omit<PersonRecord, 'id' | 'version' | 'affix' | 'status'>): AuditState {
  return {
    formOfAddress: p.formOfAddress ?? '',
    title: titleText(p.title),
    givenName: p.givenName ?? '',
    familyName: p.familyName,
    fraktion: p.fraktion?.name ?? '',
    email: p.email.join(', '),
    phone: p.phone.join(', '),
    citizenMember: p.citizenMember ? 'ja' : 'nein',
  };
}

/** The Fraktionen of the body by id (the form's select and the audit labels). */
export async function fraktionNames(db: Db, bodyId: number): Promise<Map<number, string>> {
  const targets = await listMembershipTargets(db, bodyId);
  return new Map(targets.filter((o) => o.organizationType === 'Fraktion').map((o) => [o.id, o.name]));
}

/** The Fraktionen the form offers: those not dissolved before today, and the one the person holds. */
export async function fraktionChoices(db: Db, bodyId: number, today: string, keepId: number | null = null): Promise<{ id: number; name: string }[]> {
  const targets = await listMembershipTargets(db, bodyId);
  return targets
    .filter((o) => o.organizationType === 'Fraktion' && (o.endDate === null || o.endDate >= today || o.id === keepId))
    .map((o) => ({ id: o.id, name: o.name }));
}

/** One of the body's live persons with contact data and today's Fraktion, or undefined. */
export async function findPersonRecord(db: Db, bodyId: number, id: number, today: string): Promise<PersonRecord | undefined> {
  const [row] = await db
    .select()
    .from(persons)
    .where(and(eq(persons.bodyId, bodyId), eq(persons.id, id), isNull(persons.deletedAt)));
  if (!row) return undefined;
  const names = await fraktionNames(db, bodyId);
  const [held] = await currentFraktionMemberships(db, bodyId, id, [...names.keys()], today);
  return { ...storedPerson(row), fraktion: held ? { id: held.organizationId, name: names.get(held.organizationId) ?? '' } : null };
}

/** The record's fields of a person row (without the Fraktion, which is a membership). */
function storedPerson(row: typeof persons.$inferSelect): Omit<PersonRecord, 'fraktion'> {
  return {
    id: row.id,
    formOfAddress: row.formOfAddress,
    title: row.title,
    givenName: row.givenName,
    familyName: row.familyName,
    affix: row.affix,
    email: row.email,
    phone: row.phone,
    status: row.status,
    citizenMember: row.citizenMember,
    version: row.version,
  };
}

/** Problems by form field that only the database can tell. */
type Problems = Record<string, string>;

function fraktionProblem(input: PersonInput, names: ReadonlyMap<number, string>, keep: number | null): Problems {
  if (input.fraktionId === null || names.has(input.fraktionId) || input.fraktionId === keep) return {};
  return { fraktion: 'Fraktion: Diese Fraktion gibt es nicht (mehr). Bitte wählen Sie eine aus der Liste.' };
}

export type PersonSaveRefusal = { kind: 'invalid'; problems: Problems } | { kind: 'conflict'; stored: PersonRecord };

export async function createPerson(db: Db, bodyId: number, input: PersonInput, actor: Actor, today: string): Promise<Result<PersonRecord, Problems>> {
  const names = await fraktionNames(db, bodyId);
  const problems = fraktionProblem(input, names, null);
  if (Object.keys(problems).length) return err(problems);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(persons)
      .values({
        bodyId,
        formOfAddress: input.formOfAddress,
        title: titleList(input.title),
        givenName: input.givenName,
        familyName: input.familyName,
        email: input.email,
        phone: input.phone,
        citizenMember: input.citizenMember,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    const name = formatPersonName(row);
    const fraktion = input.fraktionId === null ? null : { id: input.fraktionId, name: names.get(input.fraktionId) ?? '' };
    await recordChange(tx, {
      bodyId,
      actor,
      event: 'record.created',
      kind: 'person',
      id: row.id,
      label: name,
      changes: changedFields(personFieldLabels, undefined, auditState({ ...row, fraktion })),
      version: 1,
    });
    await switchFraktion(tx, { bodyId, personId: row.id, personName: name, held: [], toId: input.fraktionId, names, today, actor });
    return row.id;
  });
  const saved = await findPersonRecord(db, bodyId, id, today);
  if (!saved) throw new Error('person vanished');
  return ok(saved);
}

/**
 * Saves the form loaded at `version`: undefined when there is no such person, a conflict (with
 * the stored state) when someone saved in between.
 */
export async function updatePerson(
  db: Db,
  bodyId: number,
  id: number,
  version: number,
  input: PersonInput,
  actor: Actor,
  today: string,
): Promise<Result<PersonRecord, PersonSaveRefusal> | undefined> {
  const before = await findPersonRecord(db, bodyId, id, today);
  if (!before) return undefined;
  const names = await fraktionNames(db, bodyId);
  const problems = fraktionProblem(input, names, before.fraktion?.id ?? null);
  if (Object.keys(problems).length) return err({ kind: 'invalid', problems });
  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(persons)
      .set({
        formOfAddress: input.formOfAddress,
        title: titleList(input.title, before.title),
        givenName: input.givenName,
        familyName: input.familyName,
        email: input.email,
        phone: input.phone,
        citizenMember: input.citizenMember,
        version: sql`${persons.version} + 1`,
      })
      .where(and(eq(persons.bodyId, bodyId), eq(persons.id, id), eq(persons.version, version), isNull(persons.deletedAt)))
      .returning();
    if (!row) return 'conflict' as const;
    const name = formatPersonName(row);
    const fraktion = input.fraktionId === null ? null : { id: input.fraktionId, name: names.get(input.fraktionId) ?? before.fraktion?.name ?? '' };
    const changes = changedFields(personFieldLabels, auditState(before), auditState({ ...row, fraktion }));
    await recordChange(tx, { bodyId, actor, event: 'record.updated', kind: 'person', id, label: name, changes, version: row.version });
    if (input.fraktionId !== (before.fraktion?.id ?? null)) {
      const held = await currentFraktionMemberships(tx, bodyId, id, [...names.keys()], today);
      await switchFraktion(tx, { bodyId, personId: id, personName: name, held, toId: input.fraktionId, names, today, actor });
    }
    return 'saved' as const;
  });
  const stored = await findPersonRecord(db, bodyId, id, today);
  if (!stored) return undefined;
  return outcome === 'conflict' ? err({ kind: 'conflict', stored }) : ok(stored);
}

/** Every live person of the body with its private contact data, by name (the master-data export). */
export async function listPersonRecords(db: Db, bodyId: number): Promise<Omit<PersonRecord, 'fraktion'>[]> {
  const rows = await db
    .select()
    .from(persons)
    .where(and(eq(persons.bodyId, bodyId), isNull(persons.deletedAt)))
    .orderBy(sql`lower(${persons.familyName})`, sql`lower(coalesce(${persons.givenName}, ''))`, persons.id);
  return rows.map(storedPerson);
}
