/**
 * @module db/rows
 * Raw SQL for the few places Drizzle's builder does not reach (tests, maintenance). Both drivers
 * answer `{ rows }`; the generic handle types that as unknown, so it is checked here once.
 */
import type { SQL } from 'drizzle-orm';
import type { Db } from './client.ts';

export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) return result.rows as T[];
  throw new Error('database driver returned no rows array');
}
