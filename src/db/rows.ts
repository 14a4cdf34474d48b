/**
 * @module db/rows
 * Raw SQL for what Drizzle's builder does not express well (one-statement page queries, tests).
 * Both drivers answer `{ rows }`; the generic handle types that as unknown, so it is checked here.
 */
import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { z } from '../lib/validation.ts';
import type { Db } from './client.ts';

const dialect = new PgDialect();
const statementNames = new Map<string, string>();

function rowsOf(result: unknown): unknown[] {
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows)) return result.rows as unknown[];
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

async function runQuery(db: Db, query: SQL, prepared: boolean): Promise<unknown> {
  const client: unknown = '$client' in db ? db.$client : undefined;
  if (prepared && client instanceof pg.Pool) {
    const { sql: text, params } = dialect.sqlToQuery(query);
    return client.query({ name: statementName(text), text, values: params });
  }
  return db.execute(query);
}

export interface QueryOptions {
  /**
   * On a PostgreSQL pool, run as a named prepared statement, so a large query is planned once per
   * connection instead of on every call (planning the paper page costs more than executing it).
   * Inside a transaction or on PGlite it runs as usual.
   */
  prepared?: boolean;
}

/**
 * Runs a query and returns its rows, each parsed by `row`: a column that is missing, renamed or
 * of another type fails here with the column's name, not three calls later as `undefined`.
 */
export async function queryRows<S extends z.ZodType>(db: Db, row: S, query: SQL, options: QueryOptions = {}): Promise<z.output<S>[]> {
  const rows = rowsOf(await runQuery(db, query, options.prepared ?? false));
  const parsed = z.array(row).safeParse(rows);
  if (!parsed.success) throw new RowShapeError(parsed.error);
  return parsed.data;
}

/** The first row of a query, parsed, or `undefined` when there is none. */
export async function queryRow<S extends z.ZodType>(db: Db, row: S, query: SQL, options: QueryOptions = {}): Promise<z.output<S> | undefined> {
  const [first] = await queryRows(db, row, query, options);
  return first;
}

/** A row that does not have the shape its query promises: a programming error, never user input. */
export class RowShapeError extends Error {
  constructor(readonly issues: z.ZodError) {
    super(`row does not match its schema: ${issues.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    this.name = 'RowShapeError';
  }
}
