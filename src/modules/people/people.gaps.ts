/**
 * @module people/gaps
 * Holes in the master data for „Meine Aufgaben“: Gremien (not ended) without any current
 * membership, and persons who sit nowhere today. Each answer: the first rows and how many in all.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { z } from '../../lib/validation.ts';

export interface GapList {
  items: { id: number; name: string }[];
  total: number;
}

const gapRow = z.object({ id: z.number().int(), name: z.string(), total: z.number().int() });
const current = (alias: string, today: string) =>
  sql
    .raw(`${alias}.deleted_at is null`)
    .append(
      sql` and (${sql.raw(alias)}.start_date is null or ${sql.raw(alias)}.start_date <= ${today}::date) and (${sql.raw(alias)}.end_date is null or ${sql.raw(alias)}.end_date >= ${today}::date)`,
    );

const toList = (rows: z.infer<typeof gapRow>[]): GapList => ({ items: rows.map(({ total: _, ...r }) => r), total: rows[0]?.total ?? 0 });

/** Gremien (OParl type 'Gremium') running today without one current membership; `organizationIds` narrows to those. */
export async function organizationsWithoutMembers(
  db: Db,
  bodyId: number,
  today: string,
  options: { organizationIds?: readonly number[] | undefined; limit?: number } = {},
): Promise<GapList> {
  const only = options.organizationIds ? sql`and o.id = any(${intArray([...options.organizationIds])})` : sql``;
  const rows = await queryRows(
    db,
    gapRow,
    sql`select o.id, o.name, count(*) over ()::int as total from organizations o
      where o.body_id = ${bodyId} and o.deleted_at is null and o.organization_type = 'Gremium'
        and (o.end_date is null or o.end_date >= ${today}::date) ${only}
        and not exists (select 1 from memberships m where m.organization_id = o.id and ${current('m', today)})
      order by o.position, o.name limit ${options.limit ?? 50}`,
  );
  return toList(rows);
}

/** Persons with no membership running today (Fraktion memberships count: they still belong somewhere). */
export async function personsWithoutCurrentMembership(db: Db, bodyId: number, today: string, options: { limit?: number } = {}): Promise<GapList> {
  const rows = await queryRows(
    db,
    gapRow,
    sql`select p.id, concat_ws(' ', p.given_name, p.family_name) as name, count(*) over ()::int as total from persons p
      where p.body_id = ${bodyId} and p.deleted_at is null
        and not exists (select 1 from memberships m where m.person_id = p.id and ${current('m', today)})
      order by p.family_name, p.given_name, p.id limit ${options.limit ?? 50}`,
  );
  return toList(rows);
}
