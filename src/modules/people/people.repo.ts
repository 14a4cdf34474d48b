/** @module people/repo — all SQL on persons and memberships. */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { persons } from './people.tables.ts';

export type Person = typeof persons.$inferSelect;

/** „Given Family“ as written on a paper, ignoring case and academic titles. */
export async function findPersonsByName(db: Db, bodyId: number, name: string): Promise<Person[]> {
  const wanted = name
    .replace(/\b(Dr|Prof|Dipl)\.(-\w+\.)?\s*/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
  return db
    .select()
    .from(persons)
    .where(and(eq(persons.bodyId, bodyId), isNull(persons.deletedAt), sql`lower(concat_ws(' ', ${persons.givenName}, ${persons.familyName})) = ${wanted}`))
    .orderBy(asc(persons.id));
}
