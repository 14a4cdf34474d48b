/**
 * @module search/queries
 * One search over the index: matches, ranks, facet counts and the page of hits in one
 * statement, then snippets for the hits shown. Every statement filters with the access
 * policy's `searchEntryVisibleTo`, so counts, facets, snippets and suggestions only ever see
 * what the viewer may see.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { paperVisibleTo, searchEntryVisibleTo, type Viewer } from '../access/visibility.ts';
import { refreshSearchIndex, searchIndexStale } from './search.index.ts';
import { parseQuery, referencePattern, referencePrefix, type ParsedQuery, type Term } from './search.query.ts';
import { searchKinds, type SearchKind } from './search.tables.ts';

export const PAGE_SIZE = 20;
export const MAX_PAGE = 50;

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
  count: number;
}

export interface SearchFacets {
  kind: FacetValue<SearchKind>[];
  paperType: FacetValue[];
  organization: FacetValue<number>[];
  year: FacetValue<number>[];
  decisionState: FacetValue[];
}

export interface SearchResult {
  total: number;
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
  const parsed = parseQuery(request.q);
  const query = tsQuery(parsed);
  const prefix = referencePrefix(request.q);
  const jump = referencePattern.test(request.q.trim()) ? await paperByReference(db, request) : null;
  const empty: SearchResult = {
    total: 0, hits: [], facets: { kind: [], paperType: [], organization: [], year: [], decisionState: [] },
    suggestion: null, jump, page, pageSize,
  };
  if (!query && !prefix) return empty;

  const matchers: SQL[] = [];
  if (query) matchers.push(sql`search_entries.document @@ q.query`);
  if (prefix) matchers.push(sql`lower(search_entries.reference) like ${`${prefix.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`}`);
  const referenceBoost = prefix
    ? sql`case when lower(search_entries.reference) = ${prefix.toLowerCase()} then 10 when lower(search_entries.reference) like ${`${prefix.toLowerCase()}%`} then 5 else 0 end`
    : sql`0`;
  const rank = query ? sql`ts_rank('{0.1, 0.2, 0.4, 1.0}', search_entries.document, q.query, ${sql.raw(String(RANK_NORMALIZATION))}) * ${kindWeight} + ${referenceBoost}` : referenceBoost;
  const order = request.sort === 'date' ? sql`date desc nulls last, rank desc, kind, object_id` : sql`rank desc, date desc nulls last, kind, object_id`;
  const where = sql.join([...filters(request), sql`(${sql.join(matchers, sql` or `)})`], sql` and `);

  const [row] = await queryRows<MatchRow>(
    db,
    sql`with q as (select ${query ?? sql`''::tsquery`} as query),
      matches as materialized (
        select search_entries.kind, search_entries.object_id, search_entries.title, search_entries.reference, search_entries.date,
          search_entries.paper_type, search_entries.organization_ids, search_entries.decision_state, ${rank} as rank
        from search_entries, q where ${where})
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
  return {
    total: row.total,
    hits,
    facets: {
      kind: searchKinds
        .map((kind) => ({ value: kind, label: kindLabels[kind], count: row.kinds?.find((k) => k.value === kind)?.count ?? 0 }))
        .filter((f) => f.count > 0),
      paperType: (row.paper_types ?? []).map((f) => ({ ...f, label: f.value })),
      organization: row.organizations ?? [],
      year: (row.years ?? []).map((f) => ({ ...f, label: String(f.value) })),
      decisionState: (row.decisions ?? []).map((f) => ({ ...f, label: f.value })),
    },
    suggestion,
    jump,
    page,
    pageSize,
  };
}

async function paperByReference(db: Db, request: SearchRequest): Promise<string | null> {
  const reference = request.q.trim().replace(/-/g, '/').toUpperCase();
  const rows = await queryRows<{ slug: string }>(
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
  const details = await queryRows<DetailRow>(
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
    const rows = await queryRows<{ word: string }>(
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
