import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { Browser, createTestAccount, TEST_PASSWORD } from '../../../test/helpers/accounts.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { authSessions } from './auth.tables.ts';
import { attemptPasswordLogin, LOCK_MS, type VerifyPassword } from './login.ts';
import { verifyPassword } from './passwords.ts';

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
      assert.ok(
        failed.every((e) => !JSON.stringify(e.detail).includes('falsch-falsch')),
        'no password in the audit log',
      );
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
      assert.equal(
        right.cookies.find((c) => c.name === 'gremia_sitzung'),
        undefined,
      );
    });

    it('answers an unknown address after five wrong passwords exactly like a locked account', async () => {
      await createTestAccount(t.database.db, t.fixture.bodyId, { email: 'gleich@kreis-test.de', roles: [] });
      // the same length, so that the pages can be compared byte for byte once the typed address is masked
      const known = 'gleich@kreis-test.de';
      const unknown = 'fremd1@kreis-test.de';
      const attempt = async (email: string, passwort: string) => {
        const browser = new Browser(t.app);
        await browser.get('/anmelden');
        const response = await browser.post('/anmelden', { email, passwort });
        const body = response.body.replace(/name="_csrf" value="[^"]+"/g, 'name="_csrf" value=""').replaceAll(`value="${email}"`, 'value=""');
        return { status: response.statusCode, body, session: response.cookies.some((c) => c.name === 'gremia_sitzung') };
      };
      for (let i = 0; i < 5; i++) {
        const a = await attempt(known, `falsch-${i}-falsch`);
        const b = await attempt(unknown, `falsch-${i}-falsch`);
        assert.equal(/role="alert">([^<]*)</.exec(b.body)?.[1], /role="alert">([^<]*)</.exec(a.body)?.[1], `attempt ${i + 1}`);
        assert.deepEqual(b, a, `attempt ${i + 1}`);
      }
      const locked = await attempt(known, 'richtig-langes-passwort');
      const lockedUnknown = await attempt(unknown, 'richtig-langes-passwort');
      const message = (body: string) => /role="alert">([^<]*)</.exec(body)?.[1];
      assert.equal(message(lockedUnknown.body), message(locked.body));
      assert.equal(locked.status, 401);
      assert.match(locked.body, /Zu viele Fehlversuche: Das Konto ist für 15 Minute\(n\) gesperrt/);
      assert.equal(locked.session, false);
      assert.deepEqual(lockedUnknown, locked);
    });

    it('runs exactly one argon2 verification per attempt, for known and unknown addresses, locked or not', async () => {
      await createTestAccount(t.database.db, t.fixture.bodyId, { email: 'zaehlen@kreis-test.de', roles: [] });
      const now = new Date();
      const run = async (email: string) => {
        const trace: { kind: string; verifications: number; lockedForMs?: number }[] = [];
        for (const password of ['falsch-1-falsch', 'falsch-2-falsch', 'falsch-3-falsch', 'falsch-4-falsch', 'falsch-5-falsch', TEST_PASSWORD, TEST_PASSWORD]) {
          let verifications = 0;
          const counting: VerifyPassword = (hash, candidate) => {
            verifications++;
            return verifyPassword(hash, candidate);
          };
          const login = await attemptPasswordLogin(t.database.db, t.fixture.bodyId, email, password, '192.0.2.1', now, counting);
          const refusal = login.ok ? undefined : login.error;
          trace.push({
            kind: refusal?.kind ?? 'ok',
            verifications,
            ...(refusal?.kind === 'locked' ? { lockedForMs: refusal.until.getTime() - now.getTime() } : {}),
          });
        }
        return trace;
      };
      const known = await run('zaehlen@kreis-test.de');
      const unknown = await run('Niemand-Zaehlt@Kreis-Test.de ');
      const locked = { kind: 'locked', verifications: 1, lockedForMs: LOCK_MS };
      assert.deepEqual(known, [...Array.from({ length: 4 }, () => ({ kind: 'invalid', verifications: 1 })), locked, locked, locked]);
      assert.deepEqual(unknown, known);
      // the lock ends for both at the same time, and the right password then works for the account
      const later = new Date(now.getTime() + LOCK_MS + 1_000);
      assert.equal((await attemptPasswordLogin(t.database.db, t.fixture.bodyId, 'zaehlen@kreis-test.de', TEST_PASSWORD, '192.0.2.1', later)).ok, true);
      assert.deepEqual(await attemptPasswordLogin(t.database.db, t.fixture.bodyId, 'niemand-zaehlt@kreis-test.de', TEST_PASSWORD, '192.0.2.1', later), {
        ok: false,
        error: { kind: 'invalid' },
      });
    });

    it('stores no address of an unknown login, only its digest', async () => {
      // every column, so that an address stored anywhere in the row shows up
      const rows = await queryRows(t.database.db, z.looseObject({ email_digest: z.string() }), sql`select * from login_failures`);
      assert.ok(rows.length > 0);
      const stored = JSON.stringify(rows);
      assert.ok(!stored.includes('fremd1') && !stored.toLowerCase().includes('niemand-zaehlt'), stored);
      assert.ok(rows.every((r) => /^[0-9a-f]{64}$/.test(r.email_digest)));
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
      const response = await browser.post('/anmelden', {
        email: 'henrike.albers@kreis-test.de',
        passwort: 'richtig-langes-passwort',
        weiter: '//evil.example/',
      });
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
