/**
 * @module test/browser/legal-pages.browser
 * The legally required pages and the feedback form in real headless Chromium at 320 and
 * 1280 px: axe finds no WCAG 2.1 A/AA violations, nothing overflows sideways, the footer
 * reaches every page, and the form sends and refuses without any script.
 *
 * Needs /usr/bin/chromium. Without it the file is skipped – except in CI (CI set), where a
 * missing browser is a failure.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { defaultLegalText, saveLegalText } from '../../src/modules/legal/index.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { artifactsDir as artifacts, assertNoHorizontalOverflow, axeViolations, browserSkip as skip, launchChromium } from '../helpers/browser.ts';
import { testEngines } from '../helpers/db.ts';
import { startSmtpServer, type TestSmtp } from '../helpers/smtp.ts';

const testBody = { name: 'Kreis Testhausen', contactEmail: null, contactName: null, website: null, license: null };
const pages = ['/impressum', '/datenschutz', '/barrierefreiheit', '/leichte-sprache', '/gebaerdensprache', '/barrierefreiheit/rueckmeldung'];

describe('legal pages and the feedback form in headless Chromium', { skip }, () => {
  let t: TestApp | undefined;
  let smtp: TestSmtp | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';

  before(async () => {
    const engine = testEngines()[0];
    assert.ok(engine);
    smtp = await startSmtpServer();
    t = await openTestApp(engine, { SMTP_URL: smtp.url });
    // the default statement saved with a feedback address, as a body starts out
    const db = t.database.db;
    const statement = await saveLegalText(
      db,
      t.fixture.bodyId,
      'barrierefreiheit',
      0,
      { html: defaultLegalText('barrierefreiheit', testBody, 'http://gremia.test'), videoUrl: null, feedbackEmail: 'barrierefrei@kreis-test.de' },
      { userId: null, ip: '127.0.0.1' },
    );
    assert.ok(statement.ok);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    assert.ok(address !== null && typeof address === 'object', 'the app listens on a TCP port');
    baseUrl = `http://127.0.0.1:${address.port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await t?.close();
    await smtp?.close();
  });

  async function withPage<T>(options: Parameters<Browser['newContext']>[0], use: (page: Page) => Promise<T>): Promise<T> {
    assert.ok(browser);
    const context = await browser.newContext(options);
    try {
      return await use(await context.newPage());
    } finally {
      await context.close();
    }
  }

  async function open(page: Page, url: string): Promise<void> {
    const response = await page.goto(baseUrl + url, { waitUntil: 'load' });
    assert.equal(response?.status(), 200, `status of ${url}`);
  }

  it('reaches every legal page from the footer and sends feedback without JavaScript', async () => {
    await withPage({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } }, async (page) => {
      await open(page, '/');
      const footer = page.getByRole('navigation', { name: 'Rechtliches und Barrierefreiheit' });
      for (const [label, heading] of [
        ['Impressum', 'Impressum'],
        ['Datenschutz', 'Datenschutzerklärung'],
        ['Barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
        ['Leichte Sprache', 'Leichte Sprache'],
        ['Gebärdensprache', 'Deutsche Gebärdensprache'],
      ] as const) {
        await footer.getByRole('link', { name: label, exact: true }).click();
        assert.equal(await page.locator('h1').innerText(), heading);
      }
      await page.getByRole('navigation', { name: 'Rechtliches und Barrierefreiheit' }).getByRole('link', { name: 'Barrierefreiheit', exact: true }).click();
      await page.getByRole('link', { name: 'Rückmeldung zur Barrierefreiheit senden' }).click();
      // only blanks: the browser lets it through, the server refuses it and keeps the other fields
      await page.getByLabel('Ihre Nachricht (Pflichtfeld)').fill('   ');
      await page.getByLabel('Ihr Name (freiwillig)').fill('Erika Muster');
      await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
      assert.match(await page.getByRole('alert').innerText(), /Bitte beschreiben Sie die Barriere/);
      assert.equal(await page.getByLabel('Ihr Name (freiwillig)').inputValue(), 'Erika Muster');
      await assertNoHorizontalOverflow(page, 'feedback form with errors at 320 px');
      await page.getByLabel('Ihre Nachricht (Pflichtfeld)').fill('Das Kalender-Raster ist mit der Tastatur nicht bedienbar.');
      await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
      assert.equal(await page.locator('h1').innerText(), 'Rückmeldung gesendet');
      assert.ok(smtp?.mails.some((m) => m.to.includes('barrierefrei@kreis-test.de') && m.raw.includes('Kalender-Raster')));
    });
  });

  // axe runs as a script in the page, so this context allows scripts; the site itself sends none
  it('has no axe violations on the refused feedback form', async () => {
    await withPage({ viewport: { width: 320, height: 800 } }, async (page) => {
      await open(page, '/barrierefreiheit/rueckmeldung');
      await page.getByLabel('Ihre Nachricht (Pflichtfeld)').fill(' ');
      await page.getByLabel('Ihre E-Mail-Adresse (freiwillig, für eine Antwort)').fill('erika@beispiel.de');
      await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
      assert.match(await page.getByRole('alert').innerText(), /Bitte beschreiben Sie die Barriere/);
      const report = await axeViolations(page, 'refused feedback form');
      assert.equal(report.length, 0, report.join('\n'));
    });
  });

  for (const width of [320, 1280]) {
    it(`has no axe violations and no sideways scrolling at ${width} px on the five pages and the feedback form`, async () => {
      const report: string[] = [];
      await withPage({ viewport: { width, height: 900 } }, async (page) => {
        for (const url of pages) {
          await open(page, url);
          report.push(...(await axeViolations(page, `${url} at ${width} px`)));
          await assertNoHorizontalOverflow(page, `${url} at ${width} px`);
        }
        await open(page, '/barrierefreiheit');
        const path = `${artifacts}barrierefreiheit-${width}.png`;
        await page.screenshot({ path, fullPage: true });
        assert.ok(fs.statSync(path).size > 1000, `screenshot ${path} written`);
      });
      assert.equal(report.length, 0, `axe violations at ${width} px:\n${report.join('\n')}`);
    });
  }
});
