/**
 * The bad input an outside probe answered with 500 (impossible dates, ids beyond the integer
 * column, NUL bytes, return addresses outside Latin-1) and the attachments it found served
 * inline on the portal's origin: each now a 4xx with a German sentence, or a safe download.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Browser } from '../helpers/accounts.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { accounts, addNonPublicFixture, type NonPublicFixture } from '../helpers/nonpublic-fixture.ts';

for (const engine of testEngines()) {
  describe(`bad input gets a German 4xx, never a 500 (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    before(async () => {
      t = await openTestApp(engine);
      f = await addNonPublicFixture(t);
    });
    after(() => t.close());

    it('refuses impossible dates with a sentence', async () => {
      for (const url of ['/sitzungen?von=2026-02-30', '/sitzungen?bis=2026-04-31', '/suche?q=Kita&von=2026-02-30']) {
        const r = await t.app.inject(url);
        assert.equal(r.statusCode, 400, url);
        assert.match(r.body, /kein gültiges Datum/, url);
      }
      const json = await t.app.inject('/suche.json?q=Kita&bis=2025-02-29');
      assert.equal(json.statusCode, 400);
      assert.match((JSON.parse(json.body) as { error: string }).error, /Bis: kein gültiges Datum/);
    });

    it('refuses ids beyond the integer column', async () => {
      for (const url of [
        '/vorlagen?gremium=99999999999',
        '/vorlagen?federfuehrung=99999999999',
        '/sitzungen?gremium=99999999999',
        '/suche?q=Kita&gremium=99999999999',
      ]) {
        const r = await t.app.inject(url);
        assert.equal(r.statusCode, 400, url);
        assert.match(r.body, /eine Nummer erwartet/, url);
      }
      for (const url of ['/vorlagen/99999999999', '/sitzungen/99999999999', '/tagesordnungspunkte/2147483648', '/dateien/99999999999/x.pdf'])
        assert.equal((await t.app.inject(url)).statusCode, 404, url);
    });

    it('refuses NUL bytes in query, path and form', async () => {
      for (const url of ['/vorlagen?q=%00', '/personen?name=%00', '/vorlagen/VO%002023']) {
        const r = await t.app.inject(url);
        assert.equal(r.statusCode, 400, url);
        assert.match(r.body, /Steuerzeichen/, url);
      }
      const browser = new Browser(t.app);
      await browser.get('/anmelden');
      const login = await browser.post('/anmelden', { email: `admin\u0000@kreis-test.de`, passwort: 'egal-welches-passwort' });
      assert.equal(login.statusCode, 400);
      assert.match(login.body, /Steuerzeichen/);
    });

    it('sends a logged-in reader on to a return address outside Latin-1, encoded', async () => {
      const browser = new Browser(t.app);
      await browser.get('/anmelden');
      const login = await browser.post('/anmelden', { email: accounts.entitled, passwort: 'richtig-langes-passwort', weiter: '/\u202e' });
      assert.equal(login.statusCode, 303);
      assert.equal(login.headers.location, '/%E2%80%AE');
      assert.ok(browser.hasCookie('gremia_sitzung'), 'the login sets its cookie');
      const again = await browser.get('/anmelden?weiter=/%E2%80%AE');
      assert.equal(again.statusCode, 303);
      assert.equal(again.headers.location, '/%E2%80%AE');
      await browser.get(`/vorlagen/${f.paper.slug}`);
      const note = await browser.post(`/notizen/vorlage/${f.paper.id}`, { text: 'Notiz', version: '0', weiter: '/\u202e' });
      assert.ok(note.statusCode === 303, `note: ${note.statusCode}`);
      await browser.get('/mein-bereich');
      const subscribe = await browser.post('/abonnements', { kind: 'organization', id: String(f.organizations.sozial), weiter: '/\u202e' });
      assert.equal(subscribe.statusCode, 303);
      assert.match(String(subscribe.headers.location), /^\/%E2%80%AE$|^\/mein-bereich/);
    });

    it('serves imported HTML and SVG attachments as sandboxed downloads, PDFs inline', async () => {
      await fs.writeFile(path.join(t.dir, 'seite.html'), '<script>alert(document.cookie)</script>');
      await fs.writeFile(path.join(t.dir, 'bild.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      await t.importPapers({
        reference: 'VO/2026/77',
        type: 'Mitteilungsvorlage',
        name: 'Anlagen',
        files: [{ path: 'seite.html' }, { path: 'bild.svg' }, { path: 'aktionsplan.pdf' }],
      });
      const page = await t.app.inject('/vorlagen/VO-2026-77');
      const links = [...page.body.matchAll(/href="(\/dateien\/\d+\/[^"?]+)"/g)].map((m) => m[1] as string);
      const byName = (name: string) => links.find((l) => l.endsWith(name));
      for (const name of ['seite.html', 'bild.svg']) {
        const link = byName(name);
        assert.ok(link, name);
        const r = await t.app.inject(link);
        assert.equal(r.statusCode, 200);
        assert.match(String(r.headers['content-disposition']), /^attachment;/, name);
        assert.match(String(r.headers['content-security-policy']), /sandbox/, name);
      }
      const pdf = await t.app.inject(byName('aktionsplan.pdf') ?? '/x');
      assert.match(String(pdf.headers['content-disposition']), /^inline;/);
    });
  });
}
