/**
 * @module test/helpers/db
 * Database tests run on every engine: always on in-memory PGlite, and on PostgreSQL when
 * TEST_DATABASE_URL names a server (an admin connection; each test file gets its own fresh
 * database there, dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/client.ts';

export interface TestEngine {
  name: 'PGlite' | 'PostgreSQL';
  /** A fresh, migrated, empty database. */
  open(): Promise<Database>;
}

function databaseUrlFor(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** One statement on an admin connection (create or drop a test database). */
export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const pgliteEngine: TestEngine = {
  name: 'PGlite',
  async open() {
    const database = await openDatabase({ kind: 'pglite-memory' });
    await database.migrate();
    return database;
  },
};

function postgresEngine(adminUrl: string): TestEngine {
  return {
    name: 'PostgreSQL',
    async open() {
      const name = `gremia_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      await adminQuery(adminUrl, `create database ${name}`);
      const database = await openDatabase({ kind: 'postgres', url: databaseUrlFor(adminUrl, name), poolSize: 4 });
      await database.migrate();
      return {
        ...database,
        async close() {
          await database.close();
          await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
        },
      };
    },
  };
}

/** The engines this run tests: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testEngines(): TestEngine[] {
  const adminUrl = process.env.TEST_DATABASE_URL;
  return adminUrl ? [pgliteEngine, postgresEngine(adminUrl)] : [pgliteEngine];
}
