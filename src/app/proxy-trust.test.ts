/**
 * Which proxy headers Gremia believes (issue: a forged X-Forwarded-Host put its own name into
 * reset links, and a rotating X-Forwarded-For defeated the login rate limit and the audit log).
 * Host names in links come from BASE_URL and BODY_HOSTS only; X-Forwarded-For and -Proto only
 * from the proxies TRUST_PROXY names.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/client.ts';
import { auditEvents } from '../modules/audit/audit.tables.ts';
import { createMailer } from '../infra/mailer.ts';
import { importPapersFromJson } from '../modules/imports/index.ts';
import { buildApp } from './app.ts';
import { testEngines } from '../../test/helpers/db.ts';
import { Browser, createTestAccount } from '../../test/helpers/accounts.ts';
import { createTestBody, tempDir, tempStorage } from '../../test/helpers/fixtures.ts';
import { mailText, startSmtpServer, type TestSmtp } from '../../test/helpers/smtp.ts';

const [engine] = testEngines();
const MAPPED = 'ris.kreis-testhausen.de';

describe('proxy headers and host names', () => {
  let database: Database;
  let smtp: TestSmtp;
  let bodyId: number;
  const apps: FastifyInstance[] = [];
  const open = async (env: Record<string, string>) => {
    const config = loadConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT: '5', SMTP_URL: smtp.url, ...env });
    const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: await tempDir() });
    const app = await buildApp({ database, storage: await tempStorage(), config, logger: false, mailer });
    apps.push(app);
    return app;
  };

  before(async () => {
    assert.ok(engine);
    database = await engine.open();
    smtp = await startSmtpServer();
    const fixture = await createTestBody(database.db);
    bodyId = fixture.bodyId;
    await createTestAccount(database.db, bodyId, { email: 'anna.proxy@kreis-test.de', roles: [] });
    const imported = await importPapersFromJson(
      database.db,
      await tempStorage(),
      bodyId,
      JSON.stringify({ reference: 'VO/2026/1', type: 'Mitteilungsvorlage', name: 'Bericht' }),
      await tempDir(),
    );
    assert.ok(imported.ok);
  });
  after(async () => {
    for (const app of apps) await app.close();
    await database.close();
    await smtp.close();
  });

  const requestReset = async (app: FastifyInstance, headers: Record<string, string>) => {
    const browser = new Browser(app);
    assert.equal((await browser.get('/passwort-vergessen', headers)).statusCode, 200);
    const before = smtp.mails.length;
    const res = await browser.post('/passwort-vergessen', { email: 'anna.proxy@kreis-test.de' }, { headers });
    assert.equal(res.statusCode, 200);
    const mail = smtp.mails.at(-1);
    assert.ok(mail && smtp.mails.length === before + 1, 'one reset mail');
    return mailText(mail.raw);
  };

  for (const trust of [undefined, '127.0.0.1']) {
    it(`never puts a forged X-Forwarded-Host into reset links, canonical links or OParl ids (TRUST_PROXY=${trust ?? '–'})`, async () => {
      const app = await open({ BASE_URL: 'https://ratsinfo.example', BODY_HOSTS: `${MAPPED}=kreis-test`, ...(trust ? { TRUST_PROXY: trust } : {}) });
      const forged = { host: MAPPED, 'x-forwarded-host': 'evil.example' };
      if (trust) {
        // a trusted proxy that passes on a foreign host gets nothing: only configured hosts answer
        const res = await app.inject({ url: '/vorlagen/VO-2026-1', headers: forged });
        assert.equal(res.statusCode, 404);
        assert.doesNotMatch(res.body, /evil\.example/);
        return;
      }
      const text = await requestReset(app, forged);
      assert.match(text, new RegExp(`https://${MAPPED.replace(/\./g, '\\.')}/passwort-neu\\?token=`));
      assert.doesNotMatch(text, /evil\.example/);
      const page = await app.inject({ url: '/vorlagen/VO-2026-1', headers: forged });
      assert.match(page.body, new RegExp(`<link rel="canonical" href="https://${MAPPED.replace(/\./g, '\\.')}/vorlagen/VO-2026-1"/>`));
      const system = await app.inject({ url: '/oparl/v1/system', headers: forged });
      assert.equal(system.statusCode, 200);
      assert.doesNotMatch(system.body, /evil\.example/);
      assert.match(system.body, new RegExp(`"id":"https://${MAPPED.replace(/\./g, '\\.')}/oparl/v1/system"`));
    });
  }

  it('takes links from BASE_URL alone in a single-body installation, whatever the headers say', async () => {
    const app = await open({ BASE_URL: 'https://ratsinfo.example', TRUST_PROXY: '127.0.0.1' });
    const text = await requestReset(app, { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' });
    assert.match(text, /https:\/\/ratsinfo\.example\/passwort-neu\?token=/);
    assert.doesNotMatch(text, /evil\.example/);
  });

  const failLogin = (app: FastifyInstance, forwardedFor: string, remoteAddress?: string) =>
    app.inject({
      method: 'POST',
      url: '/anmelden',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': forwardedFor },
      payload: 'email=niemand%40kreis-test.de&passwort=falsch',
      ...(remoteAddress ? { remoteAddress } : {}),
    });

  it('counts logins per socket address when no proxy is trusted, however X-Forwarded-For rotates', async () => {
    const app = await open({ BASE_URL: 'http://gremia.test' });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await failLogin(app, `203.0.113.${i + 1}`)).statusCode);
    // 5 per minute: the CSRF check answers the first ones (403), the limit all after them
    assert.ok(
      statuses.slice(0, 5).every((s) => s !== 429),
      statuses.join(','),
    );
    assert.ok(
      statuses.slice(5).every((s) => s === 429),
      statuses.join(','),
    );
  });

  it('believes X-Forwarded-For from a trusted proxy only, for the limit and the audit log', async () => {
    const app = await open({ BASE_URL: 'http://gremia.test', TRUST_PROXY: '10.0.0.5' });
    // through the proxy, thirty clients are thirty clients
    for (let i = 0; i < 30; i++) assert.notEqual((await failLogin(app, `198.51.100.${i + 1}`, '10.0.0.5')).statusCode, 429);
    // straight from elsewhere, the header is ignored
    const direct: number[] = [];
    for (let i = 0; i < 10; i++) direct.push((await failLogin(app, `192.0.2.${i + 1}`, '192.0.2.200')).statusCode);
    assert.ok(
      direct.slice(5).every((s) => s === 429),
      direct.join(','),
    );

    const browser = new Browser(app);
    await browser.get('/anmelden');
    await browser.post(
      '/anmelden',
      { email: 'anna.proxy@kreis-test.de', passwort: 'falsches-passwort' },
      { headers: { 'x-forwarded-for': '198.51.100.77' }, remoteAddress: '10.0.0.5' },
    );
    const [viaProxy] = await database.db
      .select({ ip: auditEvents.ip })
      .from(auditEvents)
      .where(eq(auditEvents.event, 'login.failed'))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    assert.equal(viaProxy?.ip, '198.51.100.77');
    const forger = new Browser(app);
    await forger.get('/anmelden');
    await forger.post(
      '/anmelden',
      { email: 'anna.proxy@kreis-test.de', passwort: 'falsches-passwort' },
      { headers: { 'x-forwarded-for': '198.51.100.99' }, remoteAddress: '192.0.2.201' },
    );
    const [forged] = await database.db
      .select({ ip: auditEvents.ip })
      .from(auditEvents)
      .where(eq(auditEvents.event, 'login.failed'))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    assert.equal(forged?.ip, '192.0.2.201', 'the audit log records the real address, not the forged one');
  });

  it('sends HSTS for X-Forwarded-Proto https only from a trusted proxy', async () => {
    const trusting = await open({ BASE_URL: 'http://gremia.test', TRUST_PROXY: 'loopback' });
    assert.match(String((await trusting.inject({ url: '/', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security']), /max-age=/);
    const plain = await open({ BASE_URL: 'http://gremia.test' });
    assert.equal((await plain.inject({ url: '/', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security'], undefined);
  });
});
