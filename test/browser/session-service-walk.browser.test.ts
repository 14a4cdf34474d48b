/**
 * @module test/browser/session-service-walk.browser
 * Issue 17, done when: the demo Sitzungsdienst logs in, lands in „Meine Aufgaben“, sets up a
 * Sitzungsort, an Ausschuss meeting there and its members with a deputy, all by filling in and
 * submitting the forms in real Chromium; an anonymous reader then finds the Ausschuss, its
 * Sitzungsort and its members in the portal and in OParl at once (the page cache is primed
 * beforehand, so a stale cache would show). Every back-office page of the walk: one h1, axe
 * finds nothing at 375 and 1280 px, no sideways scrolling, no CSP violation, a screenshot.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { berlinDate } from '../../src/lib/format.ts';
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

const CLERK = 'sitzungsdienst@nordheide.example';
const place = {
  name: 'Bürgerhaus Tannenfeld',
  room: 'Saal Heideblick',
  street: 'Am Lindenplatz 7',
  postalCode: '21271',
  town: 'Tannenfeld',
  access: 'Stufenloser Zugang über den Hof, Aufzug zum Saal, Induktionsschleife.',
};
const committee = { name: 'Ausschuss für Breitband und Digitales', shortName: 'ABD', seats: '3' };

/** A form field by its label, which says „(Pflichtfeld)“ after a required one. */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(Pflichtfeld\\))?$`), { exact: true });

/** Clicks and waits for the page the click leads to; answers the id the new URL ends on, if any. */
async function submitTo(page: Page, click: () => Promise<void>, url: RegExp): Promise<number> {
  await Promise.all([page.waitForURL(url), click()]);
  const id = /\/(\d+)(?:\/mitglieder)?(?:\?|$)/.exec(page.url())?.[1];
  return Number(id ?? Number.NaN);
}

describe('a Sitzungsdienst clerk sets up an Ausschuss in headless Chromium', { skip: browserSkip }, () => {
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

  /** An OParl answer as any anonymous client gets it (no cookie); its URLs name the configured base, the path is asked of this server. */
  async function getJson(url: string): Promise<Record<string, unknown>> {
    const { pathname, search } = new URL(url, baseUrl);
    const res = await fetch(`${baseUrl}${pathname}${search}`);
    assert.equal(res.status, 200, url);
    return (await res.json()) as Record<string, unknown>;
  }

  /** The ids of an OParl list, page by page. */
  async function listedIds(url: string): Promise<string[]> {
    const ids: string[] = [];
    for (let next: string | undefined = url; next !== undefined; ) {
      const page = await getJson(next);
      ids.push(...(page['data'] as { id: string }[]).map((o) => o.id));
      next = (page['links'] as { next?: string }).next;
    }
    return ids;
  }

  /** The page the walk has reached, at both widths; the walk goes on at 1280 px. */
  async function inspect(page: Page, step: string, report: string[]): Promise<void> {
    const url = page.url().replace(baseUrl, '');
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const label = `${step} (${url}) at ${width} px`;
      assert.equal(await page.locator('h1').count(), 1, `${label}: one h1`);
      report.push(...(await axeViolations(page, label)));
      await assertNoHorizontalOverflow(page, label);
      await page.screenshot({ path: `${artifactsDir}sitzungsdienst-walk-${width}-${step}.png`, fullPage: true });
    }
  }

  it('logs in, creates a Sitzungsort, an Ausschuss and its members; portal and OParl show them at once', async () => {
    assert.ok(browser);
    const today = berlinDate(new Date());
    const clerk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const anonymous = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await clerk.newPage();
    const reader = await anonymous.newPage();
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
    });
    const report: string[] = [];
    try {
      // the cache holds the list and OParl's organizations from before the walk
      await reader.goto(`${baseUrl}/gremien`);
      assert.equal(await reader.getByRole('link', { name: committee.name }).count(), 0, 'not there before the walk');
      const system = await getJson('/oparl/v1/system');
      const api = `${new URL(String(system['id'])).origin}/oparl/v1`;
      const [body] = (await getJson(String(system['body'])))['data'] as { organization: string }[];
      assert.ok(body);
      const before = await listedIds(body.organization);

      // 1. the login form; staff land in their workspace
      await loginWithDemoPassword(page, baseUrl, CLERK);
      assert.equal(new URL(page.url()).pathname, '/verwaltung');
      assert.equal(await page.locator('h1').innerText(), 'Meine Aufgaben');
      await inspect(page, '1-meine-aufgaben', report);

      // 2. a new Sitzungsort, reached through the workspace navigation
      await submitTo(page, () => page.locator('nav.back-office-nav').getByRole('link', { name: 'Sitzungsorte' }).click(), /\/verwaltung\/sitzungsorte$/);
      await inspect(page, '2-sitzungsorte', report);
      await submitTo(page, () => page.getByRole('link', { name: 'Neuen Sitzungsort anlegen' }).click(), /\/sitzungsorte\/neu$/);
      await inspect(page, '3-sitzungsort-neu', report);
      await field(page, 'Bezeichnung').fill(place.name);
      await field(page, 'Raum').fill(place.room);
      await field(page, 'Straße und Hausnummer').fill(place.street);
      await field(page, 'PLZ').fill(place.postalCode);
      await field(page, 'Ort').fill(place.town);
      await field(page, 'Hinweise zur Barrierefreiheit').fill(place.access);
      const locationId = await submitTo(
        page,
        () => page.getByRole('button', { name: 'Sitzungsort anlegen' }).click(),
        /\/sitzungsorte\/\d+\?hinweis=angelegt$/,
      );
      assert.equal(await page.locator('h1').innerText(), place.name);
      await inspect(page, '4-sitzungsort-angelegt', report);

      // 3. the Ausschuss, meeting at the new place
      await submitTo(
        page,
        () => page.locator('nav.back-office-nav').getByRole('link', { name: 'Gremien und Verwaltungseinheiten' }).click(),
        /\/verwaltung\/gremien$/,
      );
      await inspect(page, '5-gremien', report);
      await submitTo(page, () => page.getByRole('link', { name: 'Neues Gremium anlegen' }).click(), /\/gremien\/neu$/);
      await inspect(page, '6-gremium-neu', report);
      await field(page, 'Art').selectOption({ label: 'Ausschuss' });
      await field(page, 'Name').fill(committee.name);
      await field(page, 'Kurzname').fill(committee.shortName);
      await field(page, 'Beginn').fill(today);
      await field(page, 'Üblicher Sitzungsort').selectOption(String(locationId));
      await field(page, 'Sitze').fill(committee.seats);
      const organizationId = await submitTo(
        page,
        () => page.getByRole('button', { name: 'Anlegen', exact: true }).click(),
        /\/gremien\/\d+\?hinweis=angelegt$/,
      );
      assert.equal(await page.locator('h1').innerText(), committee.name);
      // the grant applies at once: the viewer is read per request, so this session already runs the new Gremium
      assert.equal(await page.getByRole('button', { name: 'Speichern' }).count(), 1, 'the clerk may change the new Ausschuss');
      await inspect(page, '7-gremium-angelegt', report);

      // 4. its members: a Vorsitz, two Mitglieder and a deputy for one of them
      await submitTo(page, () => page.getByRole('link', { name: 'Mitglieder verwalten' }).click(), new RegExp(`/gremien/${organizationId}/mitglieder$`));
      assert.equal(await page.locator('h1').innerText(), `Mitglieder: ${committee.name}`);
      await inspect(page, '8-mitglieder-leer', report);
      const wanted = [
        { role: 'Vorsitz', step: 'vorsitz' },
        { role: 'Mitglied', step: 'mitglied-1' },
        { role: 'Mitglied', step: 'mitglied-2' },
        { role: 'stellv. Mitglied', step: 'stellvertretung' },
      ];
      const people: { id: string; name: string }[] = [];
      for (const [i, w] of wanted.entries()) {
        await submitTo(page, () => page.getByRole('link', { name: 'Mitglied hinzufügen' }).click(), /\/mitgliedschaften\/neu\?gremium=\d+$/);
        if (i === 0) {
          await inspect(page, '9-mitgliedschaft-neu', report);
          // four different persons, as the form offers them
          const options = await field(page, 'Person')
            .locator('option')
            .evaluateAll((os) => os.map((o) => ({ id: (o as HTMLOptionElement).value, name: o.textContent ?? '' })));
          for (const o of options) if (o.id !== '' && !people.some((p) => p.name === o.name)) people.push(o);
          people.splice(wanted.length);
          assert.equal(people.length, wanted.length, 'the form offers enough persons');
        }
        const person = people[i];
        assert.ok(person);
        assert.equal(await field(page, 'Gremium').inputValue(), String(organizationId), 'the Gremium is chosen already');
        await field(page, 'Person').selectOption(person.id);
        await field(page, 'Rolle').selectOption({ label: w.role });
        await field(page, 'Beginn').fill(today);
        if (w.role === 'stellv. Mitglied') await field(page, 'Vertritt (nur stellv. Mitglied)').selectOption(people[1]?.id ?? '');
        await submitTo(
          page,
          () => page.getByRole('button', { name: 'Mitgliedschaft anlegen' }).click(),
          new RegExp(`/gremien/${organizationId}/mitglieder\\?hinweis=angelegt$`),
        );
        await inspect(page, `10-mitglieder-${w.step}`, report);
      }
      const [chair, first, second, deputy] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0], (typeof people)[0]];
      const section = (heading: string) => page.locator('section').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
      const rowOf = (heading: string, name: string) =>
        section(heading)
          .getByRole('row')
          .filter({ has: page.getByRole('link', { name, exact: true }) });
      assert.equal(await rowOf('Vorsitz (1)', chair.name).count(), 1, 'the chair');
      assert.equal(await rowOf('Mitglied (2)', first.name).count(), 1, 'the first member');
      assert.equal(await rowOf('Mitglied (2)', second.name).count(), 1, 'the second member');
      assert.ok((await rowOf('stellv. Mitglied (1)', deputy.name).innerText()).includes(`vertritt ${first.name}`), 'whom the deputy stands in for');
      assert.ok((await rowOf('Mitglied (2)', first.name).innerText()).includes(`vertreten durch ${deputy.name}`), 'who stands in for the member');
      // three seats, three voting members, a deputy for a member: nothing to check
      assert.match(await page.locator('p.result-count').innerText(), /4 Mitgliedschaften, 3 stimmberechtigt bei 3 Sitzen/);
      assert.equal(await page.getByRole('heading', { name: 'Bitte prüfen' }).count(), 0, 'no roster warnings');

      // 5. the anonymous reader: the list (cached before) and the Gremium's page
      await reader.reload();
      await submitTo(reader, () => reader.getByRole('link', { name: committee.name }).click(), new RegExp(`/gremien/${organizationId}$`));
      assert.equal(await reader.locator('h1').innerText(), committee.name);
      const facts = (await reader.locator('main dl.meta').innerText()).replace(/\s+/g, ' ');
      assert.ok(facts.includes(`Art Ausschuss Kurzbezeichnung ${committee.shortName}`), facts);
      assert.ok(facts.includes(`Üblicher Sitzungsort ${place.name}, ${place.room}, ${place.street}, ${place.postalCode} ${place.town}`), facts);
      assert.ok(facts.includes(`Barrierefreiheit ${place.access}`), facts);
      for (const [heading, person] of [
        ['Vorsitz', chair],
        ['Mitglieder', first],
        ['Mitglieder', second],
        ['Stellvertretende Mitglieder', deputy],
      ] as const) {
        const list = reader.getByRole('heading', { name: heading, exact: true }).locator('xpath=following-sibling::ul[1]');
        assert.equal(await list.getByRole('link', { name: person.name, exact: true }).count(), 1, `${person.name} under ${heading}`);
      }
      await inspect(reader, '11-oeffentliche-seite', report);

      // OParl: the Organization with its Location and memberships, the list (cached before) too
      const oparl = await getJson(`${api}/organization/${organizationId}`);
      assert.equal(oparl['name'], committee.name);
      assert.equal(oparl['shortName'], committee.shortName);
      assert.equal(oparl['classification'], 'Ausschuss');
      assert.equal(oparl['startDate'], today);
      const location = oparl['location'] as Record<string, unknown> | undefined;
      assert.equal(location?.['id'], `${api}/location/${locationId}`);
      assert.deepEqual(
        [location?.['description'], location?.['room'], location?.['streetAddress'], location?.['postalCode'], location?.['locality']],
        [place.name, place.room, place.street, place.postalCode, place.town],
      );
      const membershipUrls = oparl['membership'] as string[];
      assert.equal(membershipUrls.length, wanted.length, 'one Membership per member');
      const memberships = await Promise.all(membershipUrls.map(getJson));
      assert.deepEqual(
        memberships.map((m) => [m['person'], m['role'], m['organization'], m['startDate']]).sort(),
        people.map((p, i) => [`${api}/person/${p.id}`, wanted[i]?.role, oparl['id'], today]).sort(),
      );
      assert.ok(
        memberships.every((m) => m['votingRight'] === true),
        'all four vote (by their role)',
      );
      assert.deepEqual(await listedIds(body.organization), [...before, oparl['id']], 'the body’s organization list names it');
      assert.deepEqual(csp, [], 'no CSP violations');
    } finally {
      await clerk.close();
      await anonymous.close();
    }
    assert.deepEqual(report, [], `axe violations:\n${report.join('\n')}`);
  });
});
