/**
 * @module test/browser/portal-following.browser
 * Following things in the demo Kreis, in real Chromium at 320, 375 and 1280 px: the calendar
 * subscription above the session list and on a Gremium page, the documents of each session in
 * the list, the way from a thin paper list to the full search, the login offered on a 404 that
 * brings a member back to the paper, and a decided paper's Beschluss and state, also in the list.
 * On every page axe finds nothing and nothing is wider than the viewport.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { queryRow, queryRows } from '../../src/db/rows.ts';
import { z } from '../../src/lib/validation.ts';
import { DEMO_PASSWORD } from '../../src/modules/demo/index.ts';
import { Browser as Client } from '../helpers/accounts.ts';
import { artifactsDir, axeViolations, browserSkip, launchChromium, serveLocally, assertNoHorizontalOverflow, withAxePage } from '../helpers/browser.ts';
import { openDemoApp, type DemoApp } from '../helpers/demo.ts';

const widths = [320, 375, 1280] as const;
const member = 'ratsmitglied@nordheide.example';

describe('following sessions, searches and decisions in headless Chromium', { skip: browserSkip }, () => {
  let demo: DemoApp | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';
  const target = { gremium: '', word: '', decided: { id: 0, slug: '', name: '' }, hidden: '', hiddenName: '' };

  before(async () => {
    demo = await openDemoApp();
    const db = demo.database.db;
    const gremium = await queryRow(
      db,
      z.object({ id: z.number() }),
      sql`select mo.organization_id as id from meeting_organizations mo join meetings m on m.id = mo.meeting_id
          group by 1 order by count(*) desc, 1 limit 1`,
    );
    // a public paper whose deciding Gremium's public agenda item has a result and counted votes, and nothing after it
    const decided = await queryRow(
      db,
      z.object({ id: z.number(), slug: z.string(), name: z.string() }),
      sql`select p.id, p.slug, p.name from papers p
            join consultations c on c.paper_id = p.id and c.authoritative
            join agenda_items a on a.id = c.agenda_item_id and a.public and a.result like '%beschlossen%' and a.votes_yes is not null
            join meetings m on m.id = c.meeting_id and not m.cancelled
          where p.public and not exists (select 1 from consultations l where l.paper_id = p.id and l.position > c.position)
          order by p.id limit 1`,
    );
    // a word of a public paper's title that few titles hold
    const word = await queryRow(
      db,
      z.object({ word: z.string() }),
      sql`select w as word from papers p, regexp_split_to_table(p.name, '\s+') w
          where p.public and w ~ '^[A-Za-zÄÖÜäöüß]{8,}$'
          group by w having count(*) = 1 order by w limit 1`,
    );
    assert.ok(gremium && decided && word, 'the demo has a Gremium with sessions, a decided paper and a rare word');
    target.gremium = `/gremien/${gremium.id}`;
    target.decided = decided;
    target.word = word.word;
    // a non-public paper the demo councillor may open (and the public may not)
    const client = new Client(demo.app);
    await client.login(member, DEMO_PASSWORD);
    const hidden = await queryRows(db, z.object({ slug: z.string(), name: z.string() }), sql`select slug, name from papers where not public order by id`);
    for (const p of hidden) {
      if ((await client.get(`/vorlagen/${p.slug}`)).statusCode !== 200) continue;
      target.hidden = `/vorlagen/${p.slug}`;
      target.hiddenName = p.name;
      break;
    }
    assert.ok(target.hidden, 'the demo councillor may see a non-public paper');
    assert.equal((await demo.app.inject(target.hidden)).statusCode, 404, 'the public may not');
    console.log(`following: ${target.gremium}, word „${target.word}“, decided ${target.decided.slug}, hidden ${target.hidden}`);
    baseUrl = await serveLocally(demo.app);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  const withPage = (width: number, work: (page: Page, axe: string[]) => Promise<void>) => withAxePage(browser, width, work);

  /** Checks the page now shown: axe, no sideways scrolling, a screenshot. */
  async function inspect(page: Page, width: number, axe: string[], name: string): Promise<void> {
    const label = `${page.url().replace(baseUrl, '')} at ${width} px`;
    axe.push(...(await axeViolations(page, label)));
    await assertNoHorizontalOverflow(page, label);
    await page.screenshot({ path: `${artifactsDir}following-${width}-${name}.png`, fullPage: true });
  }

  async function open(page: Page, url: string, width: number, axe: string[], name: string, status = 200): Promise<void> {
    const response = await page.goto(baseUrl + url);
    assert.equal(response?.status(), status, `status of ${url}`);
    await inspect(page, width, axe, name);
  }

  /** The calendar box is shown, above the page's first second-level heading, with both links. */
  async function assertCalendarOnTop(page: Page, label: string, ics: string): Promise<void> {
    const box = page.locator('main .calendar-subscription');
    assert.ok(await box.isVisible(), `${label}: calendar subscription shown`);
    const subscribe = box.getByRole('link', { name: 'Im Kalender abonnieren' }).first();
    assert.ok(await subscribe.isVisible(), `${label}: „Im Kalender abonnieren“ visible`);
    assert.match((await subscribe.getAttribute('href')) ?? '', new RegExp(`^webcal://[^/]+${ics.replace(/[.]/g, '\\.')}$`), `${label}: webcal link`);
    const download = box.getByRole('link', { name: 'Kalenderdatei herunterladen' }).first();
    assert.ok(await download.isVisible(), `${label}: download link visible`);
    assert.equal(await download.getAttribute('href'), ics, `${label}: plain download link`);
    const top = await page.evaluate(() => ({
      box: document.querySelector('main .calendar-subscription')?.getBoundingClientRect().top ?? Number.NaN,
      heading: document.querySelector('main h2')?.getBoundingClientRect().top ?? Number.NaN,
    }));
    assert.ok(top.box < top.heading, `${label}: calendar box at ${top.box} px, first h2 at ${top.heading} px`);
  }

  for (const width of widths) {
    it(`offers the session calendar above the list, and each session's documents, at ${width} px`, async () => {
      await withPage(width, async (page, axe) => {
        await open(page, '/sitzungen', width, axe, 'sitzungen');
        await assertCalendarOnTop(page, `/sitzungen at ${width} px`, '/sitzungen.ics');
        const documents = page.locator('main .meeting-documents');
        assert.ok((await documents.count()) >= 3, `session entries with documents (${await documents.count()})`);
        const texts = await documents.allInnerTexts();
        assert.ok(
          texts.every((t) => /^Unterlagen: \S/.test(t)),
          `every entry says its documents: ${texts.slice(0, 3).join(' | ')}`,
        );
        assert.ok(await documents.first().isVisible(), 'the documents line is visible');

        await open(page, target.gremium, width, axe, 'gremium');
        await assertCalendarOnTop(page, `${target.gremium} at ${width} px`, `${target.gremium}/sitzungen.ics`);
      });
    });

    it(`leads from a thin paper list to the full search at ${width} px`, async () => {
      await withPage(width, async (page, axe) => {
        const list = `/vorlagen?q=${encodeURIComponent(target.word)}`;
        await open(page, list, width, axe, 'vorlagen-wenig');
        const fallback = page.getByRole('link', { name: `In allen Inhalten suchen: „${target.word}“` });
        assert.ok(await fallback.isVisible(), `${list}: the way to the full search is shown`);
        assert.equal(await fallback.getAttribute('href'), `/suche?${new URLSearchParams({ q: target.word })}`);
        await Promise.all([page.waitForURL(/\/suche\?/), fallback.click()]);
        assert.equal(new URL(page.url()).searchParams.get('q'), target.word, 'the search has the word');
        await inspect(page, width, axe, 'suche-aus-vorlagen');
      });
    });

    it(`offers the login on a 404 and comes back after it, at ${width} px`, async () => {
      await withPage(width, async (page, axe) => {
        const missing = '/vorlagen/VO-1900-1';
        await open(page, missing, width, axe, '404', 404);
        const offer = page.locator('main .login-offer').getByRole('link', { name: 'melden Sie sich an' });
        assert.ok(await offer.isVisible(), `${missing}: login offered`);
        assert.equal(await offer.getAttribute('href'), `/anmelden?weiter=${encodeURIComponent(missing)}`);

        // the councillor follows a link to a paper only members see
        await open(page, target.hidden, width, axe, '404-nichtoeffentlich', 404);
        const link = page.locator('main .login-offer').getByRole('link', { name: 'melden Sie sich an' });
        assert.equal(await link.getAttribute('href'), `/anmelden?weiter=${encodeURIComponent(target.hidden)}`);
        await Promise.all([page.waitForURL(/\/anmelden\?weiter=/), link.click()]);
        await inspect(page, width, axe, 'anmelden-weiter');
        await page.getByLabel('E-Mail-Adresse').fill(member);
        await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
        await Promise.all([page.waitForURL((u) => u.pathname === target.hidden), page.getByRole('button', { name: 'Anmelden' }).click()]);
        assert.equal(new URL(page.url()).pathname, target.hidden, 'back at the paper');
        assert.ok((await page.locator('h1').innerText()).includes(target.hiddenName), 'the paper is shown now');
        await inspect(page, width, axe, 'zurueck-nichtoeffentlich');

        // a missing address comes back too, and stays missing
        // (a new reader: the cookies of the session go)
        await page.context().clearCookies();
        await page.goto(baseUrl + missing);
        await Promise.all([page.waitForURL(/\/anmelden\?weiter=/), page.locator('main .login-offer a').click()]);
        await page.getByLabel('E-Mail-Adresse').fill(member);
        await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
        await Promise.all([page.waitForURL((u) => u.pathname === missing), page.getByRole('button', { name: 'Anmelden' }).click()]);
        assert.equal(new URL(page.url()).pathname, missing, 'back at the missing address');
      });
    });

    it(`shows a decided paper's Beschluss and state, also in the list, at ${width} px`, async () => {
      await withPage(width, async (page, axe) => {
        const url = `/vorlagen/${target.decided.slug}`;
        await open(page, url, width, axe, 'vorlage-beschlossen');
        const decision = page.locator('main .decision');
        assert.ok(await decision.isVisible(), `${url}: decision block shown`);
        assert.equal((await decision.locator('h3').innerText()).trim(), 'Beschluss');
        assert.match(await decision.innerText(), /beschlossen/);
        assert.match(await decision.innerText(), /Abstimmung: .*\d/, `${url}: the vote`);
        const placed = await page.evaluate(() => {
          // the Beratungsfolge's table (or its stacked rows on a phone), not the section around both
          const folge = document.querySelector('#beratungsfolge table')?.getBoundingClientRect();
          const block = document.querySelector('main .decision')?.getBoundingClientRect();
          return folge && block ? { beside: block.left >= folge.right - 1, after: block.top >= folge.bottom - 1 } : null;
        });
        assert.ok(placed && (placed.beside || placed.after), `${url}: the decision beside or after the Beratungsfolge`);
        const badge = page.locator('main .paper-state').first();
        assert.ok(await badge.isVisible(), `${url}: state badge shown`);
        assert.match(await badge.innerText(), /beschlossen/);

        const list = `/vorlagen?q=${encodeURIComponent(target.decided.name)}`;
        await open(page, list, width, axe, 'vorlagen-stand');
        const entry = page.locator(`main li[data-paper-id="${target.decided.id}"] .paper-state`);
        assert.ok(await entry.isVisible(), `${list}: state in the paper's list entry`);
        assert.match(await entry.innerText(), /beschlossen/);
        await open(page, '/vorlagen', width, axe, 'vorlagen');
        const badges = await page.locator('main .paper-list .paper-state').allInnerTexts();
        assert.ok(badges.length >= 5, `state badges in the list (${badges.length})`);
      });
    });
  }
});
