/**
 * @module meetings/gaps
 * What is still missing in the sessions to come, for „Meine Aufgaben“: sessions without a
 * Sitzungsort (an invitation cannot go out without one). Limited to given Gremien when the
 * asker runs only some (Sitzungsdienst).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';

export interface MeetingGap {
  id: number;
  name: string;
  start: Date | null;
}

const gapRow = z.object({ id: z.number().int(), name: z.string(), start: z.coerce.date().nullable(), total: z.number().int() });

/** Sessions from `now` on, not cancelled, without a place: the first `limit` and how many in all. */
export async function meetingsWithoutPlace(
  db: Db,
  bodyId: number,
  now: Date,
  options: { organizationIds?: readonly number[]; limit?: number } = {},
): Promise<{ items: MeetingGap[]; total: number }> {
  const only = options.organizationIds
    ? sql`and exists (select 1 from meeting_organizations mo where mo.meeting_id = m.id and mo.deleted_at is null
        and mo.organization_id = any(${intArray([...options.organizationIds])}))`
    : sql``;
  const rows = await queryRows(
    db,
    gapRow,
    sql`select m.id, m.name, m.start, count(*) over ()::int as total from meetings m
      where m.body_id = ${bodyId} and m.deleted_at is null and not m.cancelled and m.location_id is null
        and (m.start is null or m.start >= ${now}) ${only}
      order by m.start nulls last, m.id limit ${options.limit ?? 20}`,
  );
  return { items: rows.map(({ total: _, ...r }) => r), total: rows[0]?.total ?? 0 };
}
