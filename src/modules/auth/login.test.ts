import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { testEngines } from '../../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { Browser, createTestAccount } from '../../../test/helpers/accounts.ts';
import { auditEvents, authSessions } from './auth.tables.ts';

for (const engine of testEngines()) {
  describe(`login (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(engine);
      await createTestAccount(t.database.db, t.fixture.bodyId, { email: 'henrike.albers@kreis-test.de', displayName: 'Henrike Albers', roles: [] });
    });
    after(() => t.close());

    it('logs in with the right password and sets an HttpOnly, SameSite session cookie', async () => {
      const browser = new Browser(t.app);
      const response = await browser.login('Henrike.Albers@kreis-test.de');
      assert.equal(response.headers.location, '/mein-bereich');
      const cookie = response.cookies.find((c) => c.name === 'gremia_sitzung');
      assert.ok(cookie);
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Lax');
      const page = await browser.get('/konto');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Henrike Albers/);
      assert.equal(page.headers['cache-control'], 'private, no-store');
    });

    it('stores only a digest of the session token', async () => {
      const browser = new Browser(t.app);
      await browser.login('henrike.albers@kreis-test.de');
      const token = /gremia_sitzung=([^;]+)/.exec(browser.cookieHeader)?.[1];
      assert.ok(token);
      const rows = await t.database.db.select({ id: authSessions.id }).from(authSessions);
      assert.ok(rows.length > 0);
      assert.ok(rows.every((r) => r.id !== token && /^[0-9a-f]{64}$/.test(r.id)));
    });

    it('rejects a wrong password with the same words as an unknown address, and logs both', async () => {
      const browser = new Browser(t.app);
      await browser.get('/anmelden');
      const wrong = await browser.post('/anmelden', { email: 'henrike.albers@kreis-test.de', passwort: 'falsch-falsch' });
      await browser.get('/anmelden');
      const unknown = await browser.post('/anmelden', { email: 'niemand@kreis-test.de', passwort: 'falsch-falsch' });
      assert.equal(wrong.statusCode, 401);
      assert.equal(unknown.statusCode, 401);
      assert.match(wrong.body, /E-Mail-Adresse oder Passwort ist falsch/);
      assert.match(unknown.body, /E-Mail-Adresse oder Passwort ist falsch/);
      assert.match(unknown.body, /value="niemand@kreis-test.de"/, 'the typed address stays in the form');
      const failed = await t.database.db.select().from(auditEvents).where(eq(auditEvents.event, 'login.failed'));
      assert.ok(failed.length >= 2);
      assert.ok(failed.every((e) => !JSON.stringify(e.detail).includes('falsch-falsch')), 'no password in the audit log');
    });

    it('locks the account after five wrong passwords, even with the right one afterwards', async () => {
      await createTestAccount(t.database.db, t.fixture.bodyId, { email: 'sperre@kreis-test.de', roles: [] });
      const browser = new Browser(t.app);
      for (let i = 0; i < 5; i++) {
        await browser.get('/anmelden');
        await browser.post('/anmelden', { email: 'sperre@kreis-test.de', passwort: `falsch-${i}-falsch` });
      }
      await browser.get('/anmelden');
      const right = await browser.post('/anmelden', { email: 'sperre@kreis-test.de', passwort: 'richtig-langes-passwort' });
      assert.equal(right.statusCode, 401);
      assert.match(right.body, /gesperrt/);
      assert.equal(right.cookies.find((c) => c.name === 'gremia_sitzung'), undefined);
    });

    it('logs out: the session is gone from the database and the cookie no longer works', async () => {
      const browser = new Browser(t.app);
      await browser.login('henrike.albers@kreis-test.de');
      const stolen = browser.cookieHeader;
      await browser.get('/konto');
      const out = await browser.post('/abmelden', {});
      assert.equal(out.statusCode, 303);
      const replay = await t.app.inject({ url: '/konto', headers: { cookie: stolen } });
      assert.equal(replay.statusCode, 303);
      assert.match(String(replay.headers.location), /^\/anmelden/);
    });

    it('sends anonymous readers of account pages to the login with the way back', async () => {
      const response = await t.app.inject('/konto');
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, '/anmelden?weiter=%2Fkonto');
    });

    it('never redirects to another site after login', async () => {
      const browser = new Browser(t.app);
      await browser.get('/anmelden');
      const response = await browser.post('/anmelden', { email: 'henrike.albers@kreis-test.de', passwort: 'richtig-langes-passwort', weiter: '//evil.example/' });
      assert.equal(response.headers.location, '/mein-bereich');
    });
  });
}

describe('login rate limit', () => {
  let t: TestApp;
  before(async () => {
    const [engine] = testEngines();
    assert.ok(engine);
    t = await openTestApp(engine, { LOGIN_RATE_LIMIT: '3' });
  });
  after(() => t.close());

  it('answers 429 with Retry-After once an address has tried too often', async () => {
    const browser = new Browser(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      await browser.get('/anmelden');
      statuses.push((await browser.post('/anmelden', { email: `x${i}@kreis-test.de`, passwort: 'falsch-falsch' })).statusCode);
    }
    assert.deepEqual(statuses, [401, 401, 401, 429]);
    await browser.get('/anmelden');
    const limited = await browser.post('/anmelden', { email: 'x@kreis-test.de', passwort: 'falsch-falsch' });
    assert.equal(limited.statusCode, 429);
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.match(limited.body, /Zu viele Versuche/);
  });
});
