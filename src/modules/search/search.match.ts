/**
 * @module search/match
 * What an entry must be to match a request, in SQL: the parsed query (search.query) as a
 * PostgreSQL tsquery, a reference typed in part, and the request's filters. Which entries the
 * viewer may see is the access policy's `searchEntryVisibleTo`, part of every scope.
 */
import { sql, type SQL } from 'drizzle-orm';
import { intArray } from '../../db/sql-arrays.ts';
import { searchEntryVisibleTo } from '../../access/index.ts';
import type { ReferenceQuery } from '../papers/index.ts';
import type { ParsedQuery, Term } from './search.query.ts';
import type { SearchRequest } from './search.request.ts';

function termQuery(term: Term, prefix: boolean, expansion: string | undefined): SQL {
  const own =
    term.kind === 'phrase' || /[/.\-_]/.test(term.text)
      ? sql`phraseto_tsquery('german', ${term.text})`
      : // prefix matching finds compounds that start with the word: Integration → Integrationsbeirat
        prefix && term.text.length >= 3
        ? sql`(to_tsquery('german', ${term.text}) || to_tsquery('german', ${`${term.text}:*`}))`
        : sql`to_tsquery('german', ${term.text})`;
  // synonyms and compound parts (search.expand), already stemmed: a cast, not to_tsquery
  return expansion ? sql`(${own} || ${expansion}::tsquery)` : own;
}

/**
 * The tsquery of the parsed query, or undefined when it has no positive term. `expansions`: per
 * word, its synonyms and compound parts; without them (`strict`) the query matches only the words
 * as typed (and compounds they begin), which ranks the thing named above what merely mentions it.
 */
export function tsQuery(parsed: ParsedQuery, expansions: Map<string, string> = new Map(), strict = false): SQL | undefined {
  if (parsed.groups.length === 0) return undefined;
  const groups = parsed.groups.map(
    (alternatives) =>
      sql`(${sql.join(
        alternatives.map((t) => termQuery(t, true, strict || t.kind === 'phrase' ? undefined : expansions.get(t.text))),
        sql` || `,
      )})`,
  );
  const positive = sql.join(groups, sql` && `);
  if (parsed.excluded.length === 0) return positive;
  const excluded = sql.join(
    parsed.excluded.map((t) => termQuery(t, false, undefined)),
    sql` || `,
  );
  return sql`((${positive}) && !!(${excluded}))`;
}

/** `like` patterns of a reference as typed, in the stored spellings „VO/2026/25“ and „VO-2026-25“ (lower case). */
function referencePatterns(ref: ReferenceQuery): { exact: string[]; prefix: string[] } {
  const escaped = (t: string) => t.toLowerCase().replace(/[\\%_]/g, '\\$&');
  const spell = (sep: string) => {
    const head = ref.type ? escaped(`${ref.type}${sep}${ref.year}${sep}`) : `%${sep}${ref.year}${sep}`;
    // without a type only the whole number is safe to match („2026/2“ would be every 2026/2x)
    if (ref.number === null) return { exact: [], prefix: ref.type ? [`${head}%`] : [] };
    return { exact: [`${head}${ref.number}`], prefix: ref.type ? [`${head}${ref.number}%`] : [] };
  };
  const spellings = ['/', '-'].map(spell);
  return { exact: spellings.flatMap((s) => s.exact), prefix: spellings.flatMap((s) => s.prefix) };
}

/** Entries whose reference is the typed one or starts with it, in any spelling, case-insensitive. */
export function referenceMatch(ref: ReferenceQuery): SQL {
  const { exact, prefix } = referencePatterns(ref);
  const patterns = [...exact, ...prefix];
  if (patterns.length === 0) return sql`false`;
  return sql`lower(search_entries.reference) like any(${sql.param(patterns)}::text[])`;
}

/** Rank added for a reference typed in full (10) or in part (5). */
export function referenceBoost(ref: ReferenceQuery | null): SQL {
  if (!ref) return sql`0`;
  const { exact, prefix } = referencePatterns(ref);
  const anyOf = (patterns: string[]) => (patterns.length ? sql`lower(search_entries.reference) like any(${sql.param(patterns)}::text[])` : sql`false`);
  return sql`case when ${anyOf(exact)} then 10 when ${anyOf(prefix)} then 5 else 0 end`;
}

/** The body, what the viewer may see, and the request's filters: conditions on `search_entries`. */
export function requestScope(request: SearchRequest): SQL[] {
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

/** 1 when every word of the query stands in the title as a whole word, else 0: the thing named („Peters“ is Tobias Peters, not Peter Heitmann). */
export function titleNamesQuery(parsed: ParsedQuery): SQL {
  const words = [...new Set(parsed.words.filter((w) => /^[\p{L}\p{N}]{2,}$/u.test(w)).map((w) => w.toLowerCase()))];
  if (words.length === 0) return sql`0`;
  const matched = words.map((w) => sql`(lower(search_entries.title) ~ ${`(^|[^[:alnum:]])${w}($|[^[:alnum:]])`})::int`);
  return sql`((${sql.join(matched, sql` + `)}) = ${words.length})::int`;
}
