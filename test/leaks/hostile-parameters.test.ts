/**
 * Every registered GET route, fed hostile values for each of its parameters (path and declared
 * query parameters), as an anonymous reader and as the administration: impossible dates, huge
 * and negative numbers, NUL and other control characters, long strings, characters outside
 * Latin-1. None may answer 5xx; each refusal is a 4xx with a German sentence; a value a
 * parameter cannot take is refused. The routes and their parameters come from the registry, so a
 * new route or parameter is covered as soon as it exists.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { InputKind } from '../../src/http/input.ts';
import type { RegisteredRoute } from '../../src/http/route-registry.ts';
import { Browser } from '../helpers/accounts.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { accounts, addNonPublicFixture, type NonPublicFixture } from '../helpers/nonpublic-fixture.ts';
import { loadPlainIds, paramPattern, paramValues, urlsOf, type PlainIds } from '../helpers/route-urls.ts';

interface Hostile {
  /** Already percent-encoded, as it stands in a URL. */
  raw: string;
  /** Kinds of parameter that must refuse it (4xx); 'all' for every parameter. */
  refusedBy: 'all' | InputKind[];
}

const hostile: Hostile[] = [
  { raw: '2026-02-30', refusedBy: ['id', 'number', 'date', 'month', 'choice'] },
  { raw: '2025-02-29', refusedBy: ['id', 'number', 'date', 'month', 'choice'] },
  { raw: '2026-04-31T00:00:00%2B02:00', refusedBy: ['id', 'number', 'date', 'month', 'choice'] },
  { raw: '99999999999', refusedBy: ['id', 'date', 'month', 'choice'] },
  { raw: '2147483648', refusedBy: ['id', 'date', 'month', 'choice'] },
  { raw: '-1', refusedBy: ['id', 'number', 'date', 'month', 'choice'] },
  { raw: '-99999999999999999999', refusedBy: ['id', 'number', 'date', 'month', 'choice'] },
  { raw: '1e400', refusedBy: ['id', 'number', 'date', 'month', 'choice'] },
  { raw: '%00', refusedBy: 'all' },
  { raw: 'VO%002023', refusedBy: 'all' },
  { raw: '%1B%5B31m', refusedBy: 'all' },
  { raw: '%C2%85', refusedBy: 'all' },
  { raw: 'x'.repeat(5000), refusedBy: ['id', 'number', 'date', 'month', 'choice', 'text', 'token'] },
  { raw: '%E2%80%AE', refusedBy: ['id', 'number', 'date', 'month', 'choice'] },
  { raw: '%2F%E2%80%AE', refusedBy: ['id', 'number', 'date', 'month', 'choice'] },
  { raw: '%F0%9F%90%A8%C3%A4%E2%82%AC', refusedBy: ['id', 'number', 'date', 'month', 'choice'] },
  { raw: '%FF%FE', refusedBy: ['id', 'number', 'date', 'month', 'choice'] },
  { raw: '%ED%A0%80', refusedBy: ['id', 'number', 'date', 'month', 'choice'] },
  { raw: "'%3B%20drop%20table%20papers%3B--", refusedBy: ['id', 'number', 'date', 'month', 'choice'] },
  { raw: '..%2F..%2Fetc%2Fpasswd', refusedBy: ['id', 'number', 'date', 'month', 'choice'] },
];

/** The German titles of the error pages, and pages that refuse in their own words. */
const germanPage = /<h1>(Ungültige Anfrage|Seite nicht gefunden|Adresse zu lang)<\/h1>|Dieser Link ist ungültig/;

/** A refusal must say in German what went wrong, in the format of the route (page, JSON, text). */
function germanMessage(r: LightMyRequestResponse): boolean {
  const type = String(r.headers['content-type'] ?? '');
  // Fastify's own codes are FST_ERR_…; a bare "FST_" also occurs by chance in a random CSRF token
  if (/\bFST_ERR_|Bad Request|Not Found|Internal Server/.test(r.body)) return false;
  if (type.startsWith('text/html')) return germanPage.test(r.body) && /lang="de"/.test(r.body);
  if (type.startsWith('application/json')) {
    const json = JSON.parse(r.body) as { error?: unknown; message?: unknown };
    const message = json.error ?? json.message;
    return typeof message === 'string' && message.length > 10 && !/(expected|invalid|must|received)/i.test(message);
  }
  return type.startsWith('text/plain') && r.body.startsWith('Ungültige Anfrage: ');
}

