/**
 * Attachments of an import: read only from inside the files root, and stored bytes never
 * outlive a rolled-back import.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestBody, makePdf, tempDir, type TestBody } from '../../../test/helpers/fixtures.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import type { Database } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { LocalDiskStorage } from '../../infra/storage.ts';
import { importPapersFromJson } from './papers.import-json.ts';

async function objectsUnder(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

for (const engine of testEngines()) {
  describe(`paper import attachments (${engine.name})`, () => {
    let database: Database;
    let fixture: TestBody;
    let base: string;
    let dir: string;
    let storageRoot: string;
    let storage: LocalDiskStorage;

    before(async () => {
      database = await engine.open();
      fixture = await createTestBody(database.db);
      base = await fs.realpath(await tempDir('gremia-import-files-'));
      dir = path.join(base, 'lieferung');
      await fs.mkdir(path.join(dir, 'anlagen'), { recursive: true });
      await fs.writeFile(path.join(dir, 'anlagen', 'plan.pdf'), await makePdf(['Plan']));
      await fs.writeFile(path.join(base, 'geheim.txt'), 'geheim');
      await fs.symlink(path.join(base, 'geheim.txt'), path.join(dir, 'anlagen', 'link.pdf'));
      storageRoot = path.join(base, 'speicher');
      storage = new LocalDiskStorage(storageRoot);
    });
    after(async () => {
      await database.close();
      await fs.rm(base, { recursive: true, force: true });
    });

    const paper = (reference: string, files: unknown[], extra: object = {}) => ({
      reference,
      type: 'Mitteilungsvorlage',
      name: `Vorlage ${reference}`,
      files,
      ...extra,
    });
    const run = (doc: unknown) => importPapersFromJson(database.db, storage, fixture.bodyId, JSON.stringify(doc, null, 2), dir);
    const count = async (table: string) =>
      Number((await queryRows(database.db, z.object({ n: z.number() }), sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n);

    it('refuses absolute paths, `..` out of the folder and links out, and writes nothing', async () => {
      const result = await run({
        papers: [
          paper('MV/1', [{ path: 'anlagen/plan.pdf' }]),
          paper('MV/2', [{ path: '/etc/passwd' }, { path: '../geheim.txt' }, { path: 'anlagen/link.pdf' }]),
        ],
      });
      assert.ok(!result.ok);
      assert.deepEqual(
        result.error.map((p) => [p.path, p.message]),
        [
          ['papers.1.files.0.path', 'Der Pfad /etc/passwd ist absolut; Anlagen werden nur relativ zum Ordner der Importdatei (oder zu --files-root) gelesen.'],
          [
            'papers.1.files.1.path',
            `Der Pfad ../geheim.txt liegt außerhalb von ${dir}; Anlagen werden nur relativ zum Ordner der Importdatei (oder zu --files-root) gelesen.`,
          ],
          [
            'papers.1.files.2.path',
            `Der Pfad anlagen/link.pdf führt über einen symbolischen Link nach ${base}/geheim.txt und liegt damit außerhalb von ${dir}; Anlagen werden nur relativ zum Ordner der Importdatei (oder zu --files-root) gelesen.`,
          ],
        ],
      );
      assert.equal(await count('papers'), 0);
      assert.equal(await count('files'), 0);
      assert.deepEqual(await objectsUnder(storageRoot), []);
    });

    it('leaves no stored bytes behind when the transaction rolls back after storing them', async () => {
      // the attachment is stored, then the relation to a missing paper fails the whole import
      const result = await run(paper('MV/3', [{ path: 'anlagen/plan.pdf' }], { related: ['MV/gibt-es-nicht'] }));
      assert.ok(!result.ok);
      assert.match(result.error[0]?.message ?? '', /Vorlage MV\/gibt-es-nicht nicht gefunden/);
      assert.equal(await count('files'), 0);
      assert.deepEqual(await objectsUnder(storageRoot), []);

      const ok = await run(paper('MV/3', [{ path: 'anlagen/plan.pdf' }]));
      assert.ok(ok.ok, JSON.stringify(ok));
      const keys = (await queryRows(database.db, z.object({ storage_key: z.string() }), sql`select storage_key from files`)).map((r) => r.storage_key);
      assert.deepEqual(await objectsUnder(storageRoot), keys);
    });
  });
}
