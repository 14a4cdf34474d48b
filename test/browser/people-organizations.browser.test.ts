/**
 * @module test/browser/people-organizations.browser
 * `/gremien`, `/gremien/<id>`, `/personen` and `/personen/<id>` in real headless Chromium: the
 * GET forms work without any script, axe finds no WCAG 2.1 A/AA violations at 1280 and 375 px,
 * nothing overflows horizontally at 375 and 320 px, and screenshots land in test-artifacts/.
 *
 * Needs /usr/bin/chromium. Without it the file is skipped – except in CI (CI set), where a
 * missing browser is a failure.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { artifactsDir as artifacts, assertNoHorizontalOverflow, axeViolations, browserSkip as skip, launchChromium } from '../helpers/browser.ts';
import { testEngines } from '../helpers/db.ts';
import { addPeopleFixture, type PeopleFixture } from '../helpers/people-fixtures.ts';

describe('Gremien and Personen pages in headless Chromium', { skip }, () => {
  let t: TestApp | undefined;
  let f: PeopleFixture | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';

  /** Pages axe and the overflow check visit: every page type, with a chosen term, filters and a second page. */
  const pages = (): { name: string; url: string }[] => {
    assert.ok(f);
    const o = f.organizations;
    return [
      { name: 'gremien', url: '/gremien' },
      { name: 'gremium', url: `/gremien/${o.sozial}` },
      { name: 'gremium-wahlperiode', url: `/gremien/${o.sozial}?wahlperiode=${f.terms.old}` },
      { name: 'gremium-kreistag', url: `/gremien/${o.kreistag}` },
      { name: 'gremium-fraktion', url: `/gremien/${o.buergerliste}` },
      { name: 'gremium-verwaltung', url: `/gremien/${o.integration}` },
      { name: 'personen', url: '/personen' },
      { name: 'personen-seite-2', url: '/personen?seite=2' },
      { name: 'personen-filter', url: `/personen?name=a&fraktion=${o.buergerliste}&gremium=${o.sozial}` },
      { name: 'person', url: `/personen/${f.persons.albers}` },
      { name: 'person-ehemalig', url: `/personen/${f.persons.ehlers}` },
    ];
  };

  before(async () => {
    const engine = testEngines()[0];
    assert.ok(engine);
    t = await openTestApp(engine);
    f = await addPeopleFixture(t, { extraPersons: 50 });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    assert.ok(address !== null && typeof address === 'object', 'the app listens on a TCP port');
    baseUrl = `http://127.0.0.1:${address.port}`;
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await t?.close();
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

  it('searches persons and chooses a Wahlperiode with plain GET forms, without JavaScript', async () => {
    assert.ok(f);
    const fixture = f;
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.setContent('<title>ohne</title><script>document.title = "mit"</script>');
      assert.equal(await page.title(), 'ohne');

      await open(page, '/personen');
      await page.getByLabel('Name').fill('rike');
      await page.getByLabel('Gremium').selectOption({ label: 'Sozial- und Gesundheitsausschuss' });
      await Promise.all([page.waitForURL(/\/personen\?/), page.getByRole('button', { name: 'Anzeigen' }).click()]);
      assert.equal(new URL(page.url()).search, `?name=rike&fraktion=&gremium=${fixture.organizations.sozial}`);
      assert.equal(await page.locator('.result-count').innerText(), '2 Personen');
      assert.deepEqual(await page.locator('.person-name').allInnerTexts(), ['Dr. Henrike Albers', 'Ulrike Voß']);

      await page.getByRole('link', { name: 'Ulrike Voß' }).click();
      assert.equal(await page.locator('h1').innerText(), 'Frau\nUlrike Voß');
      await page.getByRole('link', { name: 'Sozial- und Gesundheitsausschuss' }).click();
      assert.equal(await page.locator('h1').innerText(), 'Sozial- und Gesundheitsausschuss');
      await page.getByLabel('Wahlperiode', { exact: true }).selectOption({ label: 'Wahlperiode 2018–2023' });
      await Promise.all([page.waitForURL(/wahlperiode=/), page.getByRole('button', { name: 'Anzeigen' }).click()]);
      assert.equal(new URL(page.url()).search, `?wahlperiode=${fixture.terms.old}`);
      assert.match(await page.locator('main').innerText(), /2 Mitglieder in der Wahlperiode 2018–2023/);
      assert.equal(await page.getByRole('link', { name: 'Maren Ehlers' }).count(), 1);
    });
  });

  for (const width of [1280, 375]) {
    it(`has no axe violations (WCAG 2.1 A and AA) at ${width} px on /gremien, /gremien/<id>, /personen and /personen/<id>`, async () => {
      const report: string[] = [];
      await withPage({ viewport: { width, height: 900 } }, async (page) => {
        for (const { url } of pages()) {
          await open(page, url);
          report.push(...(await axeViolations(page, url)));
        }
      });
      assert.equal(report.length, 0, `axe violations at ${width} px:\n${report.join('\n')}`);
    });
  }

  for (const width of [375, 320]) {
    it(`does not overflow horizontally at ${width} px and saves screenshots`, async () => {
      await withPage({ viewport: { width, height: 900 } }, async (page) => {
        for (const { name, url } of pages()) {
          await open(page, url);
          await assertNoHorizontalOverflow(page, `${url} at ${width} px`);
          if (width === 375 && ['gremien', 'gremium', 'personen', 'person'].includes(name)) {
            const path = `${artifacts}${name}-${width}.png`;
            await page.screenshot({ path, fullPage: true });
            assert.ok(fs.statSync(path).size > 1000, `screenshot ${path} written`);
          }
        }
      });
    });
  }
});
