/**
 * @module test/browser/phone-layout.browser
 * The demo Kreis at 320, 375 and 1280 px in real Chromium, measured: tables of records stack
 * into labelled rows instead of being cut, amounts stay on one line, search hits come before the
 * folded filters, the header is compact and its items never overlap, the focus ring on the dark
 * header has at least 3:1 contrast, and the month calendar does not split words into syllables.
 * axe finds nothing on any of these pages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { queryRow } from '../../src/db/rows.ts';
import { z } from '../../src/lib/validation.ts';
import { openDemoApp, type DemoApp } from '../helpers/demo.ts';
import { artifactsDir, axeViolations, browserSkip, launchChromium, serveLocally, loginWithDemoPassword, withAxePage } from '../helpers/browser.ts';

const widths = [320, 375, 1280] as const;
/** The header's height on a phone before any content (it was 190–230 px). */
const headerLimit = { public: 90, signedIn: 115 };

/** WCAG relative luminance contrast of two `rgb(…)` colours. */
export function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r = 0, g = 0, bl = 0] = (css.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('phone and desktop layout, measured in headless Chromium', { skip: browserSkip }, () => {
  let demo: DemoApp | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';
  const urls = { paper: '', person: '', calendar: '', search: '/suche?q=Kita' };

  before(async () => {
    demo = await openDemoApp();
    const db = demo.database.db;
    // a public paper with a table of amounts and the longest Beratungsfolge
    const paper = await queryRow(
      db,
      z.object({ slug: z.string() }),
      sql`select p.slug from papers p where p.public
            and exists (select 1 from paper_sections s where s.paper_id = p.id and s.body_html like '%<table%')
          order by (select count(*) from consultations c where c.paper_id = p.id) desc, p.id limit 1`,
    );
    const person = await queryRow(
      db,
      z.object({ id: z.number() }),
      sql`select person_id as id from memberships group by person_id order by count(*) desc, person_id limit 1`,
    );
    const month = await queryRow(
      db,
      z.object({ month: z.string() }),
      sql`select to_char(start at time zone 'Europe/Berlin', 'YYYY-MM') as month from meetings where start is not null
          group by 1 order by count(*) desc, 1 limit 1`,
    );
    assert.ok(paper && person && month, 'the demo has a paper with a table, a member and sessions');
    urls.paper = `/vorlagen/${paper.slug}`;
    urls.person = `/personen/${person.id}`;
    urls.calendar = `/sitzungen?ansicht=kalender&monat=${month.month}`;
    baseUrl = await serveLocally(demo.app);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await demo?.close();
  });

  const withPage = (width: number, work: (page: Page, axe: string[]) => Promise<void>) => withAxePage(browser, width, work);

  async function open(page: Page, url: string, width: number, axe: string[], name: string): Promise<void> {
    const response = await page.goto(baseUrl + url);
    assert.equal(response?.status(), 200, `status of ${url}`);
    axe.push(...(await axeViolations(page, `${url} at ${width} px`)));
    await page.screenshot({ path: `${artifactsDir}layout-${width}-${name}.png`, fullPage: true });
  }

  const login = (page: Page, email: string) => loginWithDemoPassword(page, baseUrl, email);

  /** Nothing wider than the viewport, and every table cell inside it and showing all it holds. */
  async function assertTablesFit(page: Page, label: string, minCells: number): Promise<void> {
    const m = await page.evaluate(() => {
      const width = window.innerWidth;
      // header cells kept for screen readers only (clipped to 1 px) are not the reader's content
      const cells = [...document.querySelectorAll('main table td, main table th')].filter((c) => {
        for (let e: Element | null = c; e; e = e.parentElement) if (e.getBoundingClientRect().width <= 1) return false;
        return c.checkVisibility();
      });
      const bad = cells
        .map((c) => ({ c, r: c.getBoundingClientRect() }))
        .filter(({ c, r }) => r.left < -0.5 || r.right > width + 0.5 || c.scrollWidth > c.clientWidth + 1)
        .map(({ c, r }) => `${c.textContent?.trim().slice(0, 40)} [${Math.round(r.left)}–${Math.round(r.right)}]`);
      return { scrollWidth: document.scrollingElement?.scrollWidth ?? 0, width, cells: cells.length, bad };
    });
    assert.ok(m.scrollWidth <= m.width, `${label}: page ${m.scrollWidth} px wide in a ${m.width} px viewport`);
    assert.ok(m.cells >= minCells, `${label}: ${m.cells} table cells, expected at least ${minCells}`);
    assert.deepEqual(m.bad, [], `${label}: cells outside the viewport or clipped`);
  }

  for (const width of widths) {
    it(`shows paper, person and account tables whole, amounts on one line, at ${width} px`, async () => {
      await withPage(width, async (page, axe) => {
        await open(page, urls.paper, width, axe, 'vorlage');
        await assertTablesFit(page, `${urls.paper} at ${width} px`, 10);
        const amounts = await page.evaluate(() =>
          [...document.querySelectorAll('table.rich-table td.num')].map((td) => {
            const range = document.createRange();
            range.selectNodeContents(td);
            // a second line starts below the first one's bottom
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            const first = rects[0];
            const lines = first ? 1 + rects.filter((r) => r.top >= first.bottom - 1).length : 0;
            return { text: td.textContent ?? '', lines };
          }),
        );
        assert.ok(amounts.length >= 3, `${urls.paper}: amount cells in Finanzielle Auswirkungen (${amounts.length})`);
        for (const a of amounts) assert.equal(a.lines, 1, `amount „${a.text}“ on one line at ${width} px`);
        if (width < 768) {
          const labels = await page.$$eval('#beratungsfolge td[data-label]', (tds) => tds.map((td) => getComputedStyle(td, '::before').content));
          assert.ok(labels.length > 0 && labels.every((l) => /: "$/.test(l)), `Beratungsfolge cells labelled on a phone: ${labels.slice(0, 3).join(' ')}`);
        }

        await open(page, urls.person, width, axe, 'person');
        await assertTablesFit(page, `${urls.person} at ${width} px`, 5);

        await login(page, 'admin@nordheide.example');
        await open(page, '/verwaltung/konten', width, axe, 'konten');
        await assertTablesFit(page, `/verwaltung/konten at ${width} px`, 6);
        await open(page, '/verwaltung/protokoll', width, axe, 'protokoll');
        await assertTablesFit(page, `/verwaltung/protokoll at ${width} px`, 5);
      });
    });

    it(`keeps the header compact and its links apart, with a visible focus ring, at ${width} px`, async () => {
      await withPage(width, async (page, axe) => {
        const headerHeight = () => page.$eval('.site-header', (h) => h.getBoundingClientRect().height);
        const assertNoOverlap = async (label: string) => {
          const overlaps = await page.$$eval('.site-header li, .site-name', (items) => {
            const boxes = items.map((e) => ({ text: e.textContent?.trim() ?? '', r: e.getBoundingClientRect() })).filter((b) => b.r.width > 0);
            const found: string[] = [];
            for (const [i, a] of boxes.entries())
              for (const b of boxes.slice(i + 1))
                if (!b.r.width || a.text.includes(b.text) || b.text.includes(a.text)) continue;
                // on one line, two items need a visible gap (at least 12 px), or their words run together
                else if (a.r.top < b.r.bottom - 0.5 && b.r.top < a.r.bottom - 0.5 && a.r.left < b.r.right + 12 && b.r.left < a.r.right + 12)
                  found.push(`${a.text} × ${b.text}`);
            return found;
          });
          assert.deepEqual(overlaps, [], `${label}: header items overlap`);
        };
        await open(page, '/', width, axe, 'start');
        const publicHeight = await headerHeight();
        await assertNoOverlap(`public header at ${width} px`);

        // the focus ring of a header link, reached by keyboard, against the header's background
        let focusedInHeader = false;
        for (let i = 0; i < 8 && !focusedInHeader; i++) {
          await page.keyboard.press('Tab');
          focusedInHeader = await page.evaluate(() => document.activeElement?.closest('.site-header nav') !== null);
        }
        assert.ok(focusedInHeader, 'Tab reaches a header link');
        const ring = await page.evaluate(() => {
          const a = document.activeElement as HTMLElement;
          const header = document.querySelector('.site-header') as HTMLElement;
          return { outline: getComputedStyle(a).outlineColor, style: getComputedStyle(a).outlineStyle, background: getComputedStyle(header).backgroundColor };
        });
        assert.equal(ring.style, 'solid', 'a focus ring is drawn');
        const ratio = contrast(ring.outline, ring.background);
        console.log(`header at ${width} px: public ${publicHeight} px, focus ring ${ratio.toFixed(2)}:1`);
        assert.ok(ratio >= 3, `focus ring ${ring.outline} on ${ring.background}: ${ratio.toFixed(2)}:1, needs 3:1`);

        await login(page, 'admin@nordheide.example');
        await open(page, '/suche', width, axe, 'suche-admin');
        const signedInHeight = await headerHeight();
        console.log(`header at ${width} px: administrator ${signedInHeight} px`);
        await assertNoOverlap(`administrator's header at ${width} px`);
        if (width < 768) {
          assert.ok(publicHeight < headerLimit.public, `public header ${publicHeight} px at ${width} px`);
          assert.ok(signedInHeight < headerLimit.signedIn, `administrator's header ${signedInHeight} px at ${width} px`);
        }
      });
    });

    it(`puts search hits before the filters at ${width} px`, async () => {
      await withPage(width, async (page, axe) => {
        await open(page, urls.search, width, axe, 'suche');
        const m = await page.evaluate(() => ({
          hit: document.querySelector('.hit')?.getBoundingClientRect().top ?? Number.NaN,
          facets: document.querySelector('.facets')?.getBoundingClientRect().top ?? Number.NaN,
          facetLinks: [...document.querySelectorAll('.facets a')].filter((a) => a.checkVisibility()).length,
          scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
        }));
        console.log(`search at ${width} px: first hit at ${m.hit} px, facets at ${m.facets} px, ${m.facetLinks} facet links shown`);
        assert.ok(m.scrollWidth <= width, `search page ${m.scrollWidth} px wide`);
        if (width >= 375) assert.ok(m.hit < 600, `first hit at ${m.hit} px`);
        if (width < 768) {
          assert.equal(m.facetLinks, 0, 'the filters are folded on a phone');
          const summary = page.locator('.facet-fold > summary');
          assert.ok(await summary.isVisible(), 'the fold is there');
          assert.ok(m.hit < (await summary.boundingBox())!.y, 'hits above the filters');
          await summary.click();
          assert.ok(await page.locator('.facets a').first().isVisible(), 'the filters open without script');
          axe.push(...(await axeViolations(page, `${urls.search} with open filters at ${width} px`)));
        } else assert.ok(m.facetLinks > 5, `the filters stand beside the hits (${m.facetLinks} links)`);
      });
    });

    it(`writes Gremium names in the month calendar without breaking words at ${width} px`, async () => {
      await withPage(width, async (page, axe) => {
        await open(page, urls.calendar, width, axe, 'kalender');
        const m = await page.evaluate(() => {
          const broken: string[] = [];
          const entries = [...document.querySelectorAll('table.calendar li a')];
          for (const a of entries) {
            const style = getComputedStyle(a);
            if (style.hyphens === 'auto' || style.overflowWrap === 'anywhere' || style.wordBreak === 'break-all') broken.push(`style of ${a.textContent}`);
            const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent ?? '';
              for (const word of text.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(node, word.index);
                range.setEnd(node, word.index + word[0].length);
                if (range.getClientRects().length > 1) broken.push(word[0]);
              }
            }
          }
          const table = document.querySelector('table.calendar')?.getBoundingClientRect().right ?? Number.POSITIVE_INFINITY;
          return { entries: entries.length, broken, scrollWidth: Math.max(document.scrollingElement?.scrollWidth ?? 0, table) };
        });
        assert.ok(m.entries >= 3, `sessions in the calendar (${m.entries})`);
        assert.ok(m.scrollWidth <= width, `calendar page ${m.scrollWidth} px wide`);
        assert.deepEqual(m.broken, [], `words broken in calendar entries at ${width} px`);
      });
    });
  }
});
