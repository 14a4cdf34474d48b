/**
 * @module test/helpers/db
 * Database tests run on every engine: always on in-memory PGlite, and on PostgreSQL when
 * TEST_DATABASE_URL names a server (an admin connection; each test file gets its own fresh
 * database there, dropped afterwards).
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { dumpMigratedPglite, migrationsFolder, openDatabase, type Database } from '../../src/db/client.ts';

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

/**
 * The migrations' fingerprint: templates built from other migrations are never used. Test files
 * run in separate processes, so the templates are shared through a file and a database named
 * after it; a changed migration simply makes new ones.
 */
const migrationsHash = (() => {
  const hash = createHash('sha256');
  // a dump is only readable by the PGlite that wrote it
  hash.update(fs.readFileSync(path.resolve(import.meta.dirname, '../../node_modules/@electric-sql/pglite/package.json')));
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(entry.name).update(fs.readFileSync(full));
    }
  };
  walk(migrationsFolder);
  return hash.digest('hex').slice(0, 16);
})();

let pgliteTemplate: Promise<Blob> | undefined;

/** A migrated empty PGlite data directory, built once per set of migrations and kept in the temp folder. */
function migratedPgliteTemplate(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const file = path.join(os.tmpdir(), `gremia-test-pglite-${migrationsHash}.tar`);
    if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
    const dump = await dumpMigratedPglite();
    // written aside and renamed, so a concurrent test file never reads half a template
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, file);
    return dump;
  })();
  return pgliteTemplate;
}

const pgliteEngine: TestEngine = {
  name: 'PGlite',
  async open() {
    const database = await openDatabase({ kind: 'pglite-memory', from: await migratedPgliteTemplate() });
    // a no-op on the template; it still proves the migrations table came along
    await database.migrate();
    return database;
  },
};

/** A migrated template database on the server, created once per set of migrations. */
async function postgresTemplate(adminUrl: string): Promise<string> {
  const name = `gremia_template_${migrationsHash}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // one test file builds it, the others wait on the lock and find it made
    await client.query('select pg_advisory_lock(727100002)');
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      const building = `${name}_building`;
      await client.query(`drop database if exists ${building} with (force)`);
      await client.query(`create database ${building}`);
      const database = await openDatabase({ kind: 'postgres', url: databaseUrlFor(adminUrl, building), poolSize: 2 });
      try {
        await database.migrate();
      } finally {
        await database.close();
      }
      await client.query(`alter database ${building} rename to ${name}`);
    }
  } finally {
    await client.query('select pg_advisory_unlock(727100002)').catch(() => undefined);
    await client.end();
  }
  return name;
}

function postgresEngine(adminUrl: string): TestEngine {
  return {
    name: 'PostgreSQL',
    async open() {
      const name = `gremia_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      const template = await postgresTemplate(adminUrl);
      await adminQuery(adminUrl, `create database ${name} template ${template}`);
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
