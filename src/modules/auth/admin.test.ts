import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { testEngines } from '../../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { Browser, createTestAccount } from '../../../test/helpers/accounts.ts';
import type { MailMessage, Mailer } from '../../infra/mailer.ts';
import { findAccountByEmail } from './accounts.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { users } from './auth.tables.ts';

const ADMIN = 'admin@kreis-test.de';
const MEMBER = 'rat@kreis-test.de';

class TestMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
  close(): void {}
  lastTo(address: string): MailMessage | undefined {
    return this.sent.filter((m) => m.to === address).at(-1);
  }
}

const versionOf = (html: string) => {
  const version = /name="version" value="(\d+)"/.exec(html)?.[1];
  assert.ok(version, 'the form carries a version');
  return version;
};

for (const engine of testEngines()) {
  describe(`administration (${engine.name})`, () => {
    let t: TestApp;
    const mailer = new TestMailer();
    let adminId: number;
    let memberId: number;

    before(async () => {
      t = await openTestApp(engine, {}, { mailer });
      const db = t.database.db;
      adminId = (
        await createTestAccount(db, t.fixture.bodyId, { email: ADMIN, displayName: 'Anna Admin', roles: [{ role: 'administration', organizationId: null }] })
      ).id;
      memberId = (await createTestAccount(db, t.fixture.bodyId, { email: MEMBER, displayName: 'Rita Rat', roles: [] })).id;
    });
    after(() => t.close());

    const adminBrowser = async () => {
      const browser = new Browser(t.app);
      await browser.login(ADMIN);
      return browser;
    };

    it('answers 404 to anonymous readers and to accounts without administration on every /verwaltung route', async () => {
      // the administration's own routes; the other back-office areas test their permissions themselves
      const routes = t.app.routeRegistry.filter((r) => r.url.startsWith('/verwaltung') && r.access === 'admin');
      assert.ok(routes.length >= 9, `admin routes registered: ${routes.length}`);
      for (const r of routes) {
        assert.equal(r.access, 'admin', `${r.method} ${r.url} is admin-only`);
        if (r.url.includes(':')) assert.equal(r.objects['id'], 'account', `${r.method} ${r.url} names its object`);
      }
      const member = new Browser(t.app);
      await member.login(MEMBER);
      const anonymous = new Browser(t.app);
      await anonymous.get('/anmelden');
      const before = await t.database.db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.event, 'user.updated'));
      for (const r of routes) {
        const url = r.url.replace(':id', String(memberId));
        for (const [who, browser] of [
          ['anonymous', anonymous],
          ['member', member],
        ] as const) {
          const response =
            r.method === 'GET'
              ? await browser.get(url)
              : await browser.post(url, { name: 'Eingeschleust', email: 'eingeschleust@kreis-test.de', rolle: 'administration', version: '1' });
          assert.equal(response.statusCode, 404, `${who}: ${r.method} ${url}`);
          const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(response.body)?.[1] ?? '';
          assert.match(main, /Seite nicht gefunden/, `${who}: ${r.method} ${url} is the plain 404 page`);
          assert.doesNotMatch(main, /Rita Rat|Anna Admin|@kreis-test/, `${who}: ${r.method} ${url} shows no account`);
        }
      }
      assert.equal(await findAccountByEmail(t.database.db, t.fixture.bodyId, 'eingeschleust@kreis-test.de'), undefined);
      const afterwards = await t.database.db.select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.event, 'user.updated'));
      assert.equal(afterwards.length, before.length, 'nothing was changed');
      const own = await member.get('/konto');
      assert.doesNotMatch(own.body, /href="\/verwaltung"/, 'no link to the administration');
    });

    it('shows the overview and the list of accounts', async () => {
      const browser = await adminBrowser();
      const home = await browser.get('/verwaltung');
      assert.equal(home.statusCode, 200);
      assert.match(home.body, /href="\/verwaltung\/konten"/);
      assert.match(home.body, /href="\/verwaltung\/protokoll"/);
      const list = await browser.get('/verwaltung/konten');
      assert.equal(list.statusCode, 200);
      assert.match(
        list.body,
        /<th scope="row"><a href="\/verwaltung\/konten\/\d+">Anna Admin<\/a><\/th><td[^>]*>admin@kreis-test.de<\/td><td[^>]*><ul class="plain-list"><li>Administration<\/li><\/ul><\/td><td[^>]*>–<\/td><td[^>]*>nein<\/td><td[^>]*>aktiv<\/td>/,
      );
      assert.match(list.body, /<caption>/);
      assert.equal((await browser.get('/verwaltung/konten/999999')).statusCode, 404);
      assert.equal((await browser.get('/verwaltung/konten/abc')).statusCode, 404);
    });

    it('creates an account with Sitzungsdienst, whose invitation link sets a password that then logs in', async () => {
      const { sozial } = t.fixture.organizations;
      const browser = await adminBrowser();
      const form = await browser.get('/verwaltung/konten/neu');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<label for="rolle-sitzungsdienst-\d+">Sozial- und Gesundheitsausschuss<\/label>/);
      assert.match(form.body, /<legend>Sachbearbeitung für<\/legend>/);
      assert.match(form.body, /<option value="\d+">Dr. Henrike Albers<\/option>/);
      const created = await browser.post('/verwaltung/konten', {
        name: 'Sven Sitzung',
        email: 'Sven.Sitzung@kreis-test.de',
        person: '',
        einheit: '',
        rolle: [`sitzungsdienst:${sozial}`],
      });
      assert.equal(created.statusCode, 303, created.body);
      assert.match(String(created.headers.location), /^\/verwaltung\/konten\/\d+\?hinweis=angelegt$/);
      const page = await browser.get(String(created.headers.location));
      assert.match(page.body, /Die Einladung mit dem Link zum Festlegen des Passworts ist verschickt/);
      assert.match(page.body, /Passwort noch nicht gesetzt/);
      const list = await browser.get('/verwaltung/konten');
      assert.match(list.body, /Sitzungsdienst \(Sozial- und Gesundheitsausschuss\)/);

      const mail = mailer.lastTo('sven.sitzung@kreis-test.de');
      assert.ok(mail, 'invitation sent');
      const link = /http:\/\/gremia\.test(\/passwort-neu\?token=[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
      assert.ok(link, mail.text);
      const sven = new Browser(t.app);
      assert.equal((await sven.get(link)).statusCode, 200);
      const set = await sven.post('/passwort-neu', {
        token: link.split('token=')[1] ?? '',
        passwort: 'sitzungsdienst-passwort',
        passwort2: 'sitzungsdienst-passwort',
      });
      assert.equal(set.statusCode, 303);
      await sven.login('sven.sitzung@kreis-test.de', 'sitzungsdienst-passwort');
      const own = await sven.get('/konto');
      assert.match(own.body, /Sitzungsdienst/);
      assert.match(own.body, /Sozial- und Gesundheitsausschuss/);
      assert.equal((await sven.get('/verwaltung')).statusCode, 404);

      const account = await findAccountByEmail(t.database.db, t.fixture.bodyId, 'sven.sitzung@kreis-test.de');
      assert.ok(account);
      const granted = await t.database.db.select().from(auditEvents).where(eq(auditEvents.event, 'role.granted'));
      assert.ok(
        granted.some(
          (e) => e.userId === adminId && e.detail['account'] === account.id && e.detail['role'] === 'sitzungsdienst' && e.detail['organizationId'] === sozial,
        ),
      );
    });

    it('keeps every value and explains the problem when an account cannot be created', async () => {
      const { finanz, integration } = t.fixture.organizations;
      const browser = await adminBrowser();
      await browser.get('/verwaltung/konten/neu');
      const response = await browser.post('/verwaltung/konten', {
        name: 'Doppelt Vorhanden',
        email: MEMBER,
        person: '',
        einheit: String(integration),
        rolle: ['mandatstraeger', `sitzungsdienst:${finanz}`, `sachbearbeitung:${integration}`],
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Diese E-Mail-Adresse gehört schon zu einem Konto\./);
      assert.match(response.body, /Mandatsträger\/in braucht eine verknüpfte Person\./);
      assert.match(response.body, /name="name" type="text" value="Doppelt Vorhanden"/);
      assert.match(response.body, /value="rat@kreis-test.de"/);
      assert.match(response.body, new RegExp(`<option value="${integration}" selected="">`));
      for (const value of ['mandatstraeger', `sitzungsdienst:${finanz}`, `sachbearbeitung:${integration}`])
        assert.match(response.body, new RegExp(`name="rolle" value="${value}" checked=""`), value);
      assert.doesNotMatch(response.body, /name="rolle" value="administration" checked=""/);
      assert.equal(mailer.lastTo(MEMBER), undefined);
    });

    it('writes role changes to the audit log and shows them in the protocol', async () => {
      const { sozial, finanz } = t.fixture.organizations;
      const target = await createTestAccount(t.database.db, t.fixture.bodyId, {
        email: 'rolle@kreis-test.de',
        displayName: 'Rolf Rolle',
        roles: [{ role: 'sitzungsdienst', organizationId: sozial }],
      });
      const browser = await adminBrowser();
      const page = await browser.get(`/verwaltung/konten/${target.id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, new RegExp(`name="rolle" value="sitzungsdienst:${sozial}" checked=""`));
      const saved = await browser.post(`/verwaltung/konten/${target.id}`, {
        version: versionOf(page.body),
        name: 'Rolf Rolle',
        email: 'rolle@kreis-test.de',
        person: '',
        einheit: '',
        rolle: [`sitzungsdienst:${finanz}`],
      });
      assert.equal(saved.statusCode, 303, saved.body);
      assert.equal(saved.headers.location, `/verwaltung/konten/${target.id}?hinweis=gespeichert`);
      const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.userId, adminId));
      assert.ok(events.some((e) => e.event === 'role.granted' && e.detail['account'] === target.id && e.detail['organizationId'] === finanz));
      assert.ok(events.some((e) => e.event === 'role.revoked' && e.detail['account'] === target.id && e.detail['organizationId'] === sozial));
      const protocol = await browser.get('/verwaltung/protokoll?ereignis=role.revoked');
      assert.equal(protocol.statusCode, 200);
      assert.match(
        protocol.body,
        /<td[^>]*>Rolle entzogen<\/td><td[^>]*>Anna Admin<\/td><td[^>]*>[^<]+<\/td><td[^>]*>Konto: Rolf Rolle; Rolle: Sitzungsdienst; für: Sozial- und Gesundheitsausschuss<\/td>/,
      );
      assert.doesNotMatch(protocol.body, /<td[^>]*>Rolle erteilt<\/td>/, 'the filter shows only the chosen event');
    });

    it('answers a concurrent edit with 409, keeping what was typed and showing what was saved meanwhile', async () => {
      const target = await createTestAccount(t.database.db, t.fixture.bodyId, { email: 'konflikt@kreis-test.de', displayName: 'Karl Konflikt', roles: [] });
      const first = await adminBrowser();
      const second = await adminBrowser();
      const firstPage = await first.get(`/verwaltung/konten/${target.id}`);
      const secondPage = await second.get(`/verwaltung/konten/${target.id}`);
      const form = { email: 'konflikt@kreis-test.de', person: '', einheit: '' };
      const saved = await first.post(`/verwaltung/konten/${target.id}`, { ...form, version: versionOf(firstPage.body), name: 'Karl Erster' });
      assert.equal(saved.statusCode, 303);
      const clash = await second.post(`/verwaltung/konten/${target.id}`, { ...form, version: versionOf(secondPage.body), name: 'Karl Zweiter' });
      assert.equal(clash.statusCode, 409);
      assert.match(clash.body, /name="name" type="text" value="Karl Zweiter"/);
      assert.match(clash.body, /Jemand anderes hat dieses Konto gespeichert/);
      assert.match(clash.body, /Inzwischen gespeicherter Stand<\/h2><dl class="meta"><dt>Name<\/dt><dd>Karl Erster<\/dd>/);
      const stored = await findAccountByEmail(t.database.db, t.fixture.bodyId, 'konflikt@kreis-test.de');
      assert.equal(stored?.displayName, 'Karl Erster');
      // saving again from the conflict page is a deliberate overwrite
      const again = await second.post(`/verwaltung/konten/${target.id}`, { ...form, version: versionOf(clash.body), name: 'Karl Zweiter' });
      assert.equal(again.statusCode, 303);
      assert.equal((await findAccountByEmail(t.database.db, t.fixture.bodyId, 'konflikt@kreis-test.de'))?.displayName, 'Karl Zweiter');
    });

    it('does not let an administrator remove their own administration role or disable themselves', async () => {
      const browser = await adminBrowser();
      const page = await browser.get(`/verwaltung/konten/${adminId}`);
      const form = { version: versionOf(page.body), name: 'Anna Admin', email: ADMIN, person: '', einheit: '' };
      const withoutRole = await browser.post(`/verwaltung/konten/${adminId}`, { ...form, rolle: [] });
      assert.equal(withoutRole.statusCode, 400);
      assert.match(withoutRole.body, /Sie können sich die Rolle Administration nicht selbst entziehen/);
      const disabled = await browser.post(`/verwaltung/konten/${adminId}`, { ...form, rolle: ['administration'], deaktiviert: 'ja' });
      assert.equal(disabled.statusCode, 400);
      assert.match(disabled.body, /Sie können Ihr eigenes Konto nicht deaktivieren/);
      assert.match(disabled.body, /name="deaktiviert" value="ja" checked=""/, 'the form keeps what was sent');
      const own = await findAccountByEmail(t.database.db, t.fixture.bodyId, ADMIN);
      assert.deepEqual(own?.roles, [{ role: 'administration', organizationId: null }]);
      assert.equal(own?.disabled, false);
      assert.equal((await browser.get('/verwaltung')).statusCode, 200);
    });

    it('removes the second factor of a person who lost their phone, so the password alone logs in', async () => {
      const target = await createTestAccount(t.database.db, t.fixture.bodyId, { email: 'telefon-weg@kreis-test.de', displayName: 'Tom Telefonlos', roles: [] });
      await t.database.db.update(users).set({ totpSecret: 'JBSWY3DPEHPK3PXP' }).where(eq(users.id, target.id));
      const visitor = new Browser(t.app);
      await visitor.get('/anmelden');
      assert.equal(
        (await visitor.post('/anmelden', { email: 'telefon-weg@kreis-test.de', passwort: 'richtig-langes-passwort' })).headers.location,
        '/anmelden/code',
      );
      const browser = await adminBrowser();
      const page = await browser.get(`/verwaltung/konten/${target.id}`);
      assert.match(page.body, /action="\/verwaltung\/konten\/\d+\/zweiter-faktor-entfernen"/);
      const removed = await browser.post(`/verwaltung/konten/${target.id}/zweiter-faktor-entfernen`, {});
      assert.equal(removed.headers.location, `/verwaltung/konten/${target.id}?hinweis=ohne-zweiten-faktor`);
      const [row] = await t.database.db.select({ totpSecret: users.totpSecret }).from(users).where(eq(users.id, target.id));
      assert.equal(row?.totpSecret, null);
      const events = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.event, 'totp.disabled'), eq(auditEvents.userId, adminId)));
      assert.ok(
        events.some((e) => e.detail['account'] === target.id),
        'the administrator is recorded as the one who acted',
      );
      const again = await new Browser(t.app).login('telefon-weg@kreis-test.de');
      assert.equal(again.headers.location, '/mein-bereich');
    });

    it('unlocks a locked account and resends the invitation', async () => {
      const target = await createTestAccount(t.database.db, t.fixture.bodyId, { email: 'gesperrt@kreis-test.de', displayName: 'Greta Gesperrt', roles: [] });
      const visitor = new Browser(t.app);
      for (let i = 0; i < 5; i++) {
        await visitor.get('/anmelden');
        await visitor.post('/anmelden', { email: 'gesperrt@kreis-test.de', passwort: `falsch-${i}-falsch` });
      }
      const browser = await adminBrowser();
      const list = await browser.get('/verwaltung/konten');
      assert.match(list.body, /Greta Gesperrt<\/a><\/th>(?:<td[^>]*>(?:(?!<\/tr>).)*<\/td>)*<td[^>]*>gesperrt bis \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr<\/td>/);
      const page = await browser.get(`/verwaltung/konten/${target.id}`);
      assert.match(page.body, /action="\/verwaltung\/konten\/\d+\/entsperren"/);
      const unlocked = await browser.post(`/verwaltung/konten/${target.id}/entsperren`, {});
      assert.equal(unlocked.statusCode, 303);
      assert.equal(unlocked.headers.location, `/verwaltung/konten/${target.id}?hinweis=entsperrt`);
      const [row] = await t.database.db.select({ lockedUntil: users.lockedUntil, failedLogins: users.failedLogins }).from(users).where(eq(users.id, target.id));
      assert.deepEqual(row, { lockedUntil: null, failedLogins: 0 });
      const events = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.event, 'user.updated'), eq(auditEvents.userId, adminId)));
      assert.ok(events.some((e) => e.detail['account'] === target.id && e.detail['unlocked'] === true));
      await visitor.login('gesperrt@kreis-test.de');

      await browser.get(`/verwaltung/konten/${target.id}`);
      const sentBefore = mailer.sent.length;
      const invited = await browser.post(`/verwaltung/konten/${target.id}/einladung`, {});
      assert.equal(invited.statusCode, 303);
      assert.equal(mailer.sent.length, sentBefore + 1);
      assert.match(mailer.lastTo('gesperrt@kreis-test.de')?.text ?? '', /\/passwort-neu\?token=/);
    });

    it('lists failed logins in the protocol, pages by id, and rejects bad filters', async () => {
      const visitor = new Browser(t.app);
      await visitor.get('/anmelden');
      await visitor.post('/anmelden', { email: 'niemand@kreis-test.de', passwort: 'falsch-falsch' });
      const browser = await adminBrowser();
      const protocol = await browser.get('/verwaltung/protokoll');
      assert.equal(protocol.statusCode, 200);
      assert.match(
        protocol.body,
        /<td[^>]*><time datetime="[^"]+">\d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr<\/time><\/td><td[^>]*>Fehlgeschlagene Anmeldung<\/td><td[^>]*>–<\/td><td[^>]*>[^<]+<\/td><td[^>]*>Grund: unbekannte Adresse<\/td>/,
      );
      assert.match(protocol.body, /<label for="filter-ereignis">Ereignis<\/label>/);
      const failed = await browser.get('/verwaltung/protokoll?ereignis=login.failed');
      assert.match(failed.body, /Fehlgeschlagene Anmeldung/);
      assert.doesNotMatch(failed.body, /<td[^>]*>Anmeldung<\/td>/);

      // more than one page: the link to older entries continues below the last one shown
      await t.database.db
        .insert(auditEvents)
        .values(Array.from({ length: 120 }, () => ({ bodyId: t.fixture.bodyId, userId: null, event: 'logout', detail: {} })));
      const first = await browser.get('/verwaltung/protokoll?ereignis=logout');
      assert.equal((first.body.match(/<td[^>]*>Abmeldung<\/td>/g) ?? []).length, 100);
      const older = /href="(\/verwaltung\/protokoll\?ereignis=logout&amp;vor=\d+)"[^>]*>ältere Einträge/.exec(first.body)?.[1];
      assert.ok(older, 'link to older entries');
      const second = await browser.get(older.replace(/&amp;/g, '&'));
      assert.equal(second.statusCode, 200);
      assert.ok((second.body.match(/<td[^>]*>Abmeldung<\/td>/g) ?? []).length >= 20);
      assert.match(second.body, /neueste Einträge/);

      for (const bad of ['?vor=abc', '?vor=-1', '?ereignis=zaubern', '?vor=1&vor=2'])
        assert.equal((await browser.get(`/verwaltung/protokoll${bad}`)).statusCode, 400, bad);
    });
  });
}
