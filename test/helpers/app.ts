/**
 * @module test/helpers/app
 * A Gremia app on a fresh database of one engine, with the test body and the imported
 * Beschlussvorlage, for HTTP tests through `app.inject()`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import type { LocalDiskStorage } from '../../src/infra/storage.ts';
import type { Mailer } from '../../src/infra/mailer.ts';
import { importPapersFromJson } from '../../src/modules/imports/index.ts';
import { buildApp } from '../../src/app/app.ts';
import { aktionsplanLines, beschlussvorlage, massnahmenLines } from '../fixtures/beschlussvorlage.ts';
import type { TestEngine } from './db.ts';
import { createTestBody, makePdf, tempDir, tempStorage, type TestBody } from './fixtures.ts';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  storage: LocalDiskStorage;
  fixture: TestBody;
  config: Config;
  /** Imports papers (one object or `{ papers: [...] }`); attachments are read from `dir`. */
  importPapers(doc: unknown): Promise<void>;
  dir: string;
  close(): Promise<void>;
}

/** `options.mailer` replaces the outgoing mail (default: .eml files under DATA_DIR/mail). */
export async function openTestApp(engine: TestEngine, env: Record<string, string> = {}, options: { mailer?: Mailer } = {}): Promise<TestApp> {
  const database = await engine.open();
  const storage = await tempStorage();
  const fixture = await createTestBody(database.db);
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, 'aktionsplan.pdf'), await makePdf(aktionsplanLines));
  await fs.writeFile(path.join(dir, 'massnahmen.pdf'), await makePdf(massnahmenLines));
  const config = loadConfig({ BASE_URL: 'http://gremia.test', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT: '1000', ...env });
  const importPapers = async (doc: unknown) => {
    const result = await importPapersFromJson(database.db, storage, fixture.bodyId, JSON.stringify(doc), dir);
    if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  };
  await importPapers(beschlussvorlage);
  const app = await buildApp({ database, storage, config, logger: false, ...(options.mailer ? { mailer: options.mailer } : {}) });
  return {
    app,
    database,
    storage,
    fixture,
    config,
    importPapers,
    dir,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
