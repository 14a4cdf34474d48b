/**
 * @module test/browser/synonyms.browser
 * The administration's synonym page in real Chromium at 320 and 1280 px: as loaded, with a
 * refused list, after a save (and the search that then finds the new synonym), after a
 * conflict, and back to the defaults. Every state: one h1, axe finds nothing, no horizontal
 * overflow, no Content-Security-Policy violation, a screenshot in test-artifacts/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  artifactsDir,
  assertNoHorizontalOverflow,
  axeViolations,
  browserSkip,
  launchChromium,
  serveLocally,
  loginWithDemoPassword,
} from '../helpers/browser.ts';
import { openDemoApp, type DemoApp } from '../helpers/demo.ts';

describe('Synonyme der Suche in headless Chromium', { skip: browserSkip }, () => {
  let demo: DemoApp | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';

  before(async () => {
    demo = await openDemoApp();
    baseUrl = await serveLocally(demo.app);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  for (const width of [320, 1280]) {
    it(`lets the administrator edit, be refused, save, collide and restore at ${width} px`, async () => {
      assert.ok(browser);
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const report: string[] = [];
      const csp: string[] = [];
      const inspect = async (page: Page, step: string) => {
        const label = `${step} at ${width} px`;
        assert.equal(await page.locator('h1').count(), 1, `${label}: one h1`);
        report.push(...(await axeViolations(page, label)));
        await assertNoHorizontalOverflow(page, label);
        await page.screenshot({ path: `${artifactsDir}synonyme-${width}-${step}.png`, fullPage: true });
        assert.deepEqual(csp, [], `${label}: CSP violations`);
      };
      const open = async () => {
        const page = await context.newPage();
        page.on('console', (m) => {
          if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
        });
        return page;
      };
      const field = (page: Page) => page.getByLabel(/Synonymgruppen, eine je Zeile|Ihre Fassung/);
      const save = (page: Page, name = 'Speichern') => Promise.all([page.waitForNavigation(), page.getByRole('button', { name, exact: true }).click()]);
      try {
        const page = await open();
        await loginWithDemoPassword(page, baseUrl, 'admin@nordheide.example');

        await page.goto(`${baseUrl}/verwaltung`);
        await Promise.all([page.waitForURL(/\/verwaltung\/synonyme$/), page.getByRole('link', { name: 'Synonyme der Suche' }).click()]);
        assert.match(await field(page).inputValue(), /^Müll, Abfall/);
        await inspect(page, '1-standard');

        await field(page).fill('Müll, Abfall\nZauberwort');
        await save(page);
        assert.match(await page.locator('main [role=alert]').innerText(), /Zeile 2 \(„Zauberwort“\) enthält nur ein Wort/);
        assert.equal(await field(page).inputValue(), 'Müll, Abfall\nZauberwort');
        await inspect(page, '2-fehler');

        await field(page).fill('Müll, Abfall\nZauberwort, Haushalt');
        await save(page);
        assert.match(await page.locator('main [role=status]').innerText(), /Die Liste ist gespeichert/);
        await inspect(page, '3-gespeichert');
        const search = await open();
        await search.goto(`${baseUrl}/suche?q=Zauberwort`);
        assert.match(await search.locator('main').innerText(), /\d+ Treffer/);
        assert.ok((await search.locator('main mark').count()) > 0, 'the hits mark „Haushalt“');

        // a second tab saves in between: the first sees both versions
        const other = await open();
        await other.goto(`${baseUrl}/verwaltung/synonyme`);
        await field(other).fill('Fremdwort, Anderswort');
        await save(other);
        await field(page).fill('Meinwort, Eigenwort');
        await save(page);
        assert.equal(await page.getByLabel('Gespeicherte Liste (nur zum Lesen)').inputValue(), 'Fremdwort, Anderswort');
        assert.equal(await field(page).inputValue(), 'Meinwort, Eigenwort');
        await inspect(page, '4-konflikt');

        await save(page, 'Standardliste wiederherstellen');
        assert.match(await page.locator('main [role=status]').innerText(), /Die Standardliste gilt wieder/);
        assert.match(await field(page).inputValue(), /^Müll, Abfall, Abfallwirtschaft/);
        await inspect(page, '5-wiederhergestellt');
      } finally {
        await context.close();
      }
      assert.equal(report.length, 0, `axe violations:\n${report.join('\n')}`);
    });
  }
});
