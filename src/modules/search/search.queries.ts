/**
 * @module search/queries
 * One search over the index: matches, ranks, facet counts and the page of hits in one
 * statement, then snippets for the hits shown. Every statement filters with the access
 * policy's `searchEntryVisibleTo`, so counts, facets, snippets and suggestions only ever see
 * what the viewer may see.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { uncheckedRows } from '../../db/rows.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { paperVisibleTo, searchEntryVisibleTo, type Viewer } from '../../access/index.ts';
import { refreshSearchIndex, searchIndexStale } from './search.index.ts';
import { parseQuery, referencePattern, referencePrefix, type ParsedQuery, type Term } from './search.query.ts';
import { searchKinds, type SearchKind } from './search.tables.ts';

export const PAGE_SIZE = 20;
export const MAX_PAGE = 50;
/**
 * Counted, faceted and ranked exactly up to this many matches. A broader query ("Haushalt" in a
 * Kreis with 100,000 papers matches most of the index) ranks and counts its newest
 * EXACT_LIMIT matches and says so: ranking every match would read every attachment's vector
 * (seconds), while the newest thousand are what such a search is after and filters narrow it.
 */
export const EXACT_LIMIT = 1000;

export interface SearchRequest {
  bodyId: number;
  viewer: Viewer;
  q: string;
  kinds?: SearchKind[];
  paperTypes?: string[];
  organizationIds?: number[];
  years?: number[];
  decisionStates?: string[];
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  sort?: 'relevance' | 'date';
  page?: number;
  pageSize?: number;
  /** Overrides EXACT_LIMIT (tests pin the broad path on the small demo with it). */
  exactLimit?: number;
}

/** Part of a snippet; `mark` is a matched word. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  id: number;
  title: string;
  reference: string | null;
  date: string | null;
  url: string;
  paperType: string | null;
  decisionState: string | null;
  snippet: SnippetPart[] | null;
  /** Attachments: the page of the snippet (1-based) and the paper the file belongs to. */
  page: number | null;
  paper: { reference: string; name: string; url: string } | null;
  /** Agenda items: their session. */
  meeting: { id: number; name: string; date: string | null; url: string } | null;
}

export interface FacetValue<T extends string | number = string> {
  value: T;
  label: string;
  /** Null when the query is broad (see EXACT_LIMIT): counts of a sample would mislead. */
  count: number | null;
}

export interface SearchFacets {
  kind: FacetValue<SearchKind>[];
  paperType: FacetValue[];
  organization: FacetValue<number>[];
  year: FacetValue<number>[];
  decisionState: FacetValue[];
}

export interface SearchResult {
  /** Matches counted; when `totalIsLowerBound`, there are more than EXACT_LIMIT (= total). */
  total: number;
  /** Whether the query matched more than EXACT_LIMIT: total, facets and ranking then cover the newest EXACT_LIMIT. */
  totalIsLowerBound: boolean;
  /** How the newest matches were found: walked newest first (broad query) or listed by the GIN index. */
  strategy: 'walk' | 'index';
  hits: SearchHit[];
  facets: SearchFacets;
  /** „Meinten Sie …?“: the query with misspelt words replaced, when few hits were found. */
  suggestion: string | null;
  /** The paper's address when the query is exactly its reference. */
  jump: string | null;
  page: number;
  pageSize: number;
}

export const kindLabels: Record<SearchKind, string> = {
  paper: 'Vorlage',
  agendaItem: 'Tagesordnungspunkt',
  meeting: 'Sitzung',
  file: 'Anlage',
  person: 'Person',
  organization: 'Gremium',
};

const MARK_START = '\u27E6';
const MARK_END = '\u27E7';
const headlineOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * A paper outranks the agenda items and sessions that repeat its title; Gremien and persons are
 * what a query of their name is after.
 */
const kindWeight = sql`(case search_entries.kind when 'paper' then 1.0 when 'organization' then 1.0 when 'person' then 1.0
  when 'file' then 0.6 when 'agendaItem' then 0.35 else 0.3 end)`;
/** ts_rank normalisation: 1 divides by the logarithm of the length, so long attachments do not win by size. */
const RANK_NORMALIZATION = 1;

