/**
 * @module test/browser/back-office-pages.browser
 * Every back-office page of the route registry in real Chromium, at 375 and 1280 px, as the
 * demo administration (everything) and the demo Sitzungsdienst (what it may see): one h1, axe
 * finds nothing, no sideways scrolling, no Content-Security-Policy violation (the page runs the
 * app's own bundled script), a screenshot in test-artifacts/. A new back-office route is swept
 * as soon as it exists.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { may, type Permission, type Viewer } from '../../src/access/index.ts';
import { queryRow } from '../../src/db/rows.ts';
import type { RouteObjectKind } from '../../src/http/site.ts';
import { z } from '../../src/lib/validation.ts';
import {
  artifactsDir,
  assertNoHorizontalOverflow,
  axeViolations,
  browserSkip,
  launchChromium,
  loginWithDemoPassword,
  serveLocally,
} from '../helpers/browser.ts';
import { openDemoApp, type DemoApp } from '../helpers/demo.ts';
import { paramPattern } from '../helpers/route-urls.ts';

/** The table whose first row stands for a path parameter of this kind. */
const tableOf: Partial<Record<RouteObjectKind, string>> = {
  organization: 'organizations',
  person: 'persons',
  membership: 'memberships',
  location: 'locations',
  legislativeTerm: 'legislative_terms',
  account: 'users',
  body: 'bodies',
  file: 'files',
  paper: 'papers',
  meeting: 'meetings',
};

// what the two demo accounts may do, as the permission policy sees them
const sessionService: Viewer = {
  kind: 'account',
  userId: 0,
  displayName: '',
  personId: null,
  admin: false,
  organizationIds: [],
  unitIds: [],
  staffRoles: ['sitzungsdienst'],
  sessionServiceIds: [],
};

describe('back-office pages in headless Chromium', { skip: browserSkip }, () => {
  let demo: DemoApp | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';
  let urls: { url: string; permission: Permission }[] = [];

  before(async () => {
    demo = await openDemoApp();
    baseUrl = await serveLocally(demo.app);
    browser = await launchChromium();
    const db = demo.database.db;
    const idOf = async (kind: RouteObjectKind) => {
      const table = tableOf[kind];
      assert.ok(table, `no demo row for :${kind}`);
      const row = await queryRow(db, z.object({ id: z.number() }), sql`select min(id)::int as id from ${sql.identifier(table)}`);
      assert.ok(row, `demo has a ${kind}`);
      return String(row.id);
    };
    urls = [];
    for (const route of demo.app.routeRegistry) {
      if (route.method !== 'GET' || route.permission === undefined) continue;
      let url = route.url;
      for (const [, name] of route.url.matchAll(paramPattern)) {
        const kind = route.objects[name as string];
        assert.ok(kind, `${route.url}: :${name} names nothing`);
        url = url.replace(new RegExp(`:${name}\\??`), await idOf(kind));
      }
      urls.push({ url, permission: route.permission });
    }
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  const sweep = async (email: string, who: string, width: number, filter: (permission: Permission, url: string) => boolean) => {
    assert.ok(browser);
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page: Page = await context.newPage();
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
    });
    const report: string[] = [];
    try {
      await loginWithDemoPassword(page, baseUrl, email);
      const mine = urls.filter((u) => filter(u.permission, u.url));
      assert.ok(mine.length >= 3, `${who}: only ${mine.length} pages`);
      for (const { url } of mine) {
        const label = `${who} ${url} at ${width} px`;
        const response = await page.goto(`${baseUrl}${url}`);
        assert.equal(response?.status(), 200, label);
        assert.equal(await page.locator('h1').count(), 1, `${label}: one h1`);
        assert.equal(await page.locator('nav.back-office-nav').count(), 1, `${label}: the workspace navigation`);
        report.push(...(await axeViolations(page, label)));
        await assertNoHorizontalOverflow(page, label);
        await page.screenshot({ path: `${artifactsDir}verwaltung-${who}-${width}${url.replace(/[^a-z0-9]+/gi, '-')}.png`, fullPage: true });
      }
      assert.deepEqual(csp, [], `${who} at ${width} px: CSP violations`);
    } finally {
      await context.close();
    }
    assert.deepEqual(report, [], `axe violations:\n${report.join('\n')}`);
  };

  for (const width of [375, 1280]) {
    it(`shows the administration every back-office page accessibly at ${width} px`, () =>
      sweep('admin@nordheide.example', 'administration', width, () => true));
    // a membership page checks the Gremium too (it is not one the demo clerk runs): the HTTP tests pin that 404
    it(`shows the Sitzungsdienst its back-office pages accessibly at ${width} px`, () =>
      sweep(
        'sitzungsdienst@nordheide.example',
        'sitzungsdienst',
        width,
        (p, url) => may(sessionService, p) && !url.startsWith('/verwaltung/mitgliedschaften/'),
      ));
  }
});