function assertAnswer(r: LightMyRequestResponse, label: string, mustRefuse: boolean): void {
  assert.ok(r.statusCode < 500, `${label}: ${r.statusCode}`);
  if (mustRefuse) assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${label}: must be refused, got ${r.statusCode}`);
  if (r.statusCode >= 400) assert.ok(germanMessage(r), `${label}: ${r.statusCode} without a German sentence: ${r.body.slice(0, 300)}`);
}

const refuses = (h: Hostile, kind: InputKind) => h.refusedBy === 'all' || h.refusedBy.includes(kind);

for (const engine of testEngines()) {
  describe(`hostile values for every parameter of every GET route (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    let plain: PlainIds;
    let admin: Browser;
    before(async () => {
      t = await openTestApp(engine, { PAGE_CACHE: '0' });
      f = await addNonPublicFixture(t);
      plain = await loadPlainIds(t, f);
      admin = new Browser(t.app);
      await admin.login(accounts.admin);
    });
    after(() => t.close());

    const getRoutes = (): RegisteredRoute[] => t.app.routeRegistry.filter((r) => r.method === 'GET');
    const viewers = () => [
      { who: 'anonymous', get: (url: string) => t.app.inject({ url }) },
      { who: 'admin', get: (url: string) => admin.get(url) },
    ];

    it('knows the parameters of the routes that take any', () => {
      const query = (url: string) => getRoutes().find((r) => r.url === url)?.query ?? {};
      assert.deepEqual(Object.keys(query('/vorlagen')).sort(), ['art', 'federfuehrung', 'gremium', 'jahr', 'q', 'seite', 'sortierung']);
      assert.equal(query('/sitzungen').von, 'date');
      assert.equal(query('/suche').gremium, 'id');
      assert.equal(query('/oparl/v1/body/:id/paper').modified_since, 'date');
      assert.equal(query('/anmelden').weiter, 'returnAddress');
    });

    it('never answers 5xx to a hostile query parameter, and refuses what a parameter cannot take', async () => {
      let requests = 0;
      for (const route of getRoutes()) {
        const [url] = urlsOf(route, (kind) => paramValues(f, plain, kind).slice(0, 1));
        assert.ok(url);
        for (const [name, kind] of Object.entries(route.query)) {
          for (const h of hostile) {
            const target = `${url}${url.includes('?') ? '&' : '?'}${name}=${h.raw}`;
            for (const { who, get } of viewers()) {
              const r = await get(target);
              requests++;
              // an account route sends the anonymous reader to the login before it reads anything
              if (route.access !== 'public' && who === 'anonymous') {
                assert.ok(r.statusCode === 303 || r.statusCode === 404 || r.statusCode === 400, `${who} ${target}: ${r.statusCode}`);
                continue;
              }
              assertAnswer(r, `${who} GET ${target.slice(0, 160)} (${route.url}, ${name}: ${kind})`, refuses(h, kind));
            }
          }
          // the same parameter twice is one value too many for a single-valued parameter
          const twice = `${url}${url.includes('?') ? '&' : '?'}${name}=1&${name}=2`;
          const r = await admin.get(twice);
          requests++;
          assertAnswer(r, `admin GET ${twice}`, false);
        }
      }
      assert.ok(requests > 1000, `only ${requests} requests`);
    });

    it('never answers 5xx to a hostile path parameter', async () => {
      for (const route of getRoutes()) {
        const names = [...route.url.matchAll(paramPattern)].map((m) => m[1] as string);
        for (const name of names) {
          for (const h of hostile) {
            // the other parameters keep a real value, so that only this one is hostile
            const url = route.url.replace(paramPattern, (_whole, other: string) => {
              if (other === name) return h.raw;
              const kind = route.objects[other];
              assert.ok(kind, `${route.url}: :${other} does not say what it names`);
              return encodeURIComponent(paramValues(f, plain, kind)[0] ?? '1');
            });
            for (const { who, get } of viewers()) {
              const r = await get(url);
              if (route.access !== 'public' && who === 'anonymous') continue;
              // a value that names nothing gets the 404 page; a control character is refused
              assertAnswer(r, `${who} GET ${url.slice(0, 160)} (${route.url})`, h.refusedBy === 'all');
            }
          }
        }
      }
    });
  });
}
