/**
 * @module test/browser/members.browser
 * The pages behind the login in real Chromium, reached through the real login form: a demo
 * councillor's members' area, account and second-factor setup; the administrator's account and
 * audit pages; the login and reset forms. Every page: one h1, axe finds nothing, no horizontal
 * overflow, no Content-Security-Policy violation, a screenshot in test-artifacts/.
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

describe('members’ area and administration in headless Chromium', { skip: browserSkip }, () => {
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

  async function inspect(page: Page, step: string, width: number, report: string[], cspErrors: string[]): Promise<void> {
    const label = `${step} (${page.url().replace(baseUrl, '')}) at ${width} px`;
    assert.equal(await page.locator('h1').count(), 1, `${label}: one h1`);
    report.push(...(await axeViolations(page, label)));
    await assertNoHorizontalOverflow(page, label);
    await page.screenshot({ path: `${artifactsDir}members-${width}-${step}.png`, fullPage: true });
    assert.deepEqual(cspErrors, [], `${label}: CSP violations`);
  }

  const login = (page: Page, email: string) => loginWithDemoPassword(page, baseUrl, email);

  async function withPage(width: number, work: (page: Page, report: string[], csp: string[]) => Promise<void>): Promise<void> {
    assert.ok(browser);
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const report: string[] = [];
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    try {
      await work(page, report, csp);
    } finally {
      await context.close();
    }
    assert.equal(report.length, 0, `axe violations:\n${report.join('\n')}`);
  }

  for (const width of [375, 1280]) {
    it(`shows login and reset forms to the public at ${width} px`, async () => {
      await withPage(width, async (page, report, csp) => {
        await page.goto(`${baseUrl}/anmelden`);
        await inspect(page, '0-anmelden', width, report, csp);
        await page.getByLabel('E-Mail-Adresse').fill('niemand@nordheide.example');
        await page.getByLabel('Passwort', { exact: true }).fill('falsches-passwort');
        await page.getByRole('button', { name: 'Anmelden' }).click();
        assert.match(await page.getByRole('alert').innerText(), /falsch/);
        await inspect(page, '0-anmelden-fehler', width, report, csp);
        await page.goto(`${baseUrl}/passwort-vergessen`);
        await inspect(page, '0-passwort-vergessen', width, report, csp);
      });
    });

    it(`takes the councillor through members’ area, a session and the account at ${width} px`, async () => {
      await withPage(width, async (page, report, csp) => {
        await login(page, 'ratsmitglied@nordheide.example');
        await inspect(page, '1-mein-bereich', width, report, csp);
        const session = page.locator('main a[href^="/sitzungen/"]').first();
        if ((await session.count()) > 0) {
          await Promise.all([page.waitForURL(/\/sitzungen\/\d+/), session.click()]);
          await inspect(page, '2-sitzung', width, report, csp);
        }
        await page.goto(`${baseUrl}/konto`);
        await inspect(page, '3-konto', width, report, csp);
        await page.goto(`${baseUrl}/konto/zweiter-faktor`);
        assert.equal(await page.locator('figure.qr-code svg').count(), 1);
        await inspect(page, '4-zweiter-faktor', width, report, csp);
        await page.getByRole('button', { name: 'Abmelden' }).click();
        await page.waitForURL(/\/anmelden/);
      });
    });

    it(`takes the administrator through accounts and the audit log at ${width} px`, async () => {
      await withPage(width, async (page, report, csp) => {
        await login(page, 'admin@nordheide.example');
        for (const [step, path] of [
          ['5-verwaltung', '/verwaltung'],
          ['6-konten', '/verwaltung/konten'],
          ['7-konto-neu', '/verwaltung/konten/neu'],
          ['8-protokoll', '/verwaltung/protokoll'],
        ] as const) {
          await page.goto(`${baseUrl}${path}`);
          await inspect(page, step, width, report, csp);
        }
        const edit = page.locator('main a[href^="/verwaltung/konten/"]:not([href$="/neu"])');
        await page.goto(`${baseUrl}/verwaltung/konten`);
        if ((await edit.count()) > 0) {
          await Promise.all([page.waitForURL(/\/verwaltung\/konten\/\d+$/), edit.first().click()]);
          await inspect(page, '9-konto-bearbeiten', width, report, csp);
        }
      });
    });
  }
});
