/**
 * @module test/helpers/demo
 * The demo Kreis on a fresh PGlite database behind the app, and the non-public strings that must
 * never reach an anonymous reader, for the tests that look at everything the public gets.
 */
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { queryRows } from '../../src/db/rows.ts';
import { z } from '../../src/lib/validation.ts';
import { bodies } from '../../src/modules/bodies/bodies.tables.ts';
import { DEMO_BODY_KEY, loadDemoData } from '../../src/modules/demo/index.ts';
import { refreshSearchIndex } from '../../src/modules/search/index.ts';
import { buildApp } from '../../src/app/app.ts';
import { testEngines } from './db.ts';
import { tempStorage } from './fixtures.ts';

export interface DemoApp {
  database: Database;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function openDemoApp(): Promise<DemoApp> {
  const [engine] = testEngines();
  assert.ok(engine);
  const database = await engine.open();
  const storage = await tempStorage();
  await loadDemoData(database.db, storage);
  const app = await buildApp({ database, storage, config: loadConfig({ LOG_LEVEL: 'silent' }), logger: false });
  return {
    database,
    app,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** The demo app with the demo body's id and its search index built: what the search tests start from. */
export type DemoSearch = DemoApp & { bodyId: number };

export async function openDemoSearch(): Promise<DemoSearch> {
  const demo = await openDemoApp();
  const [body] = await demo.database.db.select({ id: bodies.id }).from(bodies).where(eq(bodies.key, DEMO_BODY_KEY));
  assert.ok(body, 'Demo-Körperschaft fehlt');
  await refreshSearchIndex(demo.database.db);
  return { ...demo, bodyId: body.id };
}

export interface Secret {
  kind: string;
  text: string;
  /** Whole words only: „VO/2026/3“ must not match inside „VO/2026/34“. */
  pattern: RegExp;
}

/**
 * Non-public titles, references, agenda items and resolutions (and, with `files`, file names)
 * that no public object shares: any of them in an anonymous answer is a leak.
 */
export async function nonPublicSecrets(database: Database, options: { files: boolean }): Promise<Secret[]> {
  const fileNames = options.files
    ? sql`union select 'file', name from files f where not public
            and not exists (select 1 from files g where g.public and g.name = f.name)`
    : sql``;
  const rows = await queryRows(
    database.db,
    z.object({ kind: z.string(), text: z.string() }),
    sql`select 'paper title' as kind, name as text from papers p where not public
          and not exists (select 1 from papers q where q.public and q.name = p.name)
          and not exists (select 1 from agenda_items a where a.public and a.name = p.name)
        union select 'paper reference', reference from papers where not public
        union select 'agenda item', name from agenda_items a where not public
          and not exists (select 1 from agenda_items b where b.public and b.name = a.name)
          and not exists (select 1 from papers q where q.public and q.name = a.name)
        union select 'resolution', resolution_text from agenda_items a where not public and resolution_text is not null
          and not exists (select 1 from agenda_items b where b.public and b.resolution_text = a.resolution_text)
        ${fileNames}`,
  );
  const escapeRegExp = (t: string) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return rows
    .filter((r) => r.text.length >= 8)
    .map((r) => ({ ...r, pattern: new RegExp(`(?<![\\p{L}\\p{N}/])${escapeRegExp(r.text)}(?![\\p{L}\\p{N}/])`, 'u') }));
}
