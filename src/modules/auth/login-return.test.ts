/**
 * Login returns where the reader was (issue 16, item 7): a logged-out member following a link to
 * a non-public paper gets a 404 that offers the login, worded the same for every 404, and after
 * the login (with or without the second factor) lands on that paper. Only a path of this site
 * is ever taken as the way back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Browser, TEST_PASSWORD } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { accounts, addNonPublicFixture, SECRET_WORD, type NonPublicFixture } from '../../../test/helpers/nonpublic-fixture.ts';
import { totpCode } from './totp.ts';

const offer = 'Falls Sie Mitglied sind, <a href="([^"]+)">melden Sie sich an</a>;\\s*danach kommen Sie hierher zurück.';
const hostile = [
  '//evil.com',
  '/\\evil.com',
  '\\\\evil.com',
  'https://evil.com',
  '%2F%2Fevil.com',
  'javascript:alert(1)',
  '/\t/evil.com',
  'evil.com',
  '/\u0000//evil.com',
];

const loginHrefOf = (html: string) => new RegExp(offer).exec(html)?.[1]?.replace(/&amp;/g, '&');

for (const engine of testEngines()) {
  describe(`login returns where the reader was (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    let paperUrl = '';
    before(async () => {
      t = await openTestApp(engine);
      f = await addNonPublicFixture(t);
      paperUrl = `/vorlagen/${f.paper.slug}`;
    });
    after(() => t.close());

    /** Logs in through the form given by the 404's link; returns where the login sends the browser. */
    const loginFrom = async (browser: Browser, loginHref: string, email: string) => {
      const form = await browser.get(loginHref);
      assert.equal(form.statusCode, 200);
      const weiter = /name="weiter" value="([^"]*)"/.exec(form.body)?.[1];
      return browser.post('/anmelden', { email, passwort: TEST_PASSWORD, ...(weiter ? { weiter } : {}) });
    };

    it('offers the login on every 404 alike, so a hidden paper looks like a missing one', async () => {
      const hidden = await t.app.inject(paperUrl);
      const missing = await t.app.inject('/vorlagen/VO-1900-1');
      assert.equal(hidden.statusCode, 404);
      assert.equal(missing.statusCode, 404);
      assert.equal(loginHrefOf(hidden.body), `/anmelden?weiter=${encodeURIComponent(paperUrl)}`);
      assert.equal(loginHrefOf(missing.body), `/anmelden?weiter=${encodeURIComponent('/vorlagen/VO-1900-1')}`);
      assert.equal(hidden.body.replace(/VO-2099-7/g, 'X'), missing.body.replace(/VO-1900-1/g, 'X'), 'the same page apart from the address');
      assert.ok(!hidden.body.includes(SECRET_WORD));
      assert.match((await t.app.inject('/gibt-es-nicht?seite=2')).body, new RegExp(offer));
    });

    it('does not offer the login to a reader who is logged in', async () => {
      const member = new Browser(t.app);
      await member.login(accounts.otherCommittee);
      const page = await member.get(paperUrl);
      assert.equal(page.statusCode, 404);
      assert.equal(loginHrefOf(page.body), undefined);
    });

    it('brings the member back to the paper after the login', async () => {
      const browser = new Browser(t.app);
      const notFound = await browser.get(paperUrl);
      const href = loginHrefOf(notFound.body);
      assert.ok(href);
      const done = await loginFrom(browser, href, accounts.entitled);
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, paperUrl);
      const paper = await browser.get(paperUrl);
      assert.equal(paper.statusCode, 200);
      assert.match(paper.body, /Grundstücksankauf Quokkaweg/);
    });

    it('keeps the way back through the second factor', async () => {
      const setup = new Browser(t.app);
      await setup.login(accounts.staff);
      const secret = /class="totp-secret">([A-Z2-7]+)</.exec((await setup.get('/konto/zweiter-faktor')).body)?.[1] ?? '';
      assert.ok(secret);
      const confirmed = await setup.post('/konto/zweiter-faktor', { code: totpCode(secret, new Date(Date.now() - 30_000)) });
      assert.match(confirmed.body, /zweite Faktor ist eingerichtet/);

      const browser = new Browser(t.app);
      const href = loginHrefOf((await browser.get(paperUrl)).body);
      assert.ok(href);
      const first = await loginFrom(browser, href, accounts.staff);
      assert.equal(first.headers.location, `/anmelden/code?weiter=${encodeURIComponent(paperUrl)}`);
      const codeForm = await browser.get(String(first.headers.location));
      const action = /<form[^>]+action="(\/anmelden\/code[^"]*)"/.exec(codeForm.body)?.[1]?.replace(/&amp;/g, '&');
      assert.equal(action, `/anmelden/code?weiter=${encodeURIComponent(paperUrl)}`);
      const done = await browser.post(action ?? '', { code: totpCode(secret, new Date()) });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, paperUrl);
      assert.equal((await browser.get(paperUrl)).statusCode, 200, 'the unit of the paper sees it');
    });

    it('never sends anyone to another site, whatever the way back says', async () => {
      for (const value of hostile) {
        const viaForm = new Browser(t.app);
        await viaForm.get('/anmelden');
        const posted = await viaForm.post('/anmelden', { email: accounts.entitled, passwort: TEST_PASSWORD, weiter: value });
        // a control character refuses the whole form (400); anything else logs in and stays here
        if (posted.statusCode === 400) assert.equal(posted.headers.location, undefined);
        else assert.equal(posted.headers.location, '/mein-bereich', `form: ${JSON.stringify(value)}`);
        // logged in, the login page sends on at once
        const again = await viaForm.get(`/anmelden?weiter=${encodeURIComponent(value)}`);
        assert.ok([200, 303, 400].includes(again.statusCode), `query: ${JSON.stringify(value)}`);
        assert.doesNotMatch(again.body, /evil|javascript:/, `query: ${JSON.stringify(value)}`);
        if (again.statusCode === 303) assert.equal(again.headers.location, '/mein-bereich', `query: ${JSON.stringify(value)}`);
        const form = await new Browser(t.app).get(`/anmelden?weiter=${encodeURIComponent(value)}`);
        assert.doesNotMatch(form.body, /evil|javascript:/, `login form: ${JSON.stringify(value)}`);
      }
      // the raw, undecoded form of //evil.com in the address of the login page
      const raw = await new Browser(t.app).get('/anmelden?weiter=%2F%2Fevil.com');
      assert.doesNotMatch(raw.body, /evil/);
      // a 404 at an address that would be one offers the login without a way back
      for (const url of ['//evil.com', '//evil.com/vorlagen']) {
        const page = await t.app.inject(url);
        assert.equal(page.statusCode, 404, url);
        assert.equal(loginHrefOf(page.body), '/anmelden', url);
      }
    });

    it('keeps hostile ways back out of the second step', async () => {
      const browser = new Browser(t.app);
      await browser.get('/anmelden');
      const first = await browser.post('/anmelden', { email: accounts.staff, passwort: TEST_PASSWORD, weiter: 'https://evil.com' });
      assert.equal(first.headers.location, '/anmelden/code');
      for (const value of hostile) {
        const form = await browser.get(`/anmelden/code?weiter=${encodeURIComponent(value)}`);
        assert.ok(form.statusCode === 200 || form.statusCode === 400, JSON.stringify(value));
        assert.doesNotMatch(form.body, /evil|javascript:/, JSON.stringify(value));
      }
    });
  });
}
