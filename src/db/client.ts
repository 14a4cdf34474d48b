/**
 * @module db/client
 * One Drizzle handle over either engine: embedded PGlite (a directory under DATA_DIR, or memory
 * for tests) or PostgreSQL through node-postgres. Both speak the same SQL, so the rest of the code
 * never asks which one it has.
 */
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';
import { DatabaseLockedError, lockDirectory } from './embedded-lock.ts';

export { DatabaseLockedError };

export type Schema = typeof schema;
/** A database handle or a transaction: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  /** Applies the SQL migrations in `src/db/migrations` (drizzle-kit output, extensions by hand). */
  migrate(): Promise<void>;
  /**
   * Calls `onChange` after every committed change to domain data, by any process (the triggers of
   * migration 0001). `onStatus(false)` means changes may be missed until `onStatus(true)`.
   */
  listenForChanges(listener: ChangeListener): Promise<() => Promise<void>>;
  /** Plain SQL text for libraries that bring their own (the job queue); several statements when no values. */
  rawQuery(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  close(): Promise<void>;
}

export interface ChangeListener {
  onChange(): void;
  onStatus(listening: boolean): void;
}

const CHANGE_CHANNEL = 'gremia_data_changed';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
const MIGRATION_LOCK_KEY = 727_100_001;

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dir: string }
  /** `from`: a dumped data directory to start from (tests start from a migrated template). */
  | { kind: 'pglite-memory'; from?: Blob };

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    // JIT compilation costs 100+ ms and starts on the planner's cost estimate; the nested
    // visibility subqueries estimate high while running in a millisecond (measured: the
    // members' area's new-files list 212 ms with JIT, 3 ms without)
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10, options: '-c jit=off' });
    // an idle connection that the server closes (restart, failover) must not end the process;
    // the pool replaces it on the next query
    pool.on('error', (err) => console.error(`PostgreSQL: Verbindung verloren (${err.message})`));
    // Surface a bad URL or an unreachable server at start, not at the first request.
    const client = await pool.connect();
    client.release();
    const db = drizzlePg(pool, { schema });
    return {
      db,
      engine: 'postgres',
      // Two instances starting together must not both migrate: hold a session advisory lock.
      migrate: async () => {
        const lockHolder = await pool.connect();
        try {
          await lockHolder.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
          await migratePg(db, { migrationsFolder });
        } finally {
          await lockHolder.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
          lockHolder.release();
        }
      },
      listenForChanges: (listener) => listenOnPostgres(target.url, listener),
      rawQuery: async (text, values) => {
        const result = await pool.query(text, values);
        // several statements answer with one result each; the library wants the last
        return Array.isArray(result) ? (result.at(-1) ?? { rows: [] }) : result;
      },
      close: () => pool.end(),
    };
  }
  if (target.kind === 'pglite-memory') {
    const options = target.from ? { ...pgliteOptions, loadDataDir: target.from } : pgliteOptions;
    return pgliteDatabase(await PGlite.create(options), async () => undefined);
  }
  await fs.mkdir(target.dir, { recursive: true });
  // PGlite takes no lock of its own; two processes on one directory would corrupt it.
  const release = await lockDirectory(target.dir);
  try {
    return pgliteDatabase(await PGlite.create(target.dir, pgliteOptions), release);
  } catch (err) {
    await release();
    throw err;
  }
}

/** The contrib extensions the migrations create (PostgreSQL has them in its contrib package). */
const pgliteOptions: PGliteOptions = { extensions: { pg_trgm } };

function pgliteDatabase(client: PGlite, afterClose: () => Promise<void>): Database {
  const db = drizzlePglite(client, { schema });
  return {
    db,
    engine: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    listenForChanges: (listener) => listenOnPglite(client, listener),
    rawQuery: async (text, values) => {
      if (values && values.length > 0) return client.query(text, values);
      const results = await client.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
    close: async () => {
      await client.close();
      await afterClose();
    },
  };
}

async function listenOnPglite(client: PGlite, listener: ChangeListener): Promise<() => Promise<void>> {
  const unlisten = await client.listen(CHANGE_CHANNEL, () => listener.onChange());
  listener.onStatus(true);
  return async () => {
    listener.onStatus(false);
    await unlisten();
  };
}

/** A dedicated connection (LISTEN does not work through a pool) that reconnects when it drops. */
async function listenOnPostgres(url: string, listener: ChangeListener): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  /** Resolves to the error when connecting failed; a retry is then scheduled. */
  const connect = async (): Promise<unknown> => {
    const next = new pg.Client({ connectionString: url });
    const lost = () => {
      if (client !== next) return;
      client = undefined;
      listener.onStatus(false);
      next.end().catch(() => undefined);
      if (!stopped) retry = setTimeout(() => void connect(), 1_000);
    };
    next.on('error', lost);
    next.on('end', lost);
    next.on('notification', () => listener.onChange());
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (err) {
      lost();
      return err;
    }
    // whatever happened while we were not listening is unknown: treat it as a change
    listener.onChange();
    listener.onStatus(true);
    return undefined;
  };

  const failure = await connect();
  if (failure) {
    stopped = true;
    if (retry) clearTimeout(retry);
    throw failure;
  }
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const current = client;
    client = undefined;
    listener.onStatus(false);
    await current?.end().catch(() => undefined);
  };
}

/**
 * A freshly migrated, empty embedded database as a data-directory dump: tests open their
 * databases from it instead of running initdb and every migration again for each file.
 */
export async function dumpMigratedPglite(): Promise<Blob> {
  const client = await PGlite.create(pgliteOptions);
  try {
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

/** The folder of the SQL migrations (their content names test templates). */
export { migrationsFolder };
