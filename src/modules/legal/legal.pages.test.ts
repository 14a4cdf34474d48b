/**
 * The legally required pages: the defaults name the body, the footer links all five on every
 * kind of page, the administration edits them (sanitised, version-checked, audit-logged), and
 * nobody else reaches the edit routes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { Browser, createTestAccount } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { legalPageKinds, legalPages } from './legal.kinds.ts';
import { textareaText } from '../../../test/helpers/html.ts';

const ADMIN = 'admin@kreis-test.de';
const MEMBER = 'rat@kreis-test.de';

const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1];
const footerOf = (html: string) => /<footer class="site-footer">([\s\S]*?)<\/footer>/.exec(html)?.[1] ?? '';

for (const engine of testEngines()) {
  describe(`legal pages (${engine.name})`, () => {
    let t: TestApp;
    const login = async (email: string) => {
      const b = new Browser(t.app);
      await b.login(email);
      return b;
    };

    before(async () => {
      t = await openTestApp(engine);
      const db = t.database.db;
      await createTestAccount(db, t.fixture.bodyId, { email: ADMIN, displayName: 'Anna Admin', roles: [{ role: 'administration', organizationId: null }] });
      await createTestAccount(db, t.fixture.bodyId, { email: MEMBER, displayName: 'Rita Rat', roles: [] });
    });
    after(() => t.close());

    it('shows each page under its permalink with a German default that names the body', async () => {
      for (const kind of legalPageKinds) {
        const { path, title } = legalPages[kind];
        const r = await t.app.inject(path);
        assert.equal(r.statusCode, 200, path);
        assert.match(r.body, new RegExp(`<h1>${title}</h1>`), path);
        const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(r.body)?.[1] ?? '';
        assert.match(main, /Kreis Testhausen/, `${path} names the body in its text`);
      }
      const statement = (await t.app.inject('/barrierefreiheit')).body;
      assert.match(statement, /Schlichtungsstelle nach § 16 Behindertengleichstellungsgesetz \(BGG\)/);
      assert.match(statement, /Schlichtungs- oder Ombudsstelle des Landes zuständig: \[Bitte ergänzen: Name, Anschrift/);
      assert.match(statement, /href="\/barrierefreiheit\/rueckmeldung"/);
      assert.match((await t.app.inject('/gebaerdensprache')).body, /Video in Deutscher Gebärdensprache wird vorbereitet/);
      assert.match((await t.app.inject('/leichte-sprache')).body, /Das ist das Rats-Informations-System von Kreis Testhausen\./);
    });

    it('links all five pages in the footer of public, members’ and administration pages', async () => {
      const admin = await login(ADMIN);
      const member = await login(MEMBER);
      const pages = [
        await t.app.inject('/'),
        await t.app.inject('/vorlagen'),
        await t.app.inject('/gibt-es-nicht'),
        await member.get('/mein-bereich'),
        await admin.get('/verwaltung'),
      ];
      for (const r of pages) {
        const footer = footerOf(r.body);
        for (const kind of legalPageKinds)
          assert.ok(footer.includes(`href="${legalPages[kind].path}"`), `${legalPages[kind].path} in the footer (${r.statusCode})`);
      }
    });

    it('answers 404 to the public and to members on every edit route, and lists the pages for the administration', async () => {
      const routes = t.app.routeRegistry.filter((r) => r.url.startsWith('/verwaltung/rechtliches'));
      assert.equal(routes.length, 1 + 2 * legalPageKinds.length);
      const member = await login(MEMBER);
      await member.get('/mein-bereich');
      for (const route of routes) {
        if (route.method === 'GET') {
          assert.equal((await t.app.inject(route.url)).statusCode, 404, `anonymous GET ${route.url}`);
          assert.equal((await member.get(route.url)).statusCode, 404, `member GET ${route.url}`);
        } else {
          const r = await member.post(route.url, { version: '0', text: '<p>Übernommen</p>' });
          assert.equal(r.statusCode, 404, `member POST ${route.url}`);
        }
      }
      assert.doesNotMatch((await t.app.inject('/impressum')).body, /Übernommen/);
      const overview = await (await login(ADMIN)).get('/verwaltung/rechtliches');
      assert.equal(overview.statusCode, 200);
      for (const kind of legalPageKinds) assert.match(overview.body, new RegExp(`href="/verwaltung/rechtliches/${kind}"`));
      assert.match((await (await login(ADMIN)).get('/verwaltung')).body, /href="\/verwaltung\/rechtliches"/);
    });

    it('stores what the administration saves without scripts or event handlers, and logs the change', async () => {
      const admin = await login(ADMIN);
      const form = await admin.get('/verwaltung/rechtliches/impressum');
      assert.equal(form.statusCode, 200);
      assert.equal(versionIn(form.body), '0');
      assert.match(textareaText(form.body, 'text') ?? '', /^<h2>Herausgeber<\/h2>\n<p>Kreis Testhausen/);
      const hostile =
        '<h2 onclick="steal()">Herausgeber</h2><p onmouseover="steal()">Kreis Testhausen, Kreishaus 1</p><script>alert("x")</script>' +
        '<img src="x" onerror="alert(1)"><a href="javascript:alert(1)">Trick</a> <a href="https://kreis-test.de/">Kreis</a><style>body{}</style>';
      const saved = await admin.post('/verwaltung/rechtliches/impressum', { version: '0', text: hostile });
      assert.equal(saved.statusCode, 303, saved.body);
      assert.equal(saved.headers.location, '/verwaltung/rechtliches/impressum?hinweis=gespeichert');
      const page = (await t.app.inject('/impressum')).body;
      assert.match(page, /Kreis Testhausen, Kreishaus 1/);
      assert.match(page, /<a href="https:\/\/kreis-test.de\/" rel="noopener">Kreis<\/a>/);
      for (const bad of [/<script/, /onclick/, /onmouseover/, /onerror/, /javascript:/, /<img/, /<style/, /alert/])
        assert.doesNotMatch(page, bad, `${bad} removed`);
      const again = await admin.get('/verwaltung/rechtliches/impressum?hinweis=gespeichert');
      assert.match(again.body, /Der Text ist gespeichert/);
      assert.equal(versionIn(again.body), '1');
      const logged = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.bodyId, t.fixture.bodyId), eq(auditEvents.event, 'legal.updated')));
      assert.deepEqual(
        logged.map((e) => e.detail),
        [{ page: 'impressum', version: 1 }],
      );
      assert.match((await admin.get('/verwaltung/protokoll')).body, /Rechtlichen Text geändert/);
    });

    it('shows both versions when someone saved in between, and saves the second on purpose', async () => {
      const first = await login(ADMIN);
      const second = await login(ADMIN);
      const loaded = await first.get('/verwaltung/rechtliches/datenschutz');
      await second.get('/verwaltung/rechtliches/datenschutz');
      assert.equal(versionIn(loaded.body), '0');
      assert.equal((await second.post('/verwaltung/rechtliches/datenschutz', { version: '0', text: '<p>Fassung der Kollegin</p>' })).statusCode, 303);
      const stale = await first.post('/verwaltung/rechtliches/datenschutz', { version: '0', text: '<p>Meine Fassung</p>' });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /Jemand anderes hat diese Seite gespeichert/);
      assert.match(stale.body, /Inzwischen gespeicherter Stand/);
      assert.equal(textareaText(stale.body, 'gespeicherter-text'), '<p>Fassung der Kollegin</p>');
      assert.equal(textareaText(stale.body, 'text'), '<p>Meine Fassung</p>');
      assert.equal(versionIn(stale.body), '1');
      assert.match((await t.app.inject('/datenschutz')).body, /Fassung der Kollegin/);
      // an update on a stale version is refused the same way
      const staleUpdate = await second.post('/verwaltung/rechtliches/datenschutz', { version: '0', text: '<p>Noch eine</p>' });
      assert.equal(staleUpdate.statusCode, 409);
      const resolved = await first.post('/verwaltung/rechtliches/datenschutz', { version: versionIn(stale.body) ?? '', text: '<p>Meine Fassung</p>' });
      assert.equal(resolved.statusCode, 303);
      const page = (await t.app.inject('/datenschutz')).body;
      assert.match(page, /Meine Fassung/);
      assert.doesNotMatch(page, /Fassung der Kollegin/);
    });

    it('refuses a bad video address or an empty text in German and keeps what was typed', async () => {
      const admin = await login(ADMIN);
      await admin.get('/verwaltung/rechtliches/gebaerdensprache');
      const bad = await admin.post('/verwaltung/rechtliches/gebaerdensprache', { version: '0', text: '<p>Unser Video</p>', video: 'javascript:alert(1)' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Video: Bitte geben Sie eine vollständige Adresse an/);
      assert.equal(textareaText(bad.body, 'text'), '<p>Unser Video</p>');
      assert.match(bad.body, /value="javascript:alert\(1\)"/);
      const empty = await admin.post('/verwaltung/rechtliches/gebaerdensprache', { version: '0', text: '<script>alert(1)</script>' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /bleibt kein Text übrig/);
      const good = await admin.post('/verwaltung/rechtliches/gebaerdensprache', {
        version: '0',
        text: '<p>Unser Video</p>',
        video: 'https://video.kreis-test.de/dgs',
      });
      assert.equal(good.statusCode, 303);
      const page = (await t.app.inject('/gebaerdensprache')).body;
      assert.match(page, /<a href="https:\/\/video.kreis-test.de\/dgs">Video in Deutscher Gebärdensprache ansehen<\/a>/);
      assert.doesNotMatch(page, /wird vorbereitet/);
    });
  });
}
