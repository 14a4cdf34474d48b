/**
 * Every route the app registers, requested with non-public objects as an anonymous reader, as
 * a member of another committee and as an entitled member (and, for /verwaltung, as the
 * administration). The routes come from the app's own registry, so a new route is covered as
 * soon as it exists; a GET route whose path parameters do not say what they name fails here.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { queryRows } from '../../src/db/rows.ts';
import { z } from '../../src/lib/validation.ts';
import type { RouteObjectKind } from '../../src/http/site.ts';
import { Browser } from '../helpers/accounts.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { accounts, addNonPublicFixture, SECRET_WORD, type NonPublicFixture } from '../helpers/nonpublic-fixture.ts';
import { loadPlainIds, paramValues, urlsOf, type PlainIds } from '../helpers/route-urls.ts';

type Who = 'anonymous' | 'otherCommittee' | 'entitled' | 'admin';
/** Kinds whose non-public instance is itself hidden: the unentitled get 404. */
const hiddenKinds = new Set<RouteObjectKind>(['paper', 'agendaItem', 'file', 'consultation']);
/** Back-office routes answer 404 to everyone without their permission (none of these readers has one but the administration). */
const backOffice = (route: { access: string }) => route.access === 'admin' || route.access === 'staff';

const leaks = (r: LightMyRequestResponse) => {
  const text = `${JSON.stringify(r.headers)}\n${r.rawPayload.toString('latin1')}\n${r.body}`;
  return text.toLowerCase().includes(SECRET_WORD.toLowerCase());
};

