/**
 * The OParl API as HTTP (https://oparl.org/spezifikation/online-ansicht/): JSON in UTF-8 (2.4),
 * CORS (2.6), file access and download (2.7), error objects with 404 and 400 (2.9), the entry
 * point with its contact and software fields (2.10, System.json), ETag and 304, `omit_internal`
 * (2.5), and the human-readable page `/oparl`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { bodies } from '../../src/modules/bodies/bodies.tables.ts';
import { papers } from '../../src/modules/papers/papers.tables.ts';
import { addNonPublicFixture, type NonPublicFixture } from '../helpers/nonpublic-fixture.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { getJson, getList, pathOf, type JsonObject } from './oparl-client.ts';

const BASE = 'http://gremia.test';
const ERROR_TYPE = 'https://schema.oparl.org/1.1/Error';

for (const engine of testEngines()) {
  describe(`OParl API over HTTP (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    let publicPaperId: number;
    before(async () => {
      t = await openTestApp(engine, { PAGE_CACHE: '0' });
      f = await addNonPublicFixture(t);
      await t.database.db
        .update(bodies)
        .set({ contactEmail: 'kreistag@kreis-test.example', contactName: 'Kreistagsbüro', license: 'https://creativecommons.org/licenses/by/4.0/' })
        .where(eq(bodies.id, t.fixture.bodyId));
      const [paper] = await t.database.db.select({ id: papers.id }).from(papers).where(eq(papers.reference, 'VO/2025/246'));
      assert.ok(paper);
      publicPaperId = paper.id;
    });
    after(() => t.close());

    it('answers JSON in UTF-8 without BOM and with CORS for every answer, errors included (2.4, 2.6)', async () => {
      for (const [url, status] of [
        ['/oparl/v1/system', 200],
        [`/oparl/v1/body/${t.fixture.bodyId}/paper`, 200],
        [`/oparl/v1/paper/${publicPaperId}`, 200],
        ['/oparl/v1/paper/999999', 404],
        ['/oparl/v1/gibt-es-nicht', 404],
        [`/oparl/v1/body/${t.fixture.bodyId}/paper?limit=x`, 400],
      ] as const) {
        const r = await t.app.inject({ method: 'GET', url });
        assert.equal(r.statusCode, status, url);
        assert.equal(r.headers['content-type'], 'application/json; charset=utf-8', url);
        assert.equal(r.headers['access-control-allow-origin'], '*', url);
        const methods = r.headers['access-control-allow-methods'];
        assert.ok(methods === undefined || String(methods).includes('GET'), url);
        assert.notEqual(r.rawPayload[0], 0xef, `${url}: no BOM`);
        JSON.parse(r.body);
      }
    });

    it('starts at a System object with the 1.1 version, contact, website, vendor and product (2.10, System.json)', async () => {
      const { body: system } = await getJson(t.app, '/oparl/v1/system');
      assert.equal(system.id, `${BASE}/oparl/v1/system`);
      assert.equal(system.type, 'https://schema.oparl.org/1.1/System');
      assert.equal(system.oparlVersion, 'https://schema.oparl.org/1.1/');
      assert.equal(system.contactEmail, 'kreistag@kreis-test.example');
      assert.equal(system.contactName, 'Kreistagsbüro');
      assert.equal(system.website, `${BASE}/`);
      assert.equal(system.license, 'https://creativecommons.org/licenses/by/4.0/');
      for (const field of ['vendor', 'product'] as const) {
        const page = await t.app.inject({ method: 'GET', url: pathOf(String(system[field]).replace(/#.*$/, ''), BASE) });
        assert.equal(page.statusCode, 200, field);
        const fragment = /#(.+)$/.exec(String(system[field]))?.[1];
        if (fragment) assert.match(page.body, new RegExp(`id="${fragment}"`), `${field} points to a section of the page`);
      }
      const bodies = await getList(t.app, pathOf(String(system.body), BASE));
      assert.deepEqual(
        bodies.data.map((b) => b.id),
        [`${BASE}/oparl/v1/body/${t.fixture.bodyId}`],
      );
      const redirect = await t.app.inject({ method: 'GET', url: '/oparl/v1' });
      assert.equal(redirect.statusCode, 301);
      assert.equal(redirect.headers.location, '/oparl/v1/system');
    });

    it('answers unknown objects and paths with a 404 error object (2.9)', async () => {
      for (const url of [
        '/oparl/v1/paper/999999',
        '/oparl/v1/paper/abc',
        '/oparl/v1/body/999/paper',
        '/oparl/v1/unbekannt/1',
        `/oparl/v1/paper/${f.paper.id}`,
      ]) {
        const r = await getJson(t.app, url);
        assert.equal(r.status, 404, url);
        assert.equal(r.body.type, ERROR_TYPE, url);
        assert.equal(typeof r.body.message, 'string', url);
        assert.ok(String(r.body.message).length > 10, url);
        assert.equal(typeof r.body.debug, 'string', `${url}: debug (OParl 1.1 Error)`);
        assert.ok(String(r.body.debug).includes(url), `${url}: debug names the request: ${String(r.body.debug)}`);
      }
      // debug reads the same for a missing and a non-public paper
      const hidden = await getJson(t.app, `/oparl/v1/paper/${f.paper.id}`);
      const missing = await getJson(t.app, '/oparl/v1/paper/999999');
      assert.equal(String(hidden.body.debug).replace(String(f.paper.id), 'ID'), String(missing.body.debug).replace('999999', 'ID'));
      const bad = await getJson(t.app, `/oparl/v1/body/${t.fixture.bodyId}/paper?limit=x`);
      assert.equal(bad.status, 400);
      assert.match(String(bad.body.debug), /limit/);
    });

    it('redirects other spellings of an object URL to the canonical one with 301, query kept', async () => {
      for (const [url, location] of [
        [`/oparl/v1/paper/00${publicPaperId}`, `/oparl/v1/paper/${publicPaperId}`],
        [`/oparl/v1/paper/${publicPaperId}/`, `/oparl/v1/paper/${publicPaperId}`],
        [`/oparl/v1/paper/0${publicPaperId}/?omit_internal=true`, `/oparl/v1/paper/${publicPaperId}?omit_internal=true`],
        [`/oparl/v1/body/0${t.fixture.bodyId}/paper?limit=5`, `/oparl/v1/body/${t.fixture.bodyId}/paper?limit=5`],
        ['/oparl/v1/system/', '/oparl/v1/system'],
        // the same answer for what is not public: a redirect says nothing about existence
        [`/oparl/v1/paper/0${f.paper.id}`, `/oparl/v1/paper/${f.paper.id}`],
      ] as const) {
        const r = await t.app.inject({ method: 'GET', url });
        assert.equal(r.statusCode, 301, url);
        assert.equal(r.headers.location, location, url);
      }
      assert.equal((await t.app.inject({ method: 'GET', url: `/oparl/v1/paper/${publicPaperId}` })).statusCode, 200);
      assert.equal((await t.app.inject({ method: 'GET', url: `/oparl/v1/paper/${f.paper.id}` })).statusCode, 404);
    });

    it('answers bad parameters with 400 and a sentence naming the parameter (2.5, 2.9)', async () => {
      const list = `/oparl/v1/body/${t.fixture.bodyId}/paper`;
      for (const [query, words] of [
        ['modified_since=gestern', /modified_since/],
        ['created_since=2025-01-01', /created_since.*Zeitzone/],
        ['created_until=2025-02-30T00:00:00%2B01:00', /created_until/],
        ['modified_since=2025-13-01T00:00:00Z', /modified_since/],
        ['limit=0', /limit/],
        ['limit=-5', /limit/],
        ['page=eins', /page/],
        ['omit_internal=ja', /omit_internal/],
        ['sort=name', /Unbekannter Parameter „sort“/],
        ['limit=5&limit=6', /mehrfach/],
        ['modified_since=2025-02-01T00:00:00Z&modified_until=2025-01-01T00:00:00Z', /modified_since liegt nach modified_until/],
      ] as const) {
        const r = await getJson(t.app, `${list}?${query}`);
        assert.equal(r.status, 400, query);
        assert.equal(r.body.type, ERROR_TYPE, query);
        assert.match(String(r.body.message), words, query);
      }
      // an unencoded + arrives as a space; it is read as the + it was
      assert.equal((await getJson(t.app, `${list}?created_since=2025-01-01T00:00:00+01:00`)).status, 200);
      assert.equal((await getJson(t.app, `/oparl/v1/paper/${publicPaperId}?limit=5`)).status, 400, 'objects take no list parameters');
    });

    it('sends an ETag and answers 304 to a client that has the answer', async () => {
      const url = `/oparl/v1/paper/${publicPaperId}`;
      const first = await t.app.inject({ method: 'GET', url });
      const etag = String(first.headers.etag);
      assert.match(etag, /^"[\w-]+"$/);
      const again = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      const other = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': '"anders"' } });
      assert.equal(other.statusCode, 200);
      await t.database.db.update(papers).set({ name: 'Aktionsplan Integration (geänderte Fassung)' }).where(eq(papers.id, publicPaperId));
      const changed = await t.app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
      assert.equal(changed.statusCode, 200);
      assert.notEqual(changed.headers.etag, etag);
    });

    it('serves the bytes of a File at accessUrl inline and at downloadUrl as attachment (2.7)', async () => {
      const { body: paper } = await getJson(t.app, `/oparl/v1/paper/${publicPaperId}`);
      const file = paper.mainFile as JsonObject;
      assert.ok(file, 'the imported paper has a main file');
      const access = await t.app.inject({ method: 'GET', url: pathOf(String(file.accessUrl), BASE) });
      assert.equal(access.statusCode, 200);
      assert.equal(access.headers['content-type'], file.mimeType);
      assert.equal(Number(access.headers['content-length']), file.size);
      assert.equal(access.rawPayload.byteLength, file.size);
      assert.doesNotMatch(String(access.headers['content-disposition'] ?? ''), /attachment/);
      const download = await t.app.inject({ method: 'GET', url: pathOf(String(file.downloadUrl), BASE) });
      assert.equal(download.statusCode, 200);
      assert.match(String(download.headers['content-disposition']), /^attachment; filename="[^"]+"/);
      assert.equal(Number(download.headers['content-length']), file.size);
      const standalone = (await getJson(t.app, pathOf(String(file.id), BASE))).body;
      assert.deepEqual(standalone.paper, [paper.id], 'a File standing alone names the papers that hold it');
      assert.equal(file.paper, undefined, 'an embedded File has no back-reference');
      assert.match(String(standalone.text), /\w{4,}/, 'the extracted text');
    });

    it('writes text with control characters as valid JSON (2.4)', async () => {
      await t.database.db.execute(sql`update papers set name = ${'Vorlage mit\u0007Steuerzeichen \u2028 und "Anführung" <b>'} where id = ${publicPaperId}`);
      const r = await t.app.inject({ method: 'GET', url: `/oparl/v1/paper/${publicPaperId}` });
      const parsed = JSON.parse(r.body) as JsonObject;
      assert.equal(parsed.name, 'Vorlage mit\u0007Steuerzeichen \u2028 und "Anführung" <b>', 'no HTML escaping either');
      assert.doesNotMatch(r.body, /[\u0000-\u001f]/);
    });

    it('leaves out the embedded lists with omit_internal=true (2.5 Filter)', async () => {
      const full = (await getJson(t.app, `/oparl/v1/meeting/${f.meetings.sozialFuture}`)).body;
      assert.ok(Array.isArray(full.agendaItem) && full.agendaItem.length > 0);
      const lean = (await getJson(t.app, `/oparl/v1/meeting/${f.meetings.sozialFuture}?omit_internal=true`)).body;
      assert.equal(lean.agendaItem, undefined);
      assert.equal(lean.auxiliaryFile, undefined);
      const body = (await getJson(t.app, `/oparl/v1/body/${t.fixture.bodyId}?omit_internal=true`)).body;
      assert.equal(body.legislativeTerm, undefined);
      const person = (await getJson(t.app, `/oparl/v1/person/${f.persons.entitled}?omit_internal=true`)).body;
      assert.equal(person.membership, undefined);
      const page = await getList(t.app, `/oparl/v1/body/${t.fixture.bodyId}/person?omit_internal=true`);
      assert.ok(page.data.every((p) => p.membership === undefined));
      assert.match(String(page.links.self), /omit_internal=true/);
    });

    it('shows no e-mail, phone or address of a person', async () => {
      await t.database.db.execute(sql`update persons set email = '{ketelsen@example.org}', phone = '{04131 555}' where id = ${f.persons.entitled}`);
      const r = await t.app.inject({ method: 'GET', url: `/oparl/v1/person/${f.persons.entitled}` });
      assert.equal(r.statusCode, 200);
      assert.doesNotMatch(r.body, /ketelsen@example|04131/);
    });

    it('describes itself at /oparl with working example links', async () => {
      const page = await t.app.inject({ method: 'GET', url: '/oparl' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1>Offene Daten: die OParl-Schnittstelle<\/h1>/);
      const links = [...page.body.matchAll(/href="(http:\/\/gremia\.test\/oparl\/v1\/[^"]+)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
      assert.ok(links.length >= 6, `${links.length} example links`);
      for (const link of links) assert.equal((await t.app.inject({ method: 'GET', url: pathOf(link, BASE) })).statusCode, 200, link);
    });
  });
}
