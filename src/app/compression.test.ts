/**
 * Compressed answers: pages, OParl JSON, iCal and Atom come gzip- or brotli-compressed to a
 * client that accepts it (also from the page cache, which keeps them uncompressed), unchanged to
 * one that does not; files (PDFs, ranges) are sent as stored.
 */
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../test/helpers/app.ts';
import { meetings } from '../modules/meetings/meetings.tables.ts';
import { testEngines } from '../../test/helpers/db.ts';

const decode = (encoding: string, bytes: Buffer): string =>
  (encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8');

for (const engine of testEngines()) {
  describe(`Komprimierte Antworten (${engine.name})`, () => {
    let t: TestApp;
    const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
    before(async () => {
      t = await openTestApp(engine);
      // a calendar long enough to be worth compressing
      await t.database.db.insert(meetings).values(
        Array.from({ length: 12 }, (_, i) => ({
          bodyId: t.fixture.bodyId,
          name: `${i + 1}. Sitzung des Kreistags`,
          start: new Date(Date.UTC(2026, i, 10, 16)),
          meetingState: 'geplant' as const,
        })),
      );
    });
    after(() => t.close());

    it('komprimiert Seiten, JSON, iCal und Atom mit gzip oder br, und der Inhalt bleibt derselbe', async () => {
      const compressed = new Set<string>();
      for (const url of ['/vorlagen', '/sitzungen', '/oparl/v1/system', `/oparl/v1/body/${t.fixture.bodyId}/paper`, '/sitzungen.ics', '/vorlagen.atom']) {
        const plain = await get(url);
        assert.equal(plain.statusCode, 200, url);
        assert.equal(plain.headers['content-encoding'], undefined, `${url}: nothing compressed without Accept-Encoding`);
        for (const [accept, expected] of [
          ['gzip', 'gzip'],
          ['br', 'br'],
          ['gzip, deflate, br', 'br'],
        ] as const) {
          const r = await get(url, { 'accept-encoding': accept });
          assert.equal(r.statusCode, 200, url);
          // short answers stay as they are (below the plugin's threshold)
          if (plain.rawPayload.byteLength < 1024) continue;
          assert.equal(r.headers['content-encoding'], expected, `${url} with ${accept}`);
          assert.match(String(r.headers.vary), /accept-encoding/i, url);
          assert.ok(r.rawPayload.byteLength < plain.rawPayload.byteLength, `${url}: smaller`);
          assert.equal(decode(expected, r.rawPayload), plain.body, `${url} with ${accept}: the same content`);
          assert.equal(r.headers['content-type'], plain.headers['content-type'], url);
          compressed.add(url.split('.')[1] ?? url.split('/')[1]!);
        }
        const identity = await get(url, { 'accept-encoding': 'identity' });
        assert.equal(identity.headers['content-encoding'], undefined, url);
      }
      // HTML, OParl JSON, iCal and Atom each at least once
      assert.deepEqual([...compressed].sort(), ['atom', 'ics', 'oparl', 'sitzungen', 'vorlagen']);
    });

    it('liefert aus dem Seitencache komprimiert, ohne die unkomprimierte Fassung zu verderben', async () => {
      const url = '/vorlagen?seite=1';
      const zipped = await get(url, { 'accept-encoding': 'gzip' });
      const cachedZipped = await get(url, { 'accept-encoding': 'gzip' });
      assert.equal(cachedZipped.headers['x-gremia-cache'], 'hit');
      assert.equal(cachedZipped.headers['content-encoding'], 'gzip');
      const cachedPlain = await get(url);
      assert.equal(cachedPlain.headers['x-gremia-cache'], 'hit');
      assert.equal(cachedPlain.headers['content-encoding'], undefined);
      assert.match(cachedPlain.body, /^<!doctype html>/);
      assert.equal(decode('gzip', zipped.rawPayload), cachedPlain.body);
      assert.equal(decode('gzip', cachedZipped.rawPayload), cachedPlain.body);
      const cachedBrotli = await get(url, { 'accept-encoding': 'br' });
      assert.equal(decode('br', cachedBrotli.rawPayload), cachedPlain.body);
    });

    it('sendet Dateien wie gespeichert: kein zweites Komprimieren, Bereiche unverändert', async () => {
      const list = JSON.parse((await get(`/oparl/v1/body/${t.fixture.bodyId}/file`)).body) as { data: { accessUrl: string; size: number }[] };
      const file = list.data[0];
      assert.ok(file);
      const path = new URL(file.accessUrl).pathname;
      const whole = await get(path, { 'accept-encoding': 'gzip, br' });
      assert.equal(whole.statusCode, 200);
      assert.equal(whole.headers['content-encoding'], undefined);
      assert.equal(whole.rawPayload.byteLength, file.size);
      const part = await get(path, { 'accept-encoding': 'gzip, br', range: 'bytes=0-99' });
      assert.equal(part.statusCode, 206);
      assert.equal(part.headers['content-encoding'], undefined);
      assert.equal(part.rawPayload.byteLength, 100);
    });
  });
}
