/**
 * @module test/helpers/browser
 * Real headless Chromium for browser tests (Debian's /usr/bin/chromium through playwright-core),
 * axe-core with the WCAG 2.1 A/AA rules, and the checks every page gets.
 * Without Chromium a browser test is skipped – except in CI, where that is a failure.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts';

export const chromiumPath = '/usr/bin/chromium';

/** A reason to skip, or false. */
export const browserSkip: string | false =
  !fs.existsSync(chromiumPath) && !process.env['CI']
    ? `no Chromium at ${chromiumPath}: browser tests skipped (install the chromium package; with CI set this fails instead)`
    : false;

export const artifactsDir = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

export async function launchChromium(): Promise<Browser> {
  assert.ok(fs.existsSync(chromiumPath), `CI is set but there is no Chromium at ${chromiumPath}`);
  fs.mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** axe with the WCAG 2.1 A and AA rules; one readable line block per violation. */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  assert.ok(result.passes.length > 0, `axe ran on ${label}`);
  return result.violations.map(
    (v) =>
      `${label}: ${v.id} (${v.impact ?? 'no impact'}) – ${v.help}\n  ${v.helpUrl}\n` +
      v.nodes.map((n) => `  · ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`).join('\n'),
  );
}

/** The page is no wider than the viewport. */
export async function assertNoHorizontalOverflow(page: Page, label: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  assert.ok(scrollWidth <= innerWidth, `${label}: scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`);
}

/** Serves a built app on a free port of 127.0.0.1, for Chromium to load, and gives its base URL. */
export async function serveLocally(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** Logs a demo account in through the real login form and waits until it lands: staff in the workspace, councillors in their area. */
export async function loginWithDemoPassword(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/anmelden`);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL(/\/(mein-bereich|verwaltung)$/), page.getByRole('button', { name: 'Anmelden' }).click()]);
}

/** Runs `work` on a fresh page of this width, which collects axe findings; none may remain. */
export async function withAxePage(browser: Browser | undefined, width: number, work: (page: Page, axe: string[]) => Promise<void>): Promise<void> {
  assert.ok(browser, 'Chromium is running');
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const axe: string[] = [];
  try {
    await work(page, axe);
  } finally {
    await context.close();
  }
  assert.deepEqual(axe, [], `axe violations:\n${axe.join('\n')}`);
}
