/**
 * @module search/run
 * One search over the index: matches, ranks, facet counts and the page of hits in one
 * statement, then snippets for the hits shown (search.hits) and, when little was found, a
 * suggestion (search.suggest). Every statement filters with the access policy's
 * `searchEntryVisibleTo`, so counts, facets, snippets and suggestions only ever see what the
 * viewer may see.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow } from '../../db/rows.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { z } from '../../lib/validation.ts';
import { paperVisibleTo, searchEntryVisibleTo } from '../../access/index.ts';
import { describeHits, hitRow } from './search.hits.ts';
import { refreshSearchIndex, searchIndexStale } from './search.index.ts';
import { referenceBoost, referenceMatch, requestScope, titleNamesQuery, tsQuery } from './search.match.ts';
import { canonicalReference, parseReferenceQuery } from '../papers/index.ts';
import { parseQuery } from './search.query.ts';
import { EXACT_LIMIT, kindLabels, MAX_PAGE, PAGE_SIZE, type SearchRequest, type SearchResult } from './search.request.ts';
import { expandQuery } from './search.expand.ts';
import { suggest } from './search.suggest.ts';
import { synonymsOf } from './search.synonyms.ts';
import { searchKinds } from './search.tables.ts';
import { newestByWalking } from './search.walk.ts';

/**
 * A paper outranks the agenda items and sessions that repeat its title; Gremien and persons are
 * what a query of their name is after.
 */
const kindWeight = sql`(case search_entries.kind when 'paper' then 1.0 when 'organization' then 1.0 when 'person' then 1.0
  when 'file' then 0.6 when 'agendaItem' then 0.35 else 0.3 end)`;
/** ts_rank normalisation: 1 divides by the logarithm of the length, so long attachments do not win by size. */
const RANK_NORMALIZATION = 1;

/**
 * Rank against a query. D is the protocol text of formal items (search.index): next to nothing.
 * The rank against the words as typed (`q.strict`) is added, so the thing named outranks what
 * only a synonym or a compound part found.
 */
const tsRank = (query: SQL) => sql`ts_rank('{0.01, 0.2, 0.4, 1.0}', search_entries.document, ${query}, ${sql.raw(String(RANK_NORMALIZATION))})`;

/** Values of a facet with their number of matches, as JSON. */
const facetCounts = <V extends z.ZodType>(value: V) => z.array(z.object({ value, count: z.number() })).nullable();

const matchRow = z.object({
  total: z.number(),
  /** Matches of the words as typed, without synonyms and compound parts: few, and „Meinten Sie …?“ helps. */
  strict_total: z.number(),
  kinds: facetCounts(z.enum(searchKinds)),
  paper_types: facetCounts(z.string()),
  organizations: z.array(z.object({ value: z.number(), label: z.string(), count: z.number() })).nullable(),
  years: facetCounts(z.number()),
  decisions: facetCounts(z.string()),
  hits: z.array(hitRow).nullable(),
});

