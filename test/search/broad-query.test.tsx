/**
 * A query with more matches than the exact limit ranks and counts only its newest matches and
 * says so. The demo is small, so the limit is lowered through `exactLimit`; the production
 * limit (EXACT_LIMIT) takes the same path.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Db } from '../../src/db/client.ts';
import { anonymous } from '../../src/access/index.ts';
import { search, type SearchRequest, type SearchResult } from '../../src/modules/search/index.ts';
import { parseSearchParams } from '../../src/modules/search/search.params.ts';
import { SearchPage } from '../../src/modules/search/views/SearchPage.tsx';
import { openDemoSearch, type DemoSearch } from '../helpers/demo.ts';

describe('Suche mit sehr vielen Treffern', () => {
  let demo: DemoSearch;
  let db: Db;
  let bodyId: number;

  before(async () => {
    demo = await openDemoSearch();
    db = demo.database.db;
    bodyId = demo.bodyId;
  });
  after(() => demo?.close());

  const run = (q: string, extra: Partial<SearchRequest> = {}): Promise<SearchResult> => search(db, { bodyId, viewer: anonymous, q, pageSize: 100, ...extra });
  const datesOf = (r: SearchResult) => r.hits.map((h) => h.date).filter((d): d is string => d !== null);

  test('unter der Grenze: genaue Zahl, Facetten mit Anzahlen', async () => {
    const exact = await run('Kreistag');
    assert.ok(exact.total > 12, `Demo braucht mehr als 12 Treffer für „Kreistag“, hat ${exact.total}`);
    assert.equal(exact.totalIsLowerBound, false);
    assert.ok(exact.facets.kind.every((f) => typeof f.count === 'number' && f.count > 0));
    assert.equal(exact.facets.kind.reduce((sum, f) => sum + (f.count ?? 0), 0), exact.total);
  });

  // „Kreistag“ is in a quarter of the demo's entries: walked newest first; „Sporthalle“ in few:
  // listed by the GIN index. Both must give the newest matches.
  for (const [q, strategy] of [['Kreistag', 'walk'], ['Sporthalle', 'index']] as const) {
    test(`über der Grenze („${q}“): „mehr als“, die neuesten Treffer, Facetten ohne Anzahlen, alle Jahre`, async () => {
      const exact = await run(q, { sort: 'date' });
      assert.ok(exact.total >= 6, `„${q}“ braucht mindestens 6 Treffer, hat ${exact.total}`);
      const limit = Math.min(10, Math.floor(exact.total / 2));
      const broad = await run(q, { exactLimit: limit, sort: 'date' });
      assert.equal(broad.totalIsLowerBound, true);
      assert.equal(broad.total, limit);
      assert.equal(broad.strategy, strategy);
      assert.equal(exact.strategy, 'index', 'without enough matches to fill the limit the walk gives up');
      // by date, the broad search shows exactly the newest dated matches of the exact search
      assert.deepEqual(datesOf(broad).slice(0, limit), datesOf(exact).slice(0, limit));
      assert.ok(datesOf(broad).length <= limit + 1, 'nur die neuesten Treffer werden gezählt');
      for (const facet of Object.values(broad.facets)) for (const value of facet) assert.equal(value.count, null);
      // every year of the body's visible entries is offered, newest first, without gaps
      const years = broad.facets.year.map((f) => f.value);
      assert.ok(years.length >= 2);
      assert.deepEqual(years, [...years].sort((a, b) => b - a));
      assert.equal(years[0]! - years[years.length - 1]! + 1, years.length);
      for (const y of exact.facets.year.map((f) => f.value)) assert.ok(years.includes(y), `Jahr ${y} fehlt`);
    });
  }

  test('über der Grenze: Gremien und Personen bleiben dabei, auch ohne Datum', async () => {
    const broad = await run('Kreistag', { exactLimit: 3 });
    assert.ok(
      broad.hits.some((h) => h.kind === 'organization' && h.title === 'Kreistag'),
      `Gremium Kreistag fehlt: ${JSON.stringify(broad.hits.map((h) => `${h.kind}:${h.title}`))}`,
    );
    assert.equal(broad.hits[0]?.kind, 'organization', 'der Gremienname rankt vor den Vorlagen');
  });

  test('die Seite sagt „Mehr als … Treffer“ und zeigt keine Anzahlen in den Filtern', async () => {
    const parsed = parseSearchParams({ q: 'Kreistag' });
    assert.ok(parsed.ok);
    const render = (result: SearchResult) => String(<SearchPage bodyName="Demo" params={parsed.value} result={result} />);
    const broad = render(await run('Kreistag', { exactLimit: 10 }));
    assert.match(broad, /Mehr als 10 Treffer/);
    assert.match(broad, /die 10 neuesten Treffer/);
    assert.doesNotMatch(broad, /facet-count/);
    const exact = render(await run('Kreistag'));
    assert.doesNotMatch(exact, /Mehr als/);
    assert.match(exact, /facet-count/);
  });
});
