/**
 * The workspace: staff land in it after logging in, see only what their role may do, and
 * „Meine Aufgaben“ lists what is missing in the master data — for the Sitzungsdienst only in its
 * own Gremien. Back-office pages may run the app's own script; public pages run none.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { persons } from '../people/people.tables.ts';
import { Browser, createTestAccount } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';

for (const engine of testEngines()) {
  describe(`workspace (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(engine);
      const { bodyId, organizations: org } = t.fixture;
      await createTestAccount(t.database.db, bodyId, {
        email: 'admin@kreis-test.de',
        displayName: 'Anna Admin',
        roles: [{ role: 'administration', organizationId: null }],
      });
      await createTestAccount(t.database.db, bodyId, {
        email: 'sd@kreis-test.de',
        displayName: 'Sven Sitzungsdienst',
        roles: [{ role: 'sitzungsdienst', organizationId: org.finanz }],
      });
      await createTestAccount(t.database.db, bodyId, {
        email: 'sb@kreis-test.de',
        displayName: 'Sina Sachbearbeitung',
        unitId: org.integration,
        roles: [{ role: 'sachbearbeitung', organizationId: org.integration }],
      });
      const [person] = await t.database.db.select({ id: persons.id }).from(persons).where(eq(persons.bodyId, bodyId));
      await createTestAccount(t.database.db, bodyId, {
        email: 'rat@kreis-test.de',
        displayName: 'Henrike Albers',
        personId: person?.id ?? null,
        roles: [{ role: 'mandatstraeger', organizationId: null }],
      });
    });
    after(() => t.close());

    const loggedIn = async (email: string) => {
      const b = new Browser(t.app);
      const r = await b.login(email);
      return { b, landing: String(r.headers.location) };
    };

    it('lands staff in the workspace and councillors in their area', async () => {
      for (const email of ['admin@kreis-test.de', 'sd@kreis-test.de', 'sb@kreis-test.de']) assert.equal((await loggedIn(email)).landing, '/verwaltung', email);
      const { b, landing } = await loggedIn('rat@kreis-test.de');
      assert.equal(landing, '/mein-bereich');
      assert.equal((await b.get('/verwaltung')).statusCode, 404);
      assert.equal((await new Browser(t.app).get('/verwaltung')).statusCode, 404);
    });

    it('keeps a „weiter“ link over the landing page', async () => {
      const b = new Browser(t.app);
      await b.get('/anmelden?weiter=%2Fvorlagen');
      const r = await b.post('/anmelden', { email: 'sd@kreis-test.de', passwort: 'richtig-langes-passwort', weiter: '/vorlagen' });
      assert.equal(r.headers.location, '/vorlagen');
    });

    it('lists the gaps of all master data for the administration', async () => {
      const { b } = await loggedIn('admin@kreis-test.de');
      const page = await b.get('/verwaltung');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1>Meine Aufgaben<\/h1>/);
      // the test body has no memberships: every Gremium lacks members, its one person sits nowhere
      assert.match(page.body, /Gremien ohne Mitglieder <span class="count">\(3\)<\/span>/);
      assert.match(page.body, /href="\/verwaltung\/gremien\/\d+\/mitglieder">Sozial- und Gesundheitsausschuss/);
      assert.match(page.body, /Personen ohne laufende Mitgliedschaft <span class="count">\(1\)<\/span>/);
      // the Kreistag's future session has no place; the past one does not count
      assert.match(page.body, /Sitzungen ohne Sitzungsort <span class="count">\(1\)<\/span>/);
      assert.match(page.body, new RegExp(`href="/sitzungen/${t.fixture.meetings.kreistagFuture}">8\\. Sitzung des Kreistages`));
      // the navigation offers the administration everything
      for (const href of ['/verwaltung/gremien', '/verwaltung/personen', '/verwaltung/konten', '/verwaltung/einstellungen'])
        assert.match(page.body, new RegExp(`class="back-office-nav"[\\s\\S]*href="${href}"`), href);
    });

    it('limits the Sitzungsdienst to its own Gremien and shows it no person or system lists', async () => {
      const { b } = await loggedIn('sd@kreis-test.de');
      const page = await b.get('/verwaltung');
      assert.match(page.body, /Gremien ohne Mitglieder <span class="count">\(1\)<\/span>/);
      assert.match(page.body, />Finanzausschuss</);
      assert.doesNotMatch(page.body, />Sozial- und Gesundheitsausschuss</);
      assert.match(page.body, /Sitzungen ohne Sitzungsort <span class="count">\(0\)<\/span>/);
      assert.doesNotMatch(page.body, /Personen ohne laufende Mitgliedschaft/);
      assert.doesNotMatch(page.body, /href="\/verwaltung\/konten"/);
      assert.match(page.body, /href="\/verwaltung\/sitzungsorte"/);
    });

    it('tells the Sachbearbeitung that nothing waits yet and offers no master data', async () => {
      const { b } = await loggedIn('sb@kreis-test.de');
      const page = await b.get('/verwaltung');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Für Ihre Rolle gibt es hier zurzeit nichts zu tun/);
      assert.doesNotMatch(page.body, /href="\/verwaltung\/(gremien|personen|konten)"/);
    });

    it('loads the bundled script from its own origin on back-office pages only', async () => {
      const { b } = await loggedIn('admin@kreis-test.de');
      const page = await b.get('/verwaltung');
      assert.match(page.body, /<script src="\/static\/verwaltung\.js" defer=""><\/script>/);
      assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
      assert.doesNotMatch(String(page.headers['content-security-policy']), /unsafe-inline|https?:/);
      const script = await b.get('/static/verwaltung.js');
      assert.equal(script.statusCode, 200);
      assert.match(String(script.headers['content-type']), /^text\/javascript/);
      assert.match(script.body, /data-confirm/);
      const portal = await b.get('/gremien');
      assert.doesNotMatch(portal.body, /<script/);
      assert.doesNotMatch(String(portal.headers['content-security-policy']), /script-src/);
    });
  });
}
