/**
 * @module people/gaps
 * Gaps in the master data for „Meine Aufgaben“: Gremien that nobody sits in today, and persons
 * who hold no membership today. Each gives at most 50 names and the full count.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { bigintColumn } from '../../db/row-columns.ts';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { nameSortKey } from '../bodies/index.ts';
import { listMembershipTargets } from './organization-facts.ts';
import { formatPersonName, personNameFields } from './people.names.ts';

export const GAPS_SHOWN = 50;

export interface Gaps {
  items: { id: number; name: string }[];
  count: number;
}

const heldToday = (today: string) =>
  sql`m.deleted_at is null and (m.start_date is null or m.start_date <= ${today}::date) and (m.end_date is null or m.end_date >= ${today}::date)`;

/** Gremien (organizationType „Gremium“, not dissolved by today) without a current membership. */
export async function organizationsWithoutMembers(db: Db, bodyId: number, today: string): Promise<Gaps> {
  const gremien = (await listMembershipTargets(db, bodyId)).filter((o) => o.organizationType === 'Gremium' && (o.endDate === null || o.endDate >= today));
  if (gremien.length === 0) return { items: [], count: 0 };
  const filled = await queryRows(
    db,
    z.object({ id: z.number() }),
    sql`select distinct m.organization_id as id from memberships m
      where m.body_id = ${bodyId} and m.organization_id = any(${intArray(gremien.map((g) => g.id))}) and ${heldToday(today)}
        and exists (select 1 from persons p where p.id = m.person_id and p.deleted_at is null)`,
  );
  const withMembers = new Set(filled.map((f) => f.id));
  const empty = gremien.filter((g) => !withMembers.has(g.id));
  return { items: empty.slice(0, GAPS_SHOWN).map((g) => ({ id: g.id, name: g.name })), count: empty.length };
}

/** Live persons holding no membership today (Fraktionen count), by family name. */
export async function personsWithoutCurrentMembership(db: Db, bodyId: number, today: string): Promise<Gaps> {
  const rows = await queryRows(
    db,
    z.object({ id: z.number(), ...personNameFields, total: bigintColumn }),
    sql`select p.id, p.title, p.given_name as "givenName", p.family_name as "familyName", p.affix, count(*) over () as total
      from persons p
      where p.body_id = ${bodyId} and p.deleted_at is null
        and not exists (select 1 from memberships m where m.person_id = p.id and ${heldToday(today)})
      order by ${nameSortKey(sql`p.family_name`)}, ${nameSortKey(sql`coalesce(p.given_name, '')`)}, p.id
      limit ${GAPS_SHOWN}`,
  );
  return { items: rows.map((r) => ({ id: r.id, name: formatPersonName(r) })), count: rows[0]?.total ?? 0 };
}
