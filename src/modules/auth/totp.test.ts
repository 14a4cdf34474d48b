import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { Browser, createTestAccount } from '../../../test/helpers/accounts.ts';
import { totpCode } from './totp.ts';

const EMAIL = 'birte.hansen@kreis-test.de';

for (const engine of testEngines()) {
  describe(`second factor (${engine.name})`, () => {
    let t: TestApp;
    let secret = '';
    let usedCode = '';
    before(async () => {
      t = await openTestApp(engine);
      await createTestAccount(t.database.db, t.fixture.bodyId, { email: EMAIL, displayName: 'Birte Hansen', roles: [] });
    });
    after(() => t.close());

    it('is set up only after a code from the new secret was entered', async () => {
      const browser = new Browser(t.app);
      await browser.login(EMAIL);
      const setup = await browser.get('/konto/zweiter-faktor');
      assert.equal(setup.statusCode, 200);
      assert.match(setup.body, /<svg role="img" aria-label="QR-Code/);
      secret = /class="totp-secret">([A-Z2-7]+)</.exec(setup.body)?.[1] ?? '';
      assert.ok(secret.length >= 16);
      const wrong = await browser.post('/konto/zweiter-faktor', { code: '000000' === totpCode(secret, new Date()) ? '111111' : '000000' });
      assert.equal(wrong.statusCode, 400);
      const right = await browser.post('/konto/zweiter-faktor', { code: totpCode(secret, new Date(Date.now() - 30_000)) });
      assert.equal(right.statusCode, 200);
      assert.match(right.body, /zweite Faktor ist eingerichtet/);
    });

    it('asks for the code after the password; the password alone opens nothing', async () => {
      const browser = new Browser(t.app);
      await browser.get('/anmelden');
      const first = await browser.post('/anmelden', { email: EMAIL, passwort: 'richtig-langes-passwort' });
      assert.equal(first.statusCode, 303);
      assert.equal(first.headers.location, '/anmelden/code');
      assert.equal((await browser.get('/konto')).statusCode, 303, 'not logged in before the code');
      await browser.get('/anmelden/code');
      assert.equal((await browser.post('/anmelden/code', { code: '12345' })).statusCode, 401);
      await browser.get('/anmelden/code');
      usedCode = totpCode(secret, new Date());
      const done = await browser.post('/anmelden/code', { code: usedCode });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, '/mein-bereich');
      assert.equal((await browser.get('/konto')).statusCode, 200);
    });

    it('does not take the same code twice', async () => {
      const browser = new Browser(t.app);
      await browser.get('/anmelden');
      await browser.post('/anmelden', { email: EMAIL, passwort: 'richtig-langes-passwort' });
      await browser.get('/anmelden/code');
      // the very code of the last login, even if a new 30-second step has begun since
      const reused = await browser.post('/anmelden/code', { code: usedCode });
      assert.equal(reused.statusCode, 401);
      assert.match(reused.body, /schon benutzt/);
    });

    it('keeps the way back through the second step', async () => {
      const browser = new Browser(t.app);
      await browser.get('/anmelden?weiter=%2Fkonto');
      const first = await browser.post('/anmelden', { email: EMAIL, passwort: 'richtig-langes-passwort', weiter: '/konto' });
      assert.equal(first.headers.location, '/anmelden/code?weiter=%2Fkonto');
      const form = await browser.get(String(first.headers.location));
      assert.match(form.body, /action="\/anmelden\/code\?weiter=%2Fkonto"/);
      const foreign = await browser.get('/anmelden/code?weiter=%2F%2Fevil.example');
      assert.match(foreign.body, /action="\/anmelden\/code\?weiter=%2Fmein-bereich"/);
    });
  });
}