export async function search(db: Db, request: SearchRequest): Promise<SearchResult> {
  if (await searchIndexStale(db)) await refreshSearchIndex(db);
  const pageSize = Math.min(Math.max(request.pageSize ?? PAGE_SIZE, 1), 100);
  const page = Math.min(Math.max(request.page ?? 1, 1), MAX_PAGE);
  const exactLimit = request.exactLimit ?? EXACT_LIMIT;
  const parsed = parseQuery(request.q);
  const expansions = await expandQuery(db, request.bodyId, parsed, await synonymsOf(db, request.bodyId));
  const query = tsQuery(parsed, expansions);
  const strict = tsQuery(parsed, expansions, true);
  const reference = parseReferenceQuery(request.q);
  const canonical = reference && canonicalReference(reference);
  const jump = (canonical ? await paperByReference(db, request, canonical) : undefined) ?? null;
  const empty: SearchResult = {
    total: 0,
    totalIsLowerBound: false,
    strategy: 'index',
    hits: [],
    facets: { kind: [], paperType: [], organization: [], year: [], decisionState: [] },
    suggestion: null,
    jump,
    page,
    pageSize,
  };
  if (!query && !reference) return empty;

  const scope = requestScope(request);
  /** `indexed`: @@, which the GIN index serves; else ts_match_vq, the same test row by row. */
  const matching = (indexed: boolean) => {
    const matchers: SQL[] = [];
    if (query) matchers.push(indexed ? sql`search_entries.document @@ q.query` : sql`ts_match_vq(search_entries.document, q.query)`);
    if (reference) matchers.push(referenceMatch(reference));
    return sql.join([...scope, sql`(${sql.join(matchers, sql` or `)})`], sql` and `);
  };
  const boost = referenceBoost(reference);
  const rank = query ? sql`(${tsRank(sql`q.query`)} + ${tsRank(sql`q.strict`)} + 0.3 * ${titleNamesQuery(parsed)}) * ${kindWeight} + ${boost}` : boost;
  const order = request.sort === 'date' ? sql`date desc nulls last, rank desc, kind, object_id` : sql`rank desc, date desc nulls last, kind, object_id`;

  // The newest EXACT_LIMIT + 1 matches: walked along (body_id, date desc) when the query is
  // broad, listed by the GIN index when it is narrow. Gremien and persons (undated) always, read
  // through their primary key (the fence keeps the GIN index out of it).
  const walked = query ? await newestByWalking(db, request, scope, query, matching(false), exactLimit + 1) : undefined;
  const newest = walked
    ? sql`select * from unnest(${sql.param(walked.map((w) => w.kind))}::text[], ${intArray(walked.map((w) => w.object_id))}) as w(kind, object_id)`
    : sql`select search_entries.kind, search_entries.object_id from search_entries, q where ${matching(true)}
        order by search_entries.date desc nulls last limit ${exactLimit + 1}`;
  const row = await queryRow(
    db,
    matchRow,
    sql`with q as (select ${query ?? sql`''::tsquery`} as query, ${strict ?? sql`''::tsquery`} as strict),
      candidates as materialized (
        (${newest})
        union
        (select search_entries.kind, search_entries.object_id
          from (select * from search_entries where kind in ('organization', 'person') offset 0) search_entries, q
          where ${matching(false)} limit 100)),
      matches as materialized (
        select search_entries.kind, search_entries.object_id, search_entries.title, search_entries.reference, search_entries.date,
          search_entries.paper_type, search_entries.organization_ids, search_entries.decision_state, ${rank} as rank,
          search_entries.document @@ q.strict as strict_hit
        from candidates join search_entries using (kind, object_id), q)
      select (select count(*)::int from matches) as total, (select count(*)::int from matches where strict_hit) as strict_total,
        (select json_agg(json_build_object('value', kind, 'count', n) order by n desc)
          from (select kind, count(*)::int n from matches group by kind) f) as kinds,
        (select json_agg(json_build_object('value', paper_type, 'count', n) order by n desc, paper_type)
          from (select paper_type, count(*)::int n from matches where paper_type is not null group by paper_type) f) as paper_types,
        (select json_agg(json_build_object('value', f.id, 'label', o.name, 'count', f.n) order by f.n desc, o.name)
          from (select id, count(*)::int n from matches, unnest(organization_ids) id
            where id in (select g.id from organizations g where g.body_id = ${request.bodyId} and g.organization_type in ('Gremium', 'externes Gremium'))
            group by id order by n desc limit 12) f
          join organizations o on o.id = f.id) as organizations,
        (select json_agg(json_build_object('value', y, 'count', n) order by y desc)
          from (select extract(year from date)::int y, count(*)::int n from matches where date is not null group by 1) f) as years,
        (select json_agg(json_build_object('value', decision_state, 'count', n) order by n desc, decision_state)
          from (select decision_state, count(*)::int n from matches where decision_state is not null group by decision_state) f) as decisions,
        (select json_agg(h) from (select kind, object_id, title, reference, date, paper_type, decision_state from matches
          order by ${order} limit ${pageSize} offset ${(page - 1) * pageSize}) h) as hits`,
  );
  if (!row) return empty;
  const hits = await describeHits(db, request.viewer, row.hits ?? [], query);
  const suggestion = row.strict_total < 3 ? ((await suggest(db, request, parsed)) ?? null) : null;
  const totalIsLowerBound = row.total > exactLimit;
  // a broad query lists the values its newest matches have, without counts, and every year
  const counted = <T extends { count: number }>(f: T) => ({ ...f, count: totalIsLowerBound ? null : f.count });
  const years = totalIsLowerBound
    ? (await visibleYears(db, request)).map((y) => ({ value: y, label: String(y), count: null }))
    : (row.years ?? []).map((f) => ({ ...f, label: String(f.value) }));
  return {
    total: totalIsLowerBound ? exactLimit : row.total,
    totalIsLowerBound,
    strategy: walked ? 'walk' : 'index',
    hits,
    facets: {
      kind: searchKinds.flatMap((kind) => {
        const found = row.kinds?.find((k) => k.value === kind);
        return found ? [counted({ value: kind, label: kindLabels[kind], count: found.count })] : [];
      }),
      paperType: (row.paper_types ?? []).map((f) => counted({ ...f, label: f.value })),
      organization: (row.organizations ?? []).map(counted),
      year: years,
      decisionState: (row.decisions ?? []).map((f) => counted({ ...f, label: f.value })),
    },
    suggestion,
    jump,
    page,
    pageSize,
  };
}

const yearRangeRow = z.object({ first: z.number().nullable(), last: z.number().nullable() });

/** Years from the oldest to the newest entry the viewer may see (two index probes). */
async function visibleYears(db: Db, request: SearchRequest): Promise<number[]> {
  const where = sql`search_entries.body_id = ${request.bodyId} and search_entries.date is not null and ${searchEntryVisibleTo(request.viewer)}`;
  const range = await queryRow(
    db,
    yearRangeRow,
    sql`select (select extract(year from date)::int from search_entries where ${where} order by date desc nulls last limit 1) as last,
      (select extract(year from date)::int from search_entries where ${where} order by date asc nulls first limit 1) as first`,
  );
  const first = range?.first;
  const last = range?.last;
  if (!first || !last) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

const slugRow = z.object({ slug: z.string() });

/** The address of the paper whose reference the query is, if the viewer may see it. */
async function paperByReference(db: Db, request: SearchRequest, canonical: string): Promise<string | undefined> {
  const spellings = [canonical, canonical.replace(/\//g, '-')];
  const paper = await queryRow(
    db,
    slugRow,
    sql`select papers.slug from papers where papers.body_id = ${request.bodyId} and upper(papers.reference) = any(${sql.param(spellings)}::text[])
      and ${paperVisibleTo(request.viewer)} limit 1`,
  );
  return paper ? `/vorlagen/${paper.slug}` : undefined;
}
