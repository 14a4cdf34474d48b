/** @module bodies/repo — all SQL on bodies and legislative terms. */
import { asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { bodies } from './bodies.tables.ts';

export type Body = typeof bodies.$inferSelect;
export type NewBody = typeof bodies.$inferInsert;

export async function listBodies(db: Db): Promise<Body[]> {
  return db.select().from(bodies).where(isNull(bodies.deletedAt)).orderBy(asc(bodies.id));
}

export async function findBodyByKey(db: Db, key: string): Promise<Body | undefined> {
  const [row] = await db.select().from(bodies).where(eq(bodies.key, key));
  return row && !row.deletedAt ? row : undefined;
}

export async function createBody(db: Db, input: NewBody): Promise<Body> {
  const [row] = await db.insert(bodies).values(input).returning();
  if (!row) throw new Error('insert into bodies returned no row');
  return row;
}
