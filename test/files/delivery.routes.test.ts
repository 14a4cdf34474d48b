/**
 * `/dateien/<id>`: a current copy gets 304 (ETag from the content hash, Last-Modified), byte
 * ranges get 206 or 416, and a deleted file answers 410 only when the public could see it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createFile, type FileRow } from '../../src/modules/files/files.repo.ts';
import { files } from '../../src/modules/files/files.tables.ts';
import { Browser } from '../helpers/accounts.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { makePdf } from '../helpers/fixtures.ts';
import { accounts, addNonPublicFixture, type NonPublicFixture } from '../helpers/nonpublic-fixture.ts';
import { withoutWayBack } from '../helpers/not-found.ts';

for (const engine of testEngines()) {
  describe(`Dateien: 304, Bereiche und 410 (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    let pdf: Uint8Array;
    let file: FileRow;
    let url: string;
    const get = (path: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: path, headers });

    before(async () => {
      t = await openTestApp(engine, { PAGE_CACHE: '0' });
      f = await addNonPublicFixture(t);
      pdf = await makePdf(['Haushaltsplan 2026', 'Teilplan Soziales']);
      file = await createFile(t.database.db, t.storage, {
        bodyId: t.fixture.bodyId,
        name: 'Haushaltsplan',
        fileName: 'haushalt.pdf',
        mimeType: 'application/pdf',
        bytes: pdf,
      });
      url = `/dateien/${file.id}/haushalt.pdf`;
    });
    after(() => t.close());

    test('eine aktuelle Kopie bekommt 304, nach ETag oder Datum; eine veraltete die Datei', async () => {
      const first = await get(url);
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers.etag, `"${file.sha256}"`);
      assert.equal(first.headers['accept-ranges'], 'bytes');
      const lastModified = String(first.headers['last-modified']);
      assert.equal(new Date(lastModified).toUTCString(), lastModified);

      const byTag = await get(url, { 'if-none-match': `"${file.sha256}"` });
      assert.equal(byTag.statusCode, 304);
      assert.equal(byTag.rawPayload.byteLength, 0);
      assert.equal(byTag.headers.etag, `"${file.sha256}"`);
      assert.equal((await get(url, { 'if-none-match': `"anders", W/"${file.sha256}"` })).statusCode, 304, 'a list, weak match');
      assert.equal((await get(url, { 'if-none-match': '"anders"' })).statusCode, 200);

      assert.equal((await get(url, { 'if-modified-since': lastModified })).statusCode, 304);
      const earlier = new Date(Date.parse(lastModified) - 60_000).toUTCString();
      assert.equal((await get(url, { 'if-modified-since': earlier })).statusCode, 200);
      assert.equal((await get(url, { 'if-modified-since': 'gestern' })).statusCode, 200, 'an unreadable date is ignored');
      // If-None-Match decides when both are sent
      assert.equal((await get(url, { 'if-none-match': '"anders"', 'if-modified-since': lastModified })).statusCode, 200);
    });

    test('ein Bereich bekommt 206 mit genau diesen Bytes, einer außerhalb 416', async () => {
      const size = pdf.byteLength;
      const part = async (range: string, start: number, end: number) => {
        const r = await get(url, { range });
        assert.equal(r.statusCode, 206, range);
        assert.equal(r.headers['content-range'], `bytes ${start}-${end}/${size}`, range);
        assert.equal(Number(r.headers['content-length']), end - start + 1, range);
        assert.deepEqual(new Uint8Array(r.rawPayload), pdf.subarray(start, end + 1), range);
      };
      await part('bytes=0-9', 0, 9);
      await part('bytes=100-', 100, size - 1);
      await part('bytes=-20', size - 20, size - 1);
      await part(`bytes=10-${size + 500}`, 10, size - 1);
      await part('bytes=0-4, 3-9', 0, 9);

      const outside = await get(url, { range: `bytes=${size}-` });
      assert.equal(outside.statusCode, 416);
      assert.equal(outside.headers['content-range'], `bytes */${size}`);

      const whole = async (headers: Record<string, string>, why: string) => {
        const r = await get(url, headers);
        assert.equal(r.statusCode, 200, why);
        assert.equal(r.rawPayload.byteLength, size, why);
      };
      await whole({ range: 'bytes=abc' }, 'a syntax error is ignored');
      await whole({ range: 'bytes=9-3' }, 'end before start');
      await whole({ range: 'zeilen=1-2' }, 'an unknown unit');
      await whole({ range: 'bytes=0-1, 50-60' }, 'disjoint ranges: the whole file');
      await whole({ range: 'bytes=0-', 'if-range': `"${file.sha256}"` }, 'the whole file asked as a range');
      await whole({ range: 'bytes=0-9', 'if-range': '"alte-fassung"' }, 'If-Range of another version');
      const held = await get(url, { range: 'bytes=0-9', 'if-range': `"${file.sha256}"` });
      assert.equal(held.statusCode, 206);
    });

    test('eine gelöschte öffentliche Datei antwortet 410, eine gelöschte nichtöffentliche 404', async () => {
      const deleted = await createFile(t.database.db, t.storage, {
        bodyId: t.fixture.bodyId,
        name: 'Alte Fassung',
        fileName: 'alt.pdf',
        mimeType: 'application/pdf',
        bytes: await makePdf(['Alte Fassung']),
      });
      const secret = await createFile(t.database.db, t.storage, {
        bodyId: t.fixture.bodyId,
        name: 'Vertrauliche Fassung',
        fileName: 'vertraulich.pdf',
        mimeType: 'application/pdf',
        bytes: await makePdf(['Vertraulich']),
        public: false,
      });
      assert.equal((await get(`/dateien/${deleted.id}/alt.pdf`)).statusCode, 200);
      await t.database.db.update(files).set({ deletedAt: sql`now()` }).where(sql`${files.id} in (${deleted.id}, ${secret.id}, ${f.files.paperAttachment})`);

      const gone = await get(`/dateien/${deleted.id}/alt.pdf`);
      assert.equal(gone.statusCode, 410);
      assert.match(gone.body, /gelöscht/);
      // never public: the same 404 as for an id that never existed
      const neverExisted = await get('/dateien/99999999/x.pdf');
      assert.equal(neverExisted.statusCode, 404);
      for (const id of [secret.id, f.files.paperAttachment]) {
        const r = await get(`/dateien/${id}/x.pdf`);
        assert.equal(r.statusCode, 404, `file ${id}`);
        assert.equal(
          withoutWayBack(r.body, `/dateien/${id}/x.pdf`),
          withoutWayBack(neverExisted.body, '/dateien/99999999/x.pdf'),
          `file ${id}: not a word more than for a missing one`,
        );
      }
      const member = new Browser(t.app);
      await member.login(accounts.entitled);
      assert.equal((await member.get(`/dateien/${f.files.paperAttachment}/x.pdf`)).statusCode, 404);
      assert.equal((await member.get(`/dateien/${deleted.id}/alt.pdf`)).statusCode, 410);
      const [row] = await t.database.db.select({ deletedAt: files.deletedAt }).from(files).where(eq(files.id, deleted.id));
      assert.ok(row?.deletedAt);
    });
  });
}