function termQuery(term: Term, prefix: boolean): SQL {
  if (term.kind === 'phrase' || /[/.\-_]/.test(term.text)) return sql`phraseto_tsquery('german', ${term.text})`;
  // prefix matching finds compounds that start with the word: Integration → Integrationsbeirat
  if (prefix && term.text.length >= 3) return sql`(to_tsquery('german', ${term.text}) || to_tsquery('german', ${`${term.text}:*`}))`;
  return sql`to_tsquery('german', ${term.text})`;
}

/** The tsquery of the parsed query, or null when it has no positive term. */
function tsQuery(parsed: ParsedQuery): SQL | null {
  if (parsed.groups.length === 0) return null;
  const groups = parsed.groups.map((alternatives) => sql`(${sql.join(alternatives.map((t) => termQuery(t, true)), sql` || `)})`);
  const positive = sql.join(groups, sql` && `);
  if (parsed.excluded.length === 0) return positive;
  const excluded = sql.join(parsed.excluded.map((t) => termQuery(t, false)), sql` || `);
  return sql`((${positive}) && !!(${excluded}))`;
}

function filters(request: SearchRequest): SQL[] {
  const where: SQL[] = [sql`search_entries.body_id = ${request.bodyId}`, searchEntryVisibleTo(request.viewer)];
  if (request.kinds?.length) where.push(sql`search_entries.kind = any(${sql.param(request.kinds)}::text[])`);
  if (request.paperTypes?.length) where.push(sql`search_entries.paper_type = any(${sql.param(request.paperTypes)}::text[])`);
  if (request.organizationIds?.length) where.push(sql`search_entries.organization_ids && ${intArray(request.organizationIds)}`);
  if (request.years?.length) where.push(sql`extract(year from search_entries.date)::int = any(${intArray(request.years)})`);
  if (request.decisionStates?.length) where.push(sql`search_entries.decision_state = any(${sql.param(request.decisionStates)}::text[])`);
  if (request.from) where.push(sql`search_entries.date >= ${request.from}::date`);
  if (request.to) where.push(sql`search_entries.date <= ${request.to}::date`);
  return where;
}

type MatchRow = {
  total: number;
  kinds: Array<{ value: SearchKind; count: number }> | null;
  paper_types: Array<{ value: string; count: number }> | null;
  organizations: Array<{ value: number; label: string; count: number }> | null;
  years: Array<{ value: number; count: number }> | null;
  decisions: Array<{ value: string; count: number }> | null;
  hits: Array<{ kind: SearchKind; object_id: number; title: string; reference: string | null; date: string | null; paper_type: string | null; decision_state: string | null }> | null;
};

