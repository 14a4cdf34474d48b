/**
 * The upload service: `POST /verwaltung/hochladen` stores a document as a non-public file with
 * its text queued, answers JSON, and refuses renamed programs, oversized files and forms without
 * CSRF token with German reasons and without storing anything; only the uploader claims an
 * upload, and what nobody claims is swept with its bytes after a day.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { queryRow } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { Browser } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { makePdf } from '../../../test/helpers/fixtures.ts';
import { addStaffAccounts, staffAccounts, type StaffAccountKind } from '../../../test/helpers/staff-accounts.ts';
import { DOCX, elfProgram, makeDocx, storedObjects, windowsProgram, type Part } from '../../../test/helpers/uploads.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { files, uploads } from './files.tables.ts';
import { extractOne } from './text-jobs.ts';
import { claimUpload, startUploadSweeps, storeUpload, sweepUnclaimedUploads } from './uploads.ts';

const URL = '/verwaltung/hochladen';
const MB = 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

for (const engine of testEngines()) {
  describe(`upload service (${engine.name})`, () => {
    let t: TestApp;
    let ids: Record<StaffAccountKind, number>;
    const browsers = new Map<StaffAccountKind, Browser>();
    before(async () => {
      t = await openTestApp(engine);
      ids = await addStaffAccounts(t);
    });
    after(() => t.close());

    /** Logged in, with a CSRF token from a page. */
    const as = async (kind: StaffAccountKind) => {
      const known = browsers.get(kind);
      if (known) return known;
      const b = new Browser(t.app);
      await b.login(staffAccounts[kind]);
      await b.get('/');
      browsers.set(kind, b);
      return b;
    };
    const counts = async () => {
      const row = await queryRow(
        t.database.db,
        z.object({ files: z.number(), uploads: z.number() }),
        sql`select (select count(*)::int from files) as files, (select count(*)::int from uploads) as uploads`,
      );
      assert.ok(row);
      return { files: row.files, uploads: row.uploads, objects: await storedObjects(t.storage) };
    };
    const datei = (fileName: string, bytes: Uint8Array, contentType = 'application/pdf'): Part => ({ name: 'datei', fileName, bytes, contentType });
    const fileRow = async (id: number) => {
      const [row] = await t.database.db.select().from(files).where(eq(files.id, id));
      assert.ok(row, `file ${id}`);
      return row;
    };

    it('stores a PDF as a non-public file, answers JSON and queues its text', async () => {
      const clerk = await as('clerk');
      const pdf = await makePdf(['Sachstandsbericht Breitbandausbau 2026']);
      const r = await clerk.postMultipart(URL, [{ name: 'name', value: 'Sachstand Breitband' }, datei('sachstand.pdf', pdf, 'application/octet-stream')]);
      assert.equal(r.statusCode, 201, r.body);
      assert.match(String(r.headers['content-type']), /^application\/json/);
      const answer = r.json() as { id: number; name: string; size: number; mimeType: string };
      assert.deepEqual(answer, { id: answer.id, name: 'Sachstand Breitband', size: pdf.byteLength, mimeType: 'application/pdf' });
      const row = await fileRow(answer.id);
      assert.equal(row.public, false);
      assert.equal(row.fileName, 'sachstand.pdf');
      assert.equal(row.textState, 'pending', 'the text jobs pick up every pending file');
      const [upload] = await t.database.db.select().from(uploads).where(eq(uploads.fileId, answer.id));
      assert.equal(upload?.userId, ids.clerk);
      assert.equal(upload?.claimed, null);
      const [logged] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.event, 'upload.stored'));
      assert.equal(logged?.detail.file, answer.id);

      await extractOne(t.database.db, t.storage, answer.id, { ocr: null }, true);
      const read = await fileRow(answer.id);
      assert.equal(read.textState, 'done');
      assert.match(read.text ?? '', /Breitbandausbau 2026/);
      // nobody's attachment yet: the public does not get it
      assert.equal((await t.app.inject(`/dateien/${answer.id}`)).statusCode, 404);
    });

    it('takes a Word document, recognised and read by its content', async () => {
      const docx = await makeDocx(['Beschlussvorschlag: Der Ausschuss stimmt der Radwegeplanung zu.']);
      const r = await (await as('sessionService')).postMultipart(URL, [datei('Vorschlag.docx', docx, 'application/zip')]);
      assert.equal(r.statusCode, 201, r.body);
      const answer = r.json() as { id: number; name: string; mimeType: string };
      assert.equal(answer.mimeType, DOCX);
      assert.equal(answer.name, 'Vorschlag', 'without a title, the file name');
      await extractOne(t.database.db, t.storage, answer.id, { ocr: null }, true);
      const read = await fileRow(answer.id);
      assert.equal(read.textMethod, 'docx');
      assert.match(read.text ?? '', /Radwegeplanung/);
    });

    it('refuses a program named bericht.pdf (415) and stores nothing', async () => {
      const clerk = await as('clerk');
      const before = await counts();
      for (const program of [elfProgram, windowsProgram]) {
        const r = await clerk.postMultipart(URL, [datei('bericht.pdf', program)]);
        assert.equal(r.statusCode, 415);
        assert.match((r.json() as { error: string }).error, /^Die Datei „bericht\.pdf“ ist ein ausführbares Programm/);
      }
      assert.deepEqual(await counts(), before);
    });

    it('refuses a file beyond 50 MB (413), naming the limit, and stores nothing', async () => {
      const clerk = await as('clerk');
      const before = await counts();
      const big = Buffer.concat([await makePdf(['x']), Buffer.alloc(50 * MB)]);
      const r = await clerk.postMultipart(URL, [datei('haushalt.pdf', big)]);
      assert.equal(r.statusCode, 413);
      assert.match((r.json() as { error: string }).error, /^Die Datei „haushalt\.pdf“ ist zu groß\. Ein Dokument darf höchstens 50 MB \(PDF\)/);
      assert.deepEqual(await counts(), before);
    });

    it('refuses a form without a file, and one without CSRF token (403) before reading it', async () => {
      const clerk = await as('clerk');
      const none = await clerk.postMultipart(URL, [{ name: 'name', value: 'ohne Datei' }]);
      assert.equal(none.statusCode, 400);
      assert.equal((none.json() as { error: string }).error, 'Bitte wählen Sie eine Datei aus (Feld „datei“).');
      const before = await counts();
      const pdf = await makePdf(['x']);
      const noToken = await clerk.postMultipart(URL, [datei('a.pdf', pdf)], { csrf: false });
      assert.equal(noToken.statusCode, 403);
      assert.match((noToken.json() as { error: string }).error, /Das Formular ist abgelaufen/);
      const wrong = await clerk.postMultipart(URL, [datei('a.pdf', pdf)], { csrf: 'gefälscht' });
      assert.equal(wrong.statusCode, 403);
      // the token after the file: the check does not read past a file
      const late = await clerk.postMultipart(URL, [datei('a.pdf', pdf), { name: '_csrf', value: 'x' }], { csrf: false });
      assert.equal(late.statusCode, 403);
      assert.deepEqual(await counts(), before);
      // a script sends it as a header
      const script = await clerk.postMultipart(URL, [datei('a.pdf', pdf)], { csrfHeader: true });
      assert.equal(script.statusCode, 201, script.body);
    });

    it('answers 404 to the public and councillors, and serves all staff', async () => {
      const pdf = await makePdf(['x']);
      const anonymous = await new Browser(t.app).postMultipart(URL, [datei('a.pdf', pdf)], { csrf: false });
      assert.equal(anonymous.statusCode, 404);
      const councillor = await as('councillor');
      assert.equal((await councillor.postMultipart(URL, [datei('a.pdf', pdf)])).statusCode, 404);
      for (const kind of ['clerk', 'sessionService', 'admin'] as const)
        assert.equal((await (await as(kind)).postMultipart(URL, [datei('a.pdf', pdf)])).statusCode, 201, kind);
    });

    it('lets only the uploader claim an upload, once', async () => {
      const db = t.database.db;
      const bodyId = t.fixture.bodyId;
      const file = await storeUpload(db, t.storage, {
        bodyId,
        userId: ids.clerk,
        name: 'Anlage',
        fileName: 'anlage.pdf',
        mimeType: 'application/pdf',
        bytes: await makePdf(['x']),
      });
      assert.equal(await claimUpload(db, { bodyId, userId: ids.admin, fileId: file.id }), undefined, 'someone else’s upload');
      assert.equal(await claimUpload(db, { bodyId: bodyId + 1000, userId: ids.clerk, fileId: file.id }), undefined, 'another body');
      assert.equal((await claimUpload(db, { bodyId, userId: ids.clerk, fileId: file.id }))?.id, file.id);
      assert.equal(await claimUpload(db, { bodyId, userId: ids.clerk, fileId: file.id }), undefined, 'claimed already');
    });

    it('sweeps unclaimed uploads older than a day with their bytes, and keeps claimed and recent ones', async () => {
      const db = t.database.db;
      const bodyId = t.fixture.bodyId;
      // earlier tests' uploads out of the way
      await sweepUnclaimedUploads(db, t.storage, new Date(Date.now() + DAY_MS));
      const upload = async (name: string) =>
        storeUpload(db, t.storage, { bodyId, userId: ids.clerk, name, fileName: `${name}.pdf`, mimeType: 'application/pdf', bytes: await makePdf([name]) });
      const abandoned = await upload('verwaist');
      const claimed = await upload('uebernommen');
      const recent = await upload('frisch');
      const shared = await upload('geteilt');
      await claimUpload(db, { bodyId, userId: ids.clerk, fileId: claimed.id });
      // a second row on the same bytes (as an import may write): the bytes stay for it
      await db.insert(files).values({ ...shared, id: undefined, name: 'Kopie' } as typeof files.$inferInsert);
      await db.execute(sql`update uploads set created = now() - interval '25 hours' where file_id <> ${recent.id}`);
      const before = await counts();
      const sweeps = await startUploadSweeps(db, t.storage, { everyMs: 60 * 60 * 1000 });
      sweeps.stop();
      const after = await counts();
      assert.equal(after.files, before.files - 2, 'the abandoned and the shared upload');
      assert.equal(after.objects, before.objects - 1, 'only the bytes nobody else uses');
      assert.equal(await t.storage.get(abandoned.storageKey), null);
      assert.ok(await t.storage.get(shared.storageKey));
      for (const kept of [claimed, recent]) assert.ok(await t.storage.get(kept.storageKey), kept.name);
      const left = await db.select({ id: files.id }).from(files).where(sql`${files.id} in (${abandoned.id}, ${claimed.id}, ${recent.id}, ${shared.id})`);
      assert.deepEqual(left.map((r) => r.id).sort(), [claimed.id, recent.id].sort());
      assert.equal(await sweeps.sweep(), 0, 'nothing left to sweep');
    });
  });
}
