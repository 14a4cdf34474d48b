import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { createLogger } from '../../logger.ts';
import { buildApp } from '../../app/app.ts';
import { createMailer } from '../../infra/mailer.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { createTestBody, tempDir, tempStorage } from '../../../test/helpers/fixtures.ts';
import { Browser, createTestAccount, TEST_PASSWORD } from '../../../test/helpers/accounts.ts';
import { mailText, startSmtpServer, type TestSmtp } from '../../../test/helpers/smtp.ts';
import { passwordResetTokens, users } from './auth.tables.ts';
import { randomToken, tokenDigest } from './secrets.ts';

const NEW_PASSWORD = 'ein-ganz-neues-passwort';

for (const engine of testEngines()) {
  describe(`password reset by e-mail (${engine.name})`, () => {
    let database: Database;
    let app: FastifyInstance;
    let smtp: TestSmtp;
    const logLines: string[] = [];
    let now = new Date('2026-03-02T09:00:00Z');

    before(async () => {
      database = await engine.open();
      smtp = await startSmtpServer();
      const fixture = await createTestBody(database.db);
      await createTestAccount(database.db, fixture.bodyId, { email: 'joern.petersen@kreis-test.de', displayName: 'Jörn Petersen', roles: [] });
      const config = loadConfig({
        BASE_URL: 'http://gremia.test',
        LOG_LEVEL: 'info',
        LOGIN_RATE_LIMIT: '1000',
        SMTP_URL: smtp.url,
        MAIL_FROM: 'Kreis Testhausen <ratsinfo@kreis-test.de>',
      });
      const sink = new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) });
      const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: await tempDir() });
      app = await buildApp({ database, storage: await tempStorage(), config, logger: createLogger(config, sink), mailer, now: () => now });
    });
    after(async () => {
      await app.close();
      await database.close();
      await smtp.close();
    });

    const requestLink = async (email: string) => {
      const browser = new Browser(app);
      await browser.get('/passwort-vergessen');
      const response = await browser.post('/passwort-vergessen', { email });
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /Wenn zu dieser Adresse ein Konto gehört/);
      return response;
    };

    it('mails a single-use link through SMTP that sets a new password and ends old sessions', async () => {
      const oldSession = new Browser(app);
      await oldSession.login('joern.petersen@kreis-test.de');
      await requestLink('Joern.Petersen@kreis-test.de');
      assert.equal(smtp.mails.length, 1);
      const [mail] = smtp.mails;
      assert.ok(mail);
      assert.deepEqual(mail.to, ['joern.petersen@kreis-test.de']);
      const text = mailText(mail.raw);
      const link = /http:\/\/gremia\.test(\/passwort-neu\?token=[A-Za-z0-9_-]{43})/.exec(text)?.[1];
      assert.ok(link, `no link in mail: ${text}`);

      const browser = new Browser(app);
      const form = await browser.get(link);
      assert.equal(form.statusCode, 200);
      const token = link.split('=')[1] ?? '';
      const mismatch = await browser.post('/passwort-neu', { token, passwort: NEW_PASSWORD, passwort2: 'etwas-anderes-hier' });
      assert.equal(mismatch.statusCode, 400);
      assert.match(mismatch.body, /stimmen nicht überein/);
      const done = await browser.post('/passwort-neu', { token, passwort: NEW_PASSWORD, passwort2: NEW_PASSWORD });
      assert.equal(done.statusCode, 303);

      assert.equal((await oldSession.get('/konto')).statusCode, 303, 'the old session ended');
      const again = await new Browser(app).get(link);
      assert.equal(again.statusCode, 404, 'the link works once');
      await new Browser(app).login('joern.petersen@kreis-test.de', NEW_PASSWORD);
      const old = new Browser(app);
      await old.get('/anmelden');
      assert.equal((await old.post('/anmelden', { email: 'joern.petersen@kreis-test.de', passwort: TEST_PASSWORD })).statusCode, 401);
    });

    it('voids an earlier link as soon as a newer one is requested', async () => {
      const linkOf = (raw: string | undefined) => /(\/passwort-neu\?token=([A-Za-z0-9_-]{43}))/.exec(mailText(raw ?? ''));
      await requestLink('joern.petersen@kreis-test.de');
      const first = linkOf(smtp.mails.at(-1)?.raw);
      await requestLink('joern.petersen@kreis-test.de');
      const second = linkOf(smtp.mails.at(-1)?.raw);
      assert.ok(first?.[1] && first[2] && second?.[1] && second[2]);
      assert.notEqual(first[2], second[2]);

      const browser = new Browser(app);
      const stale = await browser.get(first[1]);
      assert.equal(stale.statusCode, 404, 'the first link no longer works');
      assert.match(stale.body, /ungültig, abgelaufen oder wurde schon benutzt/);
      const form = await browser.get(second[1]);
      assert.equal(form.statusCode, 200);
      // the form of the valid link, posted with the old token: refused as well
      const staleUse = await browser.post('/passwort-neu', { token: first[2], passwort: 'noch-ein-anderes-passwort', passwort2: 'noch-ein-anderes-passwort' });
      assert.equal(staleUse.statusCode, 404);
      assert.match(staleUse.body, /ungültig, abgelaufen oder wurde schon benutzt/);
      await browser.get(second[1]);
      const done = await browser.post('/passwort-neu', { token: second[2], passwort: NEW_PASSWORD, passwort2: NEW_PASSWORD });
      assert.equal(done.statusCode, 303);
      await new Browser(app).login('joern.petersen@kreis-test.de', NEW_PASSWORD);
    });

    it('voids every other link of the account when one is used', async () => {
      // two links alive at once, as two requests racing each other could leave them
      const [account] = await database.db.select({ id: users.id }).from(users).where(eq(users.email, 'joern.petersen@kreis-test.de'));
      assert.ok(account);
      const tokens = [randomToken(), randomToken()];
      await database.db
        .insert(passwordResetTokens)
        .values(tokens.map((token) => ({ userId: account.id, tokenHash: tokenDigest(token), expiresAt: new Date(now.getTime() + 60_000), created: now })));
      const [used, other] = tokens;
      assert.ok(used && other);
      const browser = new Browser(app);
      await browser.get(`/passwort-neu?token=${used}`);
      assert.equal((await browser.post('/passwort-neu', { token: used, passwort: NEW_PASSWORD, passwort2: NEW_PASSWORD })).statusCode, 303);
      assert.equal((await new Browser(app).get(`/passwort-neu?token=${other}`)).statusCode, 404);
    });

    it('answers an unknown address exactly like a known one and sends nothing', async () => {
      const before = smtp.mails.length;
      const response = await requestLink('unbekannt@kreis-test.de');
      assert.equal(smtp.mails.length, before);
      assert.doesNotMatch(response.body, /unbekannt@kreis-test.de/);
    });

    it('refuses a link after an hour', async () => {
      await requestLink('joern.petersen@kreis-test.de');
      const link = /(\/passwort-neu\?token=[A-Za-z0-9_-]{43})/.exec(mailText(smtp.mails.at(-1)?.raw ?? ''))?.[1];
      assert.ok(link);
      now = new Date(now.getTime() + 61 * 60 * 1000);
      const response = await new Browser(app).get(link);
      assert.equal(response.statusCode, 404);
      assert.match(response.body, /ungültig, abgelaufen oder wurde schon benutzt/);
    });

    it('writes no token, password or session cookie into the log', async () => {
      const log = logLines.join('');
      assert.match(log, /passwort-neu\?token=\[entfernt\]/, 'the reset page was logged, without its token');
      for (const mail of smtp.mails) {
        const token = /token=([A-Za-z0-9_-]{43})/.exec(mailText(mail.raw))?.[1];
        assert.ok(token);
        assert.ok(!log.includes(token), 'a reset token reached the log');
      }
      assert.ok(!log.includes(NEW_PASSWORD) && !log.includes(TEST_PASSWORD), 'a password reached the log');
      assert.ok(!/gremia_sitzung=/.test(log), 'a session cookie reached the log');
    });
  });
}
