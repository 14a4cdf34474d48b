/**
 * @module test/browser/portal-walk.browser
 * A citizen's way through the demo Kreis in real Chromium, on a phone (320 and 375 px) and on a
 * desktop: start page → Gremium → one of its sessions → an agenda item → its paper → the open-data
 * page, by clicking links. Every page: one h1, axe finds nothing, no horizontal overflow, a screenshot in
 * test-artifacts/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openDemoApp, type DemoApp } from '../helpers/demo.ts';
import { artifactsDir, assertNoHorizontalOverflow, axeViolations, browserSkip, launchChromium, serveLocally } from '../helpers/browser.ts';

describe('walk through the public portal in headless Chromium', { skip: browserSkip }, () => {
  let demo: DemoApp | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';

  before(async () => {
    demo = await openDemoApp();
    const { app } = demo;
    baseUrl = await serveLocally(app);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  /** Checks the page the walk has reached and keeps a screenshot of it. */
  async function inspect(page: Page, step: string, width: number, report: string[]): Promise<void> {
    const label = `${step} (${page.url().replace(baseUrl, '')}) at ${width} px`;
    assert.equal(await page.locator('h1').count(), 1, `${label}: one h1`);
    assert.equal(await page.locator('main#inhalt').count(), 1, `${label}: main landmark`);
    assert.ok((await page.title()).length > 10, `${label}: a title`);
    report.push(...(await axeViolations(page, label)));
    await assertNoHorizontalOverflow(page, label);
    await page.screenshot({ path: `${artifactsDir}walk-${width}-${step}.png`, fullPage: true });
  }

  /** Clicks the first link whose href matches and that `accept` likes, and waits for the page. */
  async function follow(page: Page, pattern: RegExp, accept: (page: Page) => Promise<boolean> = async () => true): Promise<void> {
    const hrefs = await page.$$eval('main a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    const candidates = [...new Set(hrefs.filter((h) => pattern.test(h)))];
    assert.ok(candidates.length > 0, `a link matching ${pattern} on ${page.url()}`);
    const start = page.url();
    for (const href of candidates) {
      await Promise.all([page.waitForURL((u) => u.toString() !== start), page.locator(`main a[href="${href}"]`).first().click()]);
      if (await accept(page)) return;
      await page.goto(start);
    }
    assert.fail(`no link matching ${pattern} on ${start} led to a suitable page`);
  }

  for (const width of [320, 375, 1280]) {
    it(`goes from the start page to a Gremium, a session, an agenda item, its paper and the search at ${width} px`, async () => {
      assert.ok(browser);
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const report: string[] = [];
      try {
        await page.goto(`${baseUrl}/`);
        await inspect(page, '1-start', width, report);
        await page.locator('a[href="/gremien"]').first().click();
        await page.waitForURL(/\/gremien$/);
        await inspect(page, '2-gremien', width, report);
        // a committee whose page lists sessions
        await follow(page, /^\/gremien\/\d+$/, async (p) => (await p.locator('main a[href^="/sitzungen/"]').count()) > 0);
        await inspect(page, '3-gremium', width, report);
        // a session whose agenda has an item with a paper
        await follow(
          page,
          /^\/sitzungen\/\d+$/,
          async (p) => (await p.locator('li.agenda-item:has(a[href^="/vorlagen/"]) a[href^="/tagesordnungspunkte/"]').count()) > 0,
        );
        await inspect(page, '4-sitzung', width, report);
        const item = page.locator('li.agenda-item:has(a[href^="/vorlagen/"]) a[href^="/tagesordnungspunkte/"]').first();
        await Promise.all([page.waitForURL(/\/tagesordnungspunkte\/\d+$/), item.click()]);
        await inspect(page, '5-tagesordnungspunkt', width, report);
        await follow(page, /^\/vorlagen\/[A-Z]/);
        assert.match(await page.locator('h1').innerText(), /vorlage|Antrag|Anfrage|Antwort/i);
        await inspect(page, '6-vorlage', width, report);
        // the footer leads developers to the open-data interface
        await Promise.all([page.waitForURL(/\/oparl$/), page.locator('footer a[href="/oparl"]').click()]);
        await inspect(page, '7-oparl', width, report);
        // the search from the navigation: a typed query, its hits with facets, one facet applied
        await Promise.all([page.waitForURL(/\/suche$/), page.locator('nav a[href="/suche"]').first().click()]);
        await inspect(page, '8-suche', width, report);
        await page.locator('#suche-q').fill('Integration');
        await Promise.all([page.waitForURL(/\/suche\?q=Integration/), page.locator('form[role="search"] button[type="submit"]').click()]);
        assert.ok((await page.locator('li.hit').count()) > 0, 'hits for „Integration“');
        assert.ok((await page.locator('li.hit mark').count()) > 0, 'highlighted words');
        await inspect(page, '9-treffer', width, report);
        // on a phone the filters are folded below the hits: open them first
        if (!(await page.locator('nav.facets a').first().isVisible())) await page.locator('.facet-fold > summary').click();
        await Promise.all([page.waitForURL(/art=vorlage/), page.locator('nav.facets a[href*="art=vorlage"]').first().click()]);
        assert.equal(await page.locator('li.hit .hit-kind').filter({ hasNotText: 'Vorlage' }).count(), 0, 'only papers after the facet');
        await inspect(page, '10-facette', width, report);
      } finally {
        await context.close();
      }
      assert.equal(report.length, 0, `axe violations:\n${report.join('\n')}`);
    });
  }
});
