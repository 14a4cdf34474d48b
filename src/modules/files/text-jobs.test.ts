import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { makePdf, tempStorage } from '../../../test/helpers/fixtures.ts';
import { createBody } from '../bodies/index.ts';
import { createFile, type FileRow } from './files.repo.ts';
import { files } from './files.tables.ts';
import type { FileStorage } from '../../infra/storage.ts';
import { extractOne, retryFailedTexts, startTextJobs, textStateSummary, type TextJobs } from './text-jobs.ts';

async function settled(database: Database, id: number, timeoutMs = 30_000): Promise<FileRow> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await database.db.select().from(files).where(eq(files.id, id));
    assert.ok(row);
    if (row.textState !== 'pending') return row;
    if (Date.now() > until) assert.fail(`Datei ${id} ist nach ${timeoutMs} ms noch „pending“ (Versuche: ${row.textAttempts})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

for (const engine of testEngines()) {
  describe(`Texterkennung als Hintergrundauftrag (${engine.name})`, () => {
    let database: Database;
    let storage: FileStorage;
    let bodyId: number;
    let jobs: TextJobs;

    before(async () => {
      database = await engine.open();
      storage = await tempStorage();
      bodyId = (await createBody(database.db, { key: 'kreis-jobs', name: 'Kreis Auftragshausen' })).id;
      jobs = await startTextJobs(database, storage, { retryLimit: 1, retryDelaySeconds: 1, sweepSeconds: 1, ocr: null });
    });
    after(async () => {
      await jobs.stop();
      await database.close();
    });

    test('eine neue PDF-Datei ohne Text wird im Hintergrund gelesen, mit Seitenzahl', async () => {
      const pdf = await makePdf(['Haushaltssatzung Seite eins']);
      const file = await createFile(database.db, storage, { bodyId, name: 'Satzung', fileName: 'satzung.pdf', mimeType: 'application/pdf', bytes: pdf });
      assert.equal(file.textState, 'pending');
      const done = await settled(database, file.id);
      assert.equal(done.textState, 'done');
      assert.equal(done.textMethod, 'pdf');
      assert.equal(done.textPages, 1);
      assert.match(done.text ?? '', /Haushaltssatzung/);
      assert.equal(done.textAttempts, 1);
    });

    test('eine unlesbare Datei scheitert sofort und dauerhaft, mit Grund für die Verwaltung', async () => {
      const broken = new TextEncoder().encode('%PDF-1.7\nkaputt und ohne Inhalt');
      const file = await createFile(database.db, storage, { bodyId, name: 'Kaputt', fileName: 'kaputt.pdf', mimeType: 'application/pdf', bytes: broken });
      const failed = await settled(database, file.id);
      assert.equal(failed.textState, 'failed');
      assert.equal(failed.textAttempts, 1, 'a permanent error is not retried');
      assert.ok(failed.textError && failed.textError.length > 5);
      const summary = await textStateSummary(database.db, bodyId);
      assert.ok(summary.counts.failed >= 1);
      assert.ok(summary.problems.some((p) => p.id === file.id && p.error === failed.textError));
    });

    test('ein vorübergehender Fehler wird wiederholt und nach dem letzten Versuch als gescheitert gemeldet', async () => {
      const file = await createFile(database.db, storage, {
        bodyId,
        name: 'Verschwunden',
        fileName: 'weg.pdf',
        mimeType: 'application/pdf',
        bytes: await makePdf(['weg']),
      });
      // the bytes vanish from storage: a transient error (the disk may come back)
      await database.db.update(files).set({ storageKey: '00/00/00000000-0000-4000-8000-000000000000' }).where(eq(files.id, file.id));
      const failed = await settled(database, file.id);
      assert.equal(failed.textState, 'failed');
      assert.equal(failed.textAttempts, 2, 'first attempt plus one retry');
      assert.match(failed.textError ?? '', /Dateispeicher/);

      // „Erneut versuchen“ with the bytes back in place
      await database.db.update(files).set({ storageKey: file.storageKey }).where(eq(files.id, file.id));
      assert.equal(await retryFailedTexts(database.db, bodyId, file.id), 1);
      await jobs.sweep();
      const done = await settled(database, file.id);
      assert.equal(done.textState, 'done');
      assert.match(done.text ?? '', /weg/);
    });

    test('in einem Stapel wird nur die gescheiterte Datei wiederholt, die anderen sind beim ersten Mal fertig', async () => {
      const make = async (n: number) =>
        createFile(database.db, storage, {
          bodyId,
          name: `Stapel ${n}`,
          fileName: `stapel-${n}.pdf`,
          mimeType: 'application/pdf',
          bytes: await makePdf([`Stapelteil ${n}`]),
        });
      const good = [await make(1), await make(2), await make(3)];
      const vanished = await make(4);
      await database.db.update(files).set({ storageKey: '00/00/00000000-0000-4000-8000-000000000001' }).where(eq(files.id, vanished.id));
      await jobs.sweep();
      for (const file of good) {
        const row = await settled(database, file.id);
        assert.equal(row.textState, 'done');
        assert.equal(row.textAttempts, 1, `file ${file.id} was extracted ${row.textAttempts} times`);
      }
      const failed = await settled(database, vanished.id);
      assert.equal(failed.textState, 'failed');
      assert.equal(failed.textAttempts, 2, 'its own retry, not the batch’s');
    });

    test('ein doppelt eingereihter erster Versuch zählt nicht, solange die Datei auf ihre Wiederholung wartet', async () => {
      const file = await createFile(database.db, storage, {
        bodyId,
        name: 'Doppelt',
        fileName: 'doppelt.pdf',
        mimeType: 'application/pdf',
        bytes: await makePdf(['doppelt']),
      });
      // as if the first job failed and waits for its retry; settle the background job first
      await settled(database, file.id);
      await database.db
        .update(files)
        .set({ textState: 'pending', textError: 'Die Datei fehlt im Dateispeicher.', textAttempts: 1 })
        .where(eq(files.id, file.id));
      await extractOne(database.db, storage, file.id, { ocr: null }, false, true);
      const [untouched] = await database.db.select().from(files).where(eq(files.id, file.id));
      assert.equal(untouched?.textAttempts, 1, 'the duplicate did not count an attempt');
      assert.equal(untouched?.textState, 'pending');
      // the retry itself runs
      await extractOne(database.db, storage, file.id, { ocr: null }, false, false);
      const [done] = await database.db.select().from(files).where(eq(files.id, file.id));
      assert.equal(done?.textState, 'done');
      assert.equal(done?.textAttempts, 2);
    });

    test('Dateien ohne Textinhalt (Bilder) gelten als erledigt, nicht als Fehler', async () => {
      const file = await createFile(database.db, storage, {
        bodyId,
        name: 'Foto',
        fileName: 'foto.png',
        mimeType: 'image/png',
        bytes: new Uint8Array([137, 80, 78, 71]),
      });
      const row = await settled(database, file.id);
      assert.equal(row.textState, 'none');
      assert.equal(row.textError, null);
    });

    if (engine.name === 'PostgreSQL') {
      test('zwei Instanzen lesen jede Datei genau einmal', async () => {
        const second = await startTextJobs(database, storage, { retryLimit: 1, retryDelaySeconds: 1, sweepSeconds: 1, ocr: null });
        try {
          const created = await Promise.all(
            [1, 2, 3, 4, 5, 6].map(async (n) =>
              createFile(database.db, storage, {
                bodyId,
                name: `Teil ${n}`,
                fileName: `teil-${n}.pdf`,
                mimeType: 'application/pdf',
                bytes: await makePdf([`Abschnitt ${n}`]),
              }),
            ),
          );
          await Promise.all([jobs.sweep(), second.sweep()]);
          for (const file of created) {
            const row = await settled(database, file.id);
            assert.equal(row.textState, 'done');
            assert.equal(row.textAttempts, 1, `file ${file.id} was extracted ${row.textAttempts} times`);
          }
        } finally {
          await second.stop();
        }
      });
    }
  });
}
