/**
 * The permission matrix: every back-office route of the registry (GET and POST), asked as the
 * public, a councillor, the Sachbearbeitung, the Sitzungsdienst and the administration. Whoever
 * the route's permission does not cover gets 404 — never 403, never a hint that it exists. The
 * table of who may what is written out here on its own, so that a change in access/permissions
 * has to be made twice, on purpose.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { permissionNames, type Permission } from '../../src/access/index.ts';
import type { RegisteredRoute } from '../../src/http/route-registry.ts';
import type { RouteObjectKind } from '../../src/http/site.ts';
import { Browser } from '../helpers/accounts.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { accounts, addNonPublicFixture, type NonPublicFixture } from '../helpers/nonpublic-fixture.ts';
import { loadPlainIds, paramValues, urlsOf, type PlainIds } from '../helpers/route-urls.ts';

type Who = 'anonymous' | 'councillor' | 'sachbearbeitung' | 'sitzungsdienst' | 'administration';
const everyone: Who[] = ['anonymous', 'councillor', 'sachbearbeitung', 'sitzungsdienst', 'administration'];

const allowed: Record<Permission, readonly Who[]> = {
  workspace: ['sachbearbeitung', 'sitzungsdienst', 'administration'],
  'masterData.read': ['sitzungsdienst', 'administration'],
  'organizations.change': ['sitzungsdienst', 'administration'],
  'persons.change': ['administration'],
  'memberships.change': ['sitzungsdienst', 'administration'],
  'terms.change': ['administration'],
  'locations.change': ['sitzungsdienst', 'administration'],
  'bodySettings.change': ['administration'],
  administration: ['administration'],
};

const login: Record<Exclude<Who, 'anonymous'>, string> = {
  councillor: accounts.entitled,
  sachbearbeitung: accounts.staff,
  sitzungsdienst: accounts.sessionService,
  administration: accounts.admin,
};

for (const engine of testEngines()) {
  describe(`the permission matrix over every back-office route (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    let plain: PlainIds;
    const browsers = new Map<Who, Browser>();
    before(async () => {
      t = await openTestApp(engine);
      f = await addNonPublicFixture(t);
      plain = await loadPlainIds(t, f);
      browsers.set('anonymous', new Browser(t.app));
      for (const [who, email] of Object.entries(login) as [Who, string][]) {
        const b = new Browser(t.app);
        await b.login(email);
        browsers.set(who, b);
      }
    });
    after(() => t.close());

    const browser = (who: Who) => {
      const b = browsers.get(who);
      assert.ok(b);
      return b;
    };
    const values = (kind: RouteObjectKind) => paramValues(f, plain, kind);
    const backOffice = (method: string) =>
      t.app.routeRegistry.filter((r): r is RegisteredRoute & { permission: Permission } => r.method === method && r.permission !== undefined);

    it('writes out who may what for every permission there is', () => {
      assert.deepEqual(Object.keys(allowed).sort(), [...permissionNames].sort());
    });

    it('puts every /verwaltung route under a permission', () => {
      const loose = t.app.routeRegistry.filter((r) => r.url.startsWith('/verwaltung') && r.permission === undefined);
      assert.deepEqual(
        loose.map((r) => `${r.method} ${r.url}`),
        [],
      );
      assert.ok(backOffice('GET').length >= 8, `only ${backOffice('GET').length} back-office GET routes`);
    });

    it('answers 404 to everyone a GET route’s permission does not cover, and the page to those it does', async () => {
      let asked = 0;
      for (const route of backOffice('GET'))
        for (const url of urlsOf(route, values))
          for (const who of everyone) {
            const r = await browser(who).get(url);
            const label = `${who} GET ${url} (${route.permission})`;
            if (allowed[route.permission].includes(who)) assert.equal(r.statusCode, 200, label);
            else {
              assert.equal(r.statusCode, 404, label);
              assert.doesNotMatch(r.body, /back-office-nav/, `${label}: the 404 page shows no workspace navigation`);
              if (who === 'anonymous' || who === 'councillor') assert.doesNotMatch(r.body, /href="\/verwaltung"/, `${label}: no way into the back office`);
            }
            asked += 1;
          }
      assert.ok(asked > 50, `only ${asked} requests`);
    });

    it('answers 404 to every POST whose permission does not cover the asker, CSRF token and all', async () => {
      for (const route of backOffice('POST'))
        for (const url of urlsOf(route, values).slice(0, 1))
          for (const who of everyone.filter((w) => !allowed[route.permission].includes(w))) {
            const b = browser(who);
            // a fresh token from a page this person may see
            await b.get(who === 'anonymous' ? '/anmelden' : '/konto');
            const r = await b.post(url, { version: '1' });
            assert.equal(r.statusCode, 404, `${who} POST ${url} (${route.permission})`);
          }
    });

    it('lets the permitted reach every POST route (a form without its fields is refused, not hidden)', async () => {
      for (const route of backOffice('POST'))
        for (const url of urlsOf(route, values).slice(0, 1))
          for (const who of allowed[route.permission].filter((w) => w !== 'administration')) {
            const b = browser(who);
            await b.get('/verwaltung');
            const r = await b.post(url, {});
            assert.ok(r.statusCode !== 404 && r.statusCode < 500, `${who} POST ${url}: ${r.statusCode}`);
          }
    });
  });
}
