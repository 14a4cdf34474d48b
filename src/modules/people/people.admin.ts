/**
 * @module people/admin
 * What the account administration needs to know of persons: whom an account may be linked to,
 * and their names as every page writes them.
 */
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { formatPersonName } from './people.names.ts';
import { persons } from './people.tables.ts';

export interface NamedPerson {
  id: number;
  name: string;
}

/**
 * The body's persons an account may be linked to, by family and given name: the live ones, and a
 * deleted one only while in `keepIds` (an account is still linked to them).
 */
export async function listLinkablePersons(db: Db, bodyId: number, keepIds: readonly number[]): Promise<NamedPerson[]> {
  const rows = await db
    .select({ id: persons.id, title: persons.title, givenName: persons.givenName, familyName: persons.familyName, affix: persons.affix })
    .from(persons)
    .where(and(eq(persons.bodyId, bodyId), keepIds.length ? or(isNull(persons.deletedAt), inArray(persons.id, [...keepIds])) : isNull(persons.deletedAt)))
    .orderBy(asc(persons.familyName), asc(persons.givenName), asc(persons.id));
  return rows.map((p) => ({ id: p.id, name: formatPersonName(p) }));
}

/** Names by id of the body's persons, deleted ones included. */
export async function personNames(db: Db, bodyId: number, ids: readonly number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: persons.id, title: persons.title, givenName: persons.givenName, familyName: persons.familyName, affix: persons.affix })
    .from(persons)
    .where(and(eq(persons.bodyId, bodyId), inArray(persons.id, unique)));
  return new Map(rows.map((r) => [r.id, formatPersonName(r)]));
}

/** The name of one of the body's live persons (a feed names whose papers it follows), else undefined. */
export async function findPersonName(db: Db, bodyId: number, personId: number): Promise<string | undefined> {
  const [person] = await db
    .select({ title: persons.title, givenName: persons.givenName, familyName: persons.familyName, affix: persons.affix })
    .from(persons)
    .where(and(eq(persons.bodyId, bodyId), eq(persons.id, personId), isNull(persons.deletedAt)));
  return person ? formatPersonName(person) : undefined;
}

/** Whether the person is one of the body's (a deleted one still is). */
export async function isPersonOfBody(db: Db, bodyId: number, personId: number): Promise<boolean> {
  const [person] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.bodyId, bodyId), eq(persons.id, personId)));
  return person !== undefined;
}