export async function search(db: Db, request: SearchRequest): Promise<SearchResult> {
  if (await searchIndexStale(db)) await refreshSearchIndex(db);
  const pageSize = Math.min(Math.max(request.pageSize ?? PAGE_SIZE, 1), 100);
  const page = Math.min(Math.max(request.page ?? 1, 1), MAX_PAGE);
  const exactLimit = request.exactLimit ?? EXACT_LIMIT;
  const parsed = parseQuery(request.q);
  const query = tsQuery(parsed);
  const prefix = referencePrefix(request.q);
  const jump = referencePattern.test(request.q.trim()) ? await paperByReference(db, request) : null;
  const empty: SearchResult = {
    total: 0, totalIsLowerBound: false, strategy: 'index', hits: [], facets: { kind: [], paperType: [], organization: [], year: [], decisionState: [] },
    suggestion: null, jump, page, pageSize,
  };
  if (!query && !prefix) return empty;

  const scope = filters(request);
  const referenceMatch = prefix ? sql`lower(search_entries.reference) like ${`${prefix.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`}` : null;
  /** `indexed`: @@, which the GIN index serves; else ts_match_vq, the same test row by row. */
  const matching = (indexed: boolean) => {
    const matchers: SQL[] = [];
    if (query) matchers.push(indexed ? sql`search_entries.document @@ q.query` : sql`ts_match_vq(search_entries.document, q.query)`);
    if (referenceMatch) matchers.push(referenceMatch);
    return sql.join([...scope, sql`(${sql.join(matchers, sql` or `)})`], sql` and `);
  };
  const referenceBoost = prefix
    ? sql`case when lower(search_entries.reference) = ${prefix.toLowerCase()} then 10 when lower(search_entries.reference) like ${`${prefix.toLowerCase()}%`} then 5 else 0 end`
    : sql`0`;
  const rank = query ? sql`ts_rank('{0.1, 0.2, 0.4, 1.0}', search_entries.document, q.query, ${sql.raw(String(RANK_NORMALIZATION))}) * ${kindWeight} + ${referenceBoost}` : referenceBoost;
  const order = request.sort === 'date' ? sql`date desc nulls last, rank desc, kind, object_id` : sql`rank desc, date desc nulls last, kind, object_id`;

  // The newest EXACT_LIMIT + 1 matches: walked along (body_id, date desc) when the query is
  // broad, listed by the GIN index when it is narrow. Gremien and persons (undated) always, read
  // through their primary key (the fence keeps the GIN index out of it).
  const walked = query ? await newestByWalking(db, request, scope, query, matching(false), exactLimit + 1) : null;
  const newest = walked
    ? sql`select * from unnest(${sql.param(walked.map((w) => w.kind))}::text[], ${intArray(walked.map((w) => w.object_id))}) as w(kind, object_id)`
    : sql`select search_entries.kind, search_entries.object_id from search_entries, q where ${matching(true)}
        order by search_entries.date desc nulls last limit ${exactLimit + 1}`;
  const [row] = await uncheckedRows<MatchRow>(
    db,
    sql`with q as (select ${query ?? sql`''::tsquery`} as query),
      candidates as materialized (
        (${newest})
        union
        (select search_entries.kind, search_entries.object_id
          from (select * from search_entries where kind in ('organization', 'person') offset 0) search_entries, q
          where ${matching(false)} limit 100)),
      matches as materialized (
        select search_entries.kind, search_entries.object_id, search_entries.title, search_entries.reference, search_entries.date,
          search_entries.paper_type, search_entries.organization_ids, search_entries.decision_state, ${rank} as rank
        from candidates join search_entries using (kind, object_id), q)
      select (select count(*)::int from matches) as total,
        (select json_agg(json_build_object('value', kind, 'count', n) order by n desc)
          from (select kind, count(*)::int n from matches group by kind) f) as kinds,
        (select json_agg(json_build_object('value', paper_type, 'count', n) order by n desc, paper_type)
          from (select paper_type, count(*)::int n from matches where paper_type is not null group by paper_type) f) as paper_types,
        (select json_agg(json_build_object('value', f.id, 'label', o.name, 'count', f.n) order by f.n desc, o.name)
          from (select id, count(*)::int n from matches, unnest(organization_ids) id group by id order by n desc limit 12) f
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
  const suggestion = row.total < 3 ? await suggest(db, request, parsed) : null;
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

/** Share of the entries a query must match to be walked instead of listed by the GIN index. */
const BROAD_SHARE = 0.05;
/** Entries sampled (by pages, so about) to estimate that share: all of a small index. */
const SAMPLE_ENTRIES = 800;
const MIN_SAMPLE = 20;
/** Entries a walk reads at most before it gives up and the GIN index lists the matches. */
const WALK_LIMIT = 25_000;

/**
 * The newest `wanted` matches of a broad query, found by reading the entries newest first and
 * testing each (a few µs per entry), or null when the query is not broad or the newest
 * WALK_LIMIT entries hold too few matches. The GIN index would list every match first: for
 * "Haushalt" in 100,000 papers that is 400,000 heap rows. Whether a query is broad is measured
 * on a fixed sample of the index's pages, because the planner's estimate for prefix queries
 * (`haushalt:*`) is off by a factor of 100. Year filters are no index range: GIN then.
 */
async function newestByWalking(db: Db, request: SearchRequest, scope: SQL[], query: SQL, matching: SQL, wanted: number): Promise<Array<{ kind: SearchKind; object_id: number }> | null> {
  if (request.years?.length) return null;
  const inScope = sql.join(scope, sql` and `);
  const [sample] = await uncheckedRows<{ hits: number; seen: number }>(
    db,
    sql`with q as (select ${query} as query)
      select count(*) filter (where ts_match_vq(search_entries.document, q.query))::int as hits, count(*)::int as seen
      from search_entries tablesample system ((select least(100, greatest(0.01, ${sql.raw(`${SAMPLE_ENTRIES * 100}.0`)} / greatest(reltuples, 1)))::real
        from pg_class where oid = 'search_entries'::regclass)) repeatable (7), q where ${inScope}`,
  );
  if (!sample || sample.seen < MIN_SAMPLE || sample.hits < sample.seen * BROAD_SHARE) return null;
  // the inner order survives the outer filter and limit, which stops the walk early
  const rows = await uncheckedRows<{ kind: SearchKind; object_id: number }>(
    db,
    sql`with q as (select ${query} as query)
      select search_entries.kind, search_entries.object_id
      from (select * from search_entries where ${inScope} order by search_entries.date desc nulls last limit ${WALK_LIMIT}) search_entries, q
      where ${matching} limit ${wanted}`,
  );
  return rows.length === wanted ? rows : null;
}

/** Years from the oldest to the newest entry the viewer may see (two index probes). */
async function visibleYears(db: Db, request: SearchRequest): Promise<number[]> {
  const where = sql`search_entries.body_id = ${request.bodyId} and search_entries.date is not null and ${searchEntryVisibleTo(request.viewer)}`;
  const [range] = await uncheckedRows<{ first: number | null; last: number | null }>(
    db,
    sql`select (select extract(year from date)::int from search_entries where ${where} order by date desc nulls last limit 1) as last,
      (select extract(year from date)::int from search_entries where ${where} order by date asc nulls first limit 1) as first`,
  );
  const first = range?.first;
  const last = range?.last;
  if (!first || !last) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

async function paperByReference(db: Db, request: SearchRequest): Promise<string | null> {
  const reference = request.q.trim().replace(/-/g, '/').toUpperCase();
  const rows = await uncheckedRows<{ slug: string }>(
    db,
    sql`select papers.slug from papers where papers.body_id = ${request.bodyId} and upper(papers.reference) = ${reference}
      and ${paperVisibleTo(request.viewer)} limit 1`,
  );
  return rows[0] ? `/vorlagen/${rows[0].slug}` : null;
}

type DetailRow = {
  kind: SearchKind;
  object_id: number;
  headline: string | null;
  page: number | null;
  slug: string | null;
  file_name: string | null;
  paper: { reference: string; name: string; slug: string } | null;
  meeting: { id: number; name: string; date: string | null } | null;
  page_headline: string | null;
};

/** Addresses, context and snippets of the hits on the page (at most one page: cheap). */
async function describeHits(db: Db, viewer: Viewer, rows: NonNullable<MatchRow['hits']>, query: SQL | null): Promise<SearchHit[]> {
  if (rows.length === 0) return [];
  const q = query ?? sql`''::tsquery`;
  const kinds = sql.param(rows.map((r) => r.kind));
  const ids = intArray(rows.map((r) => r.object_id));
  const details = await uncheckedRows<DetailRow>(
    db,
    sql`with q as (select ${q} as query)
      select e.kind, e.object_id,
        case when e.kind in ('paper', 'agendaItem') and e.content is not null and q.query <> ''::tsquery
          then ts_headline('german', e.content, q.query, ${headlineOptions}) end as headline,
        best_page.page,
        case e.kind when 'paper' then (select slug from papers p where p.id = e.object_id) end as slug,
        case e.kind when 'file' then (select file_name from files f where f.id = e.object_id) end as file_name,
        case e.kind when 'file' then (select json_build_object('reference', papers.reference, 'name', papers.name, 'slug', papers.slug)
          from paper_files pf join papers on papers.id = pf.paper_id
          where pf.file_id = e.object_id and pf.deleted_at is null and ${paperVisibleTo(viewer)}
          order by pf.role = 'main' desc, papers.id limit 1) end as paper,
        case e.kind when 'agendaItem' then (select json_build_object('id', m.id, 'name', m.name, 'date', (m.start at time zone 'Europe/Berlin')::date)
          from agenda_items ai join meetings m on m.id = ai.meeting_id where ai.id = e.object_id) end as meeting,
        best_page.headline as page_headline
      from search_entries e cross join q
      left join lateral (
        select p.page::int, ts_headline('german', p.text, q.query, ${headlineOptions}) as headline
        from files f, unnest(string_to_array(f.text, E'\\f')) with ordinality as p(text, page)
        where e.kind = 'file' and f.id = e.object_id and q.query <> ''::tsquery and to_tsvector('german', p.text) @@ q.query
        order by ts_rank(to_tsvector('german', p.text), q.query) desc, p.page limit 1) best_page on true
      where (e.kind, e.object_id) in (select * from unnest(${kinds}::text[], ${ids}))`,
  );
  const byKey = new Map(details.map((d) => [`${d.kind}:${d.object_id}`, d]));
  return rows.map((r) => {
    const d = byKey.get(`${r.kind}:${r.object_id}`);
    const headline = d?.headline ?? d?.page_headline ?? null;
    return {
      kind: r.kind,
      id: r.object_id,
      title: r.title,
      reference: r.reference,
      date: r.date,
      url: hitUrl(r.kind, r.object_id, d),
      paperType: r.paper_type,
      decisionState: r.decision_state,
      snippet: headline ? snippetParts(headline) : null,
      page: d?.page ?? null,
      paper: d?.paper ? { reference: d.paper.reference, name: d.paper.name, url: `/vorlagen/${d.paper.slug}` } : null,
      meeting: d?.meeting ? { ...d.meeting, url: `/sitzungen/${d.meeting.id}` } : null,
    };
  });
}

function hitUrl(kind: SearchKind, id: number, detail: DetailRow | undefined): string {
  switch (kind) {
    case 'paper':
      return `/vorlagen/${detail?.slug ?? id}`;
    case 'agendaItem':
      return `/tagesordnungspunkte/${id}`;
    case 'meeting':
      return `/sitzungen/${id}`;
    case 'file':
      return `/dateien/${id}/${encodeURIComponent(detail?.file_name ?? 'datei')}`;
    case 'person':
      return `/personen/${id}`;
    case 'organization':
      return `/gremien/${id}`;
  }
}

/** ts_headline output split at its markers; whitespace collapsed, at most 320 characters. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const flat = headline.replace(/\s+/g, ' ').trim();
  let rest = flat;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start < 0) {
      parts.push({ text: rest, mark: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), mark: false });
    const end = rest.indexOf(MARK_END, start);
    const stop = end < 0 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), mark: true });
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}

/**
 * „Meinten Sie …?“: each word of four letters or more that hardly occurs is replaced by the most
 * similar word of a visible title or name (trigram similarity), if one is close enough.
 */
async function suggest(db: Db, request: SearchRequest, parsed: ParsedQuery): Promise<string | null> {
  let changed = false;
  const words: string[] = [];
  for (const word of parsed.words) {
    const lower = word.toLowerCase();
    if (lower.length < 4 || /\d/.test(lower)) {
      words.push(word);
      continue;
    }
    const rows = await uncheckedRows<{ word: string }>(
      db,
      sql`select w as word from (
          select distinct lower(w) as w from (
            select search_entries.title from search_entries
            where search_entries.body_id = ${request.bodyId} and ${lower} <% lower(search_entries.title)
              and ${searchEntryVisibleTo(request.viewer)} limit 200) t,
          regexp_split_to_table(t.title, '[^[:alpha:][:digit:]äöüÄÖÜß]+') w) words
        where length(w) >= 3 and similarity(w, ${lower}) >= 0.35
        order by similarity(w, ${lower}) desc, w limit 1`,
    );
    const best = rows[0]?.word;
    if (best && best !== lower) {
      changed = true;
      words.push(word[0] === word[0]?.toUpperCase() ? best.charAt(0).toUpperCase() + best.slice(1) : best);
    } else words.push(word);
  }
  return changed ? words.join(' ') : null;
}
