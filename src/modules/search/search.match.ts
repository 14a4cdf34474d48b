/**
 * @module search/match
 * What an entry must be to match a request, in SQL: the parsed query (search.query) as a
 * PostgreSQL tsquery, a reference typed in part, and the request's filters. Which entries the
 * viewer may see is the access policy's `searchEntryVisibleTo`, part of every scope.
 */
import { sql, type SQL } from 'drizzle-orm';
import { intArray } from '../../db/sql-arrays.ts';
import { searchEntryVisibleTo } from '../../access/index.ts';
import type { ParsedQuery, Term } from './search.query.ts';
import type { SearchRequest } from './search.request.ts';

function termQuery(term: Term, prefix: boolean): SQL {
  if (term.kind === 'phrase' || /[/.\-_]/.test(term.text)) return sql`phraseto_tsquery('german', ${term.text})`;
  // prefix matching finds compounds that start with the word: Integration → Integrationsbeirat
  if (prefix && term.text.length >= 3) return sql`(to_tsquery('german', ${term.text}) || to_tsquery('german', ${`${term.text}:*`}))`;
  return sql`to_tsquery('german', ${term.text})`;
}

/** The tsquery of the parsed query, or undefined when it has no positive term. */
export function tsQuery(parsed: ParsedQuery): SQL | undefined {
  if (parsed.groups.length === 0) return undefined;
  const groups = parsed.groups.map(
    (alternatives) =>
      sql`(${sql.join(
        alternatives.map((t) => termQuery(t, true)),
        sql` || `,
      )})`,
  );
  const positive = sql.join(groups, sql` && `);
  if (parsed.excluded.length === 0) return positive;
  const excluded = sql.join(
    parsed.excluded.map((t) => termQuery(t, false)),
    sql` || `,
  );
  return sql`((${positive}) && !!(${excluded}))`;
}

/** Entries whose reference starts with `prefix` (a reference typed in part), case-insensitive. */
export function referenceMatch(prefix: string): SQL {
  return sql`lower(search_entries.reference) like ${`${prefix.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`}`;
}

/** Rank added for a reference typed in full (10) or in part (5). */
export function referenceBoost(prefix: string | null): SQL {
  return prefix
    ? sql`case when lower(search_entries.reference) = ${prefix.toLowerCase()} then 10 when lower(search_entries.reference) like ${`${prefix.toLowerCase()}%`} then 5 else 0 end`
    : sql`0`;
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
