/**
 * @module test/browser/members-area.browser
 * A demo councillor's `/mein-bereich` in real Chromium at 320, 375 and 1280 px: one section per
 * session, every document folded per agenda item (closed until opened, no script), nothing
 * „neu“ on the first visit, and a page height bounded by what the page holds: a budget per
 * visible row (agenda item, session heading, date line, folds, ZIP link), not per document.
 * The page before the rework was 10,000 px at 1280 and 17,000 at 375 with the same data.
 * axe finds nothing with the folds closed and opened; no horizontal overflow.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openDemoApp, type DemoApp } from '../helpers/demo.ts';
import {
  artifactsDir,
  assertNoHorizontalOverflow,
  axeViolations,
  browserSkip,
  launchChromium,
  serveLocally,
  loginWithDemoPassword,
} from '../helpers/browser.ts';

/** Height of one visible row at each width (lines wrap more on phones), and of the rest of the page. */
const rowBudget: Record<number, number> = { 320: 90, 375: 76, 1280: 42 };
const chromeBudget = 1000;
/** Rows of a session besides its agenda items: heading, date line, own documents, ZIP link. */
const rowsPerSession = 4;

describe('members’ area in headless Chromium', { skip: browserSkip }, () => {
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

  const login = (page: Page, email: string) => loginWithDemoPassword(page, baseUrl, email);

  for (const width of [320, 375, 1280]) {
    it(`shows the councillor’s sessions folded and short at ${width} px`, async () => {
      assert.ok(browser);
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const report: string[] = [];
      try {
        await login(page, 'ratsmitglied@nordheide.example');
        const label = `/mein-bereich at ${width} px`;
        assert.equal(await page.locator('h1').count(), 1);

        // one section per session, each with a heading and its date and Gremium
        const sections = page.locator('main section.member-meeting');
        const sessions = await sections.count();
        assert.ok(sessions >= 2, `${label}: sessions of the demo councillor (${sessions})`);
        for (let i = 0; i < sessions; i++) {
          const section = sections.nth(i);
          assert.equal(await section.locator('h3 a[href^="/sitzungen/"]').count(), 1);
          assert.match(await section.locator('.org-meta').first().innerText(), /\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr · \S/);
        }

        // every document sits in a closed fold, hidden until opened
        const folds = page.locator('main section.member-meeting details');
        const foldCount = await folds.count();
        assert.ok(foldCount > 0, `${label}: folds`);
        assert.equal(await page.locator('main section.member-meeting details[open]').count(), 0, `${label}: all folds closed`);
        const documents = page.locator('main section.member-meeting a[href^="/dateien/"]');
        const documentCount = await documents.count();
        assert.ok(documentCount > 0);
        assert.equal(await page.locator('main section.member-meeting details a[href^="/dateien/"]').count(), documentCount, 'no document outside a fold');
        for (let i = 0; i < documentCount; i++) assert.equal(await documents.nth(i).isVisible(), false, `${label}: document ${i} hidden`);
        // the first visit is the baseline: nothing is „neu“
        assert.equal(await page.locator('main li[data-paper-id]').count(), 0, `${label}: no new papers on the first visit`);
        assert.doesNotMatch(await page.locator('main').innerText(), /\bneu am\b/);

        // the page is as long as its rows, not as its documents
        const items = await page.locator('main section.member-meeting li.agenda-item').count();
        const budget = rowBudget[width] ?? 90;
        const bound = chromeBudget + (items + sessions * rowsPerSession) * budget;
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        assert.ok(height <= bound, `${label}: ${height} px > ${bound} px for ${sessions} sessions and ${items} items (${documentCount} documents folded)`);
        report.push(...(await axeViolations(page, `${label}, folds closed`)));
        await assertNoHorizontalOverflow(page, label);
        await page.screenshot({ path: `${artifactsDir}members-area-${width}.png`, fullPage: true });

        // a click on a summary opens its fold: the page has no script that could do it
        assert.equal(await page.locator('script').count(), 0);
        const first = folds.first();
        await first.locator('summary').click();
        assert.equal(await first.getAttribute('open'), '');
        assert.ok(await first.locator('a[href^="/dateien/"]').first().isVisible());
        for (let i = 1; i < foldCount; i++) await folds.nth(i).locator('summary').click();
        report.push(...(await axeViolations(page, `${label}, folds open`)));
        await assertNoHorizontalOverflow(page, `${label}, folds open`);
      } finally {
        await context.close();
      }
      assert.equal(report.length, 0, `axe violations:\n${report.join('\n')}`);
    });
  }
});
