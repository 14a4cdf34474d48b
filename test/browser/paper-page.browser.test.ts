/**
 * @module test/browser/paper-page.browser
 * The paper page, the paper list, the start page and a 404 page in real headless Chromium:
 * sections collapse and open without any script (native details/summary), axe finds no
 * WCAG 2.1 A/AA violations, nothing overflows horizontally at 375 px and 1280 px, and
 * full-page screenshots land in test-artifacts/ for a human look.
 *
 * Needs /usr/bin/chromium. Without it the file is skipped – except in CI (CI set), where a
 * missing browser is a failure.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { artifactsDir as artifacts, assertNoHorizontalOverflow, axeViolations, browserSkip as skip, launchChromium } from '../helpers/browser.ts';
import { testEngines } from '../helpers/db.ts';

const sectionTitles = ['Beratungsfolge', 'Sachverhalt', 'Beschlussempfehlung', 'Relevanz für den Klimaschutz', 'Finanzielle Auswirkungen', 'Anlagen'];
const sachverhaltText = 'Im ersten Halbjahr 2024 hat die Koordinierungsstelle';

/** Pages axe checks, with the status each must answer. */
const axePages: { url: string; status: number }[] = [
  { url: '/vorlagen/VO-2025-246', status: 200 },
  { url: '/vorlagen', status: 200 },
  { url: '/vorlagen?art=Beschlussvorlage', status: 200 },
  { url: '/vorlagen?art=Mitteilungsvorlage&sortierung=nummer&seite=2', status: 200 },
  { url: '/vorlagen?art=Beschlussvorlage&jahr=2023', status: 200 },
  { url: '/', status: 200 },
  // the fixture's first meeting (a fresh database numbers from 1), with the Beschlussvorlage as Ö 1
  { url: '/sitzungen/1', status: 200 },
  { url: '/vorlagen/VO-1999-1', status: 404 },
];

describe('paper page in headless Chromium', { skip }, () => {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';

  before(async () => {
    const engine = testEngines()[0];
    assert.ok(engine);
    t = await openTestApp(engine);
    // enough papers for a second list page
    await t.importPapers({
      papers: Array.from({ length: 25 }, (_, i) => ({
        reference: `MV/2023/${i + 1}`,
        type: 'Mitteilungsvorlage',
        name: `Bericht zur Schülerbeförderung Nr. ${i + 1}`,
        date: `2023-0${(i % 9) + 1}-15`,
        sections: [{ kind: 'Sachverhalt', text: 'Bericht.' }],
      })),
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${address.port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await t?.close();
  });

  async function withPage<T>(options: Parameters<Browser['newContext']>[0], use: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
    assert.ok(browser);
    const context = await browser.newContext(options);
    try {
      return await use(await context.newPage(), context);
    } finally {
      await context.close();
    }
  }

  async function open(page: Page, url: string, status = 200): Promise<void> {
    const response = await page.goto(baseUrl + url, { waitUntil: 'load' });
    assert.equal(response?.status(), status, `status of ${url}`);
  }

  it('collapses and reopens sections without JavaScript (native details/summary)', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      // the context really runs no script
      await page.setContent('<title>ohne</title><script>document.title = "mit"</script>');
      assert.equal(await page.title(), 'ohne');

      await open(page, '/vorlagen/VO-2025-246');
      const h1 = (await page.locator('h1').innerText()).replace(/\s+/g, ' ');
      for (const part of ['Beschlussvorlage', 'öffentlich', 'VO/2025/246']) assert.ok(h1.includes(part), `h1 "${h1}" contains ${part}`);
      assert.equal(await page.locator('h1').count(), 1);

      for (const title of sectionTitles) {
        const details = page.locator('details.section').filter({ has: page.locator('summary h2', { hasText: new RegExp(`^${title}$`) }) });
        assert.equal(await details.count(), 1, `one section "${title}"`);
        assert.notEqual(await details.getAttribute('open'), null, `section "${title}" is open`);
      }

      const sachverhalt = page.locator('details.section').filter({ has: page.locator('summary h2', { hasText: /^Sachverhalt$/ }) });
      const text = sachverhalt.getByText(sachverhaltText);
      assert.equal(await text.isVisible(), true, 'Sachverhalt text visible at first');

      await sachverhalt.locator('summary').click();
      assert.equal(await sachverhalt.getAttribute('open'), null, 'collapsed after the first click');
      assert.equal(await text.isVisible(), false, 'Sachverhalt text hidden when collapsed');
      // the other sections stay open
      const beschluss = page.locator('details.section').filter({ has: page.locator('summary h2', { hasText: /^Beschlussempfehlung$/ }) });
      assert.notEqual(await beschluss.getAttribute('open'), null);

      await sachverhalt.locator('summary').click();
      assert.notEqual(await sachverhalt.getAttribute('open'), null, 'open again after the second click');
      assert.equal(await text.isVisible(), true, 'Sachverhalt text visible again');

      // keyboard works too: focus the summary and toggle with Enter
      await sachverhalt.locator('summary').focus();
      await page.keyboard.press('Enter');
      assert.equal(await sachverhalt.getAttribute('open'), null, 'Enter collapses');
      await page.keyboard.press('Enter');
      assert.notEqual(await sachverhalt.getAttribute('open'), null, 'Enter reopens');
    });
  });

  for (const width of [1280, 375]) {
    it(`has no axe violations (WCAG 2.1 A and AA) at ${width} px on the paper page, the lists, the start page and a 404 page`, async () => {
      const report: string[] = [];
      await withPage({ viewport: { width, height: 900 } }, async (page) => {
        for (const { url, status } of axePages) {
          await open(page, url, status);
          report.push(...(await axeViolations(page, url)));
        }
      });
      assert.equal(report.length, 0, `axe violations at ${width} px:\n${report.join('\n')}`);
    });
  }

  for (const width of [375, 1280]) {
    it(`does not overflow horizontally at ${width} px and saves screenshots`, async () => {
      await withPage({ viewport: { width, height: 900 } }, async (page) => {
        for (const { url, status } of axePages) {
          await open(page, url, status);
          await assertNoHorizontalOverflow(page, `${url} at ${width} px`);
        }
        for (const [name, url] of [
          ['paper', '/vorlagen/VO-2025-246'],
          ['list', '/vorlagen?art=Mitteilungsvorlage&sortierung=nummer&seite=2'],
        ] as const) {
          await open(page, url);
          const path = `${artifacts}${name}-${width}.png`;
          await page.screenshot({ path, fullPage: true });
          assert.ok(fs.statSync(path).size > 1000, `screenshot ${path} written`);
        }
      });
    });
  }
});
