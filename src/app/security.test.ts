import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../test/helpers/app.ts';
import { Browser, createTestAccount } from '../../test/helpers/accounts.ts';

describe('security headers and CSRF', () => {
  let t: TestApp;
  before(async () => {
    const [engine] = testEngines();
    assert.ok(engine);
    t = await openTestApp(engine);
    await createTestAccount(t.database.db, t.fixture.bodyId, { email: 'csrf@kreis-test.de', roles: [] });
  });
  after(() => t.close());

  it('sends a strict Content-Security-Policy without any script, and the other headers', async () => {
    const response = await t.app.inject('/vorlagen/VO-2025-246');
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /form-action 'self'/);
    assert.doesNotMatch(csp, /script-src|unsafe-inline|unsafe-eval/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['referrer-policy'], 'same-origin');
    assert.equal(response.headers['x-frame-options'], 'DENY');
    assert.equal(response.headers['strict-transport-security'], undefined, 'no HSTS over plain HTTP');
    assert.doesNotMatch(response.body, /<script|\sstyle="|\son[a-z]+="/i, 'no inline script, style or handler');
  });

  it('refuses a login post without or with a foreign CSRF token, and changes nothing', async () => {
    const browser = new Browser(t.app);
    await browser.get('/anmelden');
    const without = await browser.post('/anmelden', { email: 'csrf@kreis-test.de', passwort: 'richtig-langes-passwort' }, { csrf: false });
    assert.equal(without.statusCode, 403);
    assert.match(without.body, /Formular ist abgelaufen/);
    assert.equal(
      without.cookies.find((c) => c.name === 'gremia_sitzung'),
      undefined,
    );
    const other = new Browser(t.app);
    const otherPage = await other.get('/anmelden');
    const foreignToken = /name="_csrf" value="([^"]+)"/.exec(otherPage.body)?.[1];
    assert.ok(foreignToken);
    const foreign = await browser.post(
      '/anmelden',
      { email: 'csrf@kreis-test.de', passwort: 'richtig-langes-passwort' },
      { csrf: `x${foreignToken.slice(1)}` },
    );
    assert.equal(foreign.statusCode, 403);
  });

  it('refuses a state-changing post of a logged-in member without the token (logout stays logged in)', async () => {
    const browser = new Browser(t.app);
    await browser.login('csrf@kreis-test.de');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/abmelden',
      headers: { cookie: browser.cookieHeader, 'content-type': 'application/x-www-form-urlencoded' },
      payload: '',
    });
    assert.equal(forged.statusCode, 403);
    assert.equal((await browser.get('/konto')).statusCode, 200);
  });

  it('sets no cookie on public pages, so that they stay cacheable', async () => {
    const response = await t.app.inject('/vorlagen');
    assert.equal(response.headers['set-cookie'], undefined);
  });

  it('keeps pages for logged-in readers out of shared caches', async () => {
    const browser = new Browser(t.app);
    await browser.login('csrf@kreis-test.de');
    const page = await browser.get('/vorlagen/VO-2025-246');
    assert.equal(page.headers['cache-control'], 'private, no-store');
    assert.equal(page.headers['x-gremia-cache'], undefined);
    assert.match(page.body, /Abmelden/);
  });
});
