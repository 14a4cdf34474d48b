/**
 * @module search/saved
 * Saved searches of logged-in users: a name and the search's query string. The notifications
 * issue sends what is new for each since `notified_until`.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { savedSearches } from './search.tables.ts';

export type SavedSearch = typeof savedSearches.$inferSelect;

export const MAX_SAVED_SEARCHES = 50;

/** Saves the search once per user (saving it again changes nothing); refused when the user already has the maximum. */
export async function saveSearch(db: Db, userId: number, name: string, query: string): Promise<Result<void, 'limit-reached'>> {
  const existing = await listSavedSearches(db, userId);
  if (existing.some((s) => s.query === query)) return ok(undefined);
  if (existing.length >= MAX_SAVED_SEARCHES) return err('limit-reached');
  await db.insert(savedSearches).values({ userId, name, query }).onConflictDoNothing();
  return ok(undefined);
}

export function listSavedSearches(db: Db, userId: number): Promise<SavedSearch[]> {
  return db.select().from(savedSearches).where(eq(savedSearches.userId, userId)).orderBy(asc(savedSearches.name), asc(savedSearches.id));
}

export async function isSearchSaved(db: Db, userId: number, query: string): Promise<boolean> {
  const rows = await db
    .select({ id: savedSearches.id })
    .from(savedSearches)
    .where(and(eq(savedSearches.userId, userId), eq(savedSearches.query, query)));
  return rows.length > 0;
}

/** Only one's own; false for another user's or a missing one. */
export async function removeSavedSearch(db: Db, userId: number, id: number): Promise<boolean> {
  const rows = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .returning({ id: savedSearches.id });
  return rows.length > 0;
}