for (const engine of testEngines()) {
  describe(`every registered route with non-public objects (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    let plain: PlainIds;
    const browsers = new Map<Who, Browser>();
    before(async () => {
      t = await openTestApp(engine);
      f = await addNonPublicFixture(t);
      plain = await loadPlainIds(t, f);
      browsers.set('anonymous', new Browser(t.app));
      for (const who of ['otherCommittee', 'entitled', 'admin'] as const) {
        const b = new Browser(t.app);
        await b.login(accounts[who]);
        browsers.set(who, b);
      }
    });
    after(() => t.close());

    const values = (kind: RouteObjectKind) => paramValues(f, plain, kind);
    const browser = (who: Who) => {
      const b = browsers.get(who);
      assert.ok(b);
      return b;
    };
    const getRoutes = () => t.app.routeRegistry.filter((r) => r.method === 'GET');

    it('has the routes of every module in its registry', () => {
      const urls = getRoutes().map((r) => r.url);
      for (const expected of [
        '/',
        '/vorlagen/:key',
        '/sitzungen/:id',
        '/dateien/:id/:name?',
        '/anmelden',
        '/konto',
        '/mein-bereich',
        '/verwaltung/konten',
        '/oparl/v1/paper/:id',
        '/oparl/v1/body/:id/paper',
      ])
        assert.ok(urls.includes(expected), `${expected} missing from the registry`);
    });

    it('gives the anonymous reader and the other committee nothing non-public on any GET route', async () => {
      const checked: string[] = [];
      for (const route of getRoutes()) {
        for (const url of urlsOf(route, values)) {
          const direct = Object.values(route.objects).some((k) => hiddenKinds.has(k));
          for (const who of ['anonymous', 'otherCommittee'] as const) {
            const r = await browser(who).get(url);
            const label = `${who} GET ${url} (${route.url})`;
            assert.ok(r.statusCode < 500, `${label}: ${r.statusCode}`);
            assert.ok(!leaks(r), `${label}: non-public content in the answer`);
            if (backOffice(route)) assert.equal(r.statusCode, 404, `${label}: back office only`);
            else if (route.access === 'account' && who === 'anonymous') {
              assert.equal(r.statusCode, 303, label);
              assert.match(String(r.headers.location), /^\/anmelden/, label);
            } else if (direct) assert.equal(r.statusCode, 404, `${label}: a hidden object must answer 404`);
            checked.push(label);
          }
        }
      }
      assert.ok(checked.length > 40, `only ${checked.length} requests`);
    });

    it('gives the entitled member every route with the non-public objects', async () => {
      for (const route of getRoutes()) {
        for (const url of urlsOf(route, values)) {
          const r = await browser('entitled').get(url);
          const label = `entitled GET ${url} (${route.url})`;
          if (backOffice(route)) assert.equal(r.statusCode, 404, label);
          else if (route.publicOnly) {
            // the open-data interface ignores the session: members get what the public gets
            assert.ok(!leaks(r), `${label}: non-public content in a public-only answer`);
            if (Object.values(route.objects).some((k) => hiddenKinds.has(k))) assert.equal(r.statusCode, 404, label);
            else assert.ok(r.statusCode < 400, `${label}: ${r.statusCode}`);
          } else assert.ok(r.statusCode < 400 || url.startsWith('/passwort-neu'), `${label}: ${r.statusCode}`);
        }
      }
      const see = async (url: string) => {
        const r = await browser('entitled').get(url);
        assert.equal(r.statusCode, 200, url);
        assert.ok(leaks(r), `${url}: the entitled member should see the non-public content`);
      };
      await see(`/vorlagen/${f.paper.slug}`);
      await see(`/tagesordnungspunkte/${f.agendaItems.nonPublicItem}`);
      await see(`/sitzungen/${f.meetings.sozialFuture}`);
      await see(`/sitzungen/${f.meetings.sozialPast}`);
      await see('/mein-bereich');
      await see('/vorlagen');
    });

    it('gives the administration every /verwaltung route', async () => {
      for (const route of getRoutes().filter(backOffice))
        for (const url of urlsOf(route, values)) assert.equal((await browser('admin').get(url)).statusCode, 200, url);
    });

    it('counts only public papers for the anonymous reader', async () => {
      const [row] = await queryRows(t.database.db, z.object({ n: z.number() }), sql`select count(*)::int as n from papers where public and deleted_at is null`);
      assert.ok(row);
      const anon = await browser('anonymous').get('/vorlagen');
      assert.match(anon.body, new RegExp(`>\\s*${row.n} Vorlage${row.n === 1 ? '' : 'n'}`));
      const member = await browser('entitled').get('/vorlagen');
      assert.match(member.body, new RegExp(`>\\s*${row.n + 1} Vorlagen`));
    });

    it('finds nothing non-public when the public searches for its words', async () => {
      // the search box repeats the words searched for, so look for the paper itself
      const paperLink = new RegExp(`${f.paper.slug}|Grundstücksankauf Quokkaweg|Quokka-Ankauf`);
      for (const url of ['/vorlagen?q=Quokkaweg', `/vorlagen?q=${encodeURIComponent(f.paper.reference)}`, '/vorlagen?q=Quokka&sortierung=titel']) {
        for (const who of ['anonymous', 'otherCommittee'] as const) {
          const r = await browser(who).get(url);
          assert.ok(r.statusCode < 500, `${who} ${url}`);
          assert.doesNotMatch(r.body, paperLink, `${who} ${url}`);
        }
      }
      assert.match((await browser('anonymous').get('/vorlagen?q=Quokkaweg')).body, />\s*0 Vorlagen/);
      assert.match((await browser('entitled').get('/vorlagen?q=Quokkaweg')).body, />\s*1 Vorlage\b/);
    });

    it('refuses every state-changing route without a CSRF token', async () => {
      const posts = t.app.routeRegistry.filter((r) => r.method !== 'GET');
      assert.ok(posts.length > 5);
      for (const route of posts) {
        for (const url of urlsOf(route, values).slice(0, 1)) {
          const r = await t.app.inject({
            method: route.method as 'POST',
            url,
            headers: { cookie: browser('admin').cookieHeader, 'content-type': 'application/x-www-form-urlencoded' },
            payload: 'x=1',
          });
          assert.equal(r.statusCode, 403, `${route.method} ${url}`);
        }
      }
    });
  });
}
