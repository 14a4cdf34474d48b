/**
 * @module search/walk
 * The newest matches of a broad query, found by walking the index newest first instead of
 * listing every match through the GIN index.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow, queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import type { SearchRequest } from './search.request.ts';
import { searchKinds, type SearchKind } from './search.tables.ts';

/** Share of the entries a query must match to be walked instead of listed by the GIN index. */
const BROAD_SHARE = 0.05;
/** Entries sampled (by pages, so about) to estimate that share: all of a small index. */
const SAMPLE_ENTRIES = 800;
const MIN_SAMPLE = 20;
/** Entries a walk reads at most before it gives up and the GIN index lists the matches. */
const WALK_LIMIT = 25_000;

const sampleRow = z.object({ hits: z.number(), seen: z.number() });
const entryKeyRow = z.object({ kind: z.enum(searchKinds), object_id: z.number() });

export type EntryKey = { kind: SearchKind; object_id: number };

/**
 * The newest `wanted` matches of a broad query, found by reading the entries newest first and
 * testing each (a few µs per entry), or undefined when the query is not broad or the newest
 * WALK_LIMIT entries hold too few matches. The GIN index would list every match first: for
 * "Haushalt" in 100,000 papers that is 400,000 heap rows. Whether a query is broad is measured
 * on a fixed sample of the index's pages, because the planner's estimate for prefix queries
 * (`haushalt:*`) is off by a factor of 100. Year filters are no index range: GIN then.
 *
 * `scope`: the request's conditions (search.match requestScope); `matching`: scope and match,
 * tested row by row.
 */
export async function newestByWalking(
  db: Db,
  request: SearchRequest,
  scope: SQL[],
  query: SQL,
  matching: SQL,
  wanted: number,
): Promise<EntryKey[] | undefined> {
  if (request.years?.length) return undefined;
  const inScope = sql.join(scope, sql` and `);
  const sample = await queryRow(
    db,
    sampleRow,
    sql`with q as (select ${query} as query)
      select count(*) filter (where ts_match_vq(search_entries.document, q.query))::int as hits, count(*)::int as seen
      from search_entries tablesample system ((select least(100, greatest(0.01, ${sql.raw(`${SAMPLE_ENTRIES * 100}.0`)} / greatest(reltuples, 1)))::real
        from pg_class where oid = 'search_entries'::regclass)) repeatable (7), q where ${inScope}`,
  );
  if (!sample || sample.seen < MIN_SAMPLE || sample.hits < sample.seen * BROAD_SHARE) return undefined;
  // the inner order survives the outer filter and limit, which stops the walk early
  const rows = await queryRows(
    db,
    entryKeyRow,
    sql`with q as (select ${query} as query)
      select search_entries.kind, search_entries.object_id
      from (select * from search_entries where ${inScope} order by search_entries.date desc nulls last limit ${WALK_LIMIT}) search_entries, q
      where ${matching} limit ${wanted}`,
  );
  return rows.length === wanted ? rows : undefined;
}
