/**
 * @module auth/linked-account
 * Which accounts are linked to a person (users.person_id). The link lives here, in auth; the
 * people module's back-office page shows it through a page slot, since people may not import auth.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from './auth.tables.ts';

export interface LinkedAccountRow {
  id: number;
  displayName: string;
  email: string;
}

/** The body's accounts linked to the person, oldest first (usually one). */
export async function linkedAccountOf(db: Db, bodyId: number, personId: number): Promise<LinkedAccountRow[]> {
  return db
    .select({ id: users.id, displayName: users.displayName, email: users.email })
    .from(users)
    .where(and(eq(users.bodyId, bodyId), eq(users.personId, personId)))
    .orderBy(asc(users.id));
}
