/**
 * @module db/rows
 * Raw SQL for what Drizzle's builder does not express well (one-statement page queries, tests).
 * Both drivers answer `{ rows }`; the generic handle types that as unknown, so it is checked here.
 */
import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Db } from './client.ts';

const dialect = new PgDialect();
const statementNames = new Map<string, string>();

function rowsOf<T>(result: unknown): T[] {
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) return result.rows as T[];
  throw new Error('database driver returned no rows array');
}

/** A stable name per SQL text: PostgreSQL keeps one prepared statement per name and connection. */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `gremia_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    if (statementNames.size < 1_000) statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs a query and returns its rows. With `prepared`, a query on a PostgreSQL pool runs as a
 * named prepared statement, so a large query is planned once per connection instead of on
 * every call (planning the paper page costs more than executing it). Inside a transaction or
 * on PGlite it runs as usual.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL, options: { prepared?: boolean } = {}): Promise<T[]> {
  const client: unknown = '$client' in db ? db.$client : undefined;
  if (options.prepared && client instanceof pg.Pool) {
    const { sql: text, params } = dialect.sqlToQuery(query);
    return rowsOf<T>(await client.query({ name: statementName(text), text, values: params }));
  }
  return rowsOf<T>(await db.execute(query));
}
