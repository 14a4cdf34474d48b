/**
 * @module test/helpers/browser
 * Real headless Chromium for browser tests (Debian's /usr/bin/chromium through playwright-core),
 * axe-core with the WCAG 2.1 A/AA rules, and the checks every page gets.
 * Without Chromium a browser test is skipped – except in CI, where that is a failure.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

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
