/**
 * @module people/person-directory
 * The back office's reading of persons: the searchable, filterable list (with e-mail and phone,
 * which only staff see) and one person's memberships of every time. The Fraktionen come from the
 * organizations module by id; everything else is the people module's own tables.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { bigintColumn } from '../../db/row-columns.ts';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { listMembershipTargets } from './organization-facts.ts';
import { nameSortKey } from '../bodies/index.ts';
import { normalizeSearch } from './people.queries.ts';
import { formatPersonName, personNameFields, type PersonNameParts } from './people.names.ts';

export const personKinds = ['sachkundig', 'ohne-mitgliedschaft'] as const;
export type PersonKind = (typeof personKinds)[number];

export interface StaffPersonFilter {
  q?: string | undefined;
  fraktionId?: number | undefined;
  /** Only sachkundige Bürgerinnen und Bürger, or only those without a current membership. */
  kind?: PersonKind | undefined;
  page: number;
  pageSize: number;
}

export interface StaffPersonItem extends PersonNameParts {
  id: number;
  email: string[];
  phone: string[];
  citizenMember: boolean;
  /** Names of the Fraktionen held today. */
  fraktionen: string[];
  /** Memberships held today, Fraktionen included. */
  currentCount: number;
}

const itemSchema = z.object({
  id: z.number(),
  ...personNameFields,
  email: z.array(z.string()),
  phone: z.array(z.string()),
  citizenMember: z.boolean(),
  fraktionIds: z.array(z.number()),
  currentCount: z.number(),
  total: bigintColumn,
});

/** The membership (alias) is held on `today` and not deleted. */
function current(alias: string, today: string): SQL {
  const a = sql.raw(alias);
  return sql`${a}.deleted_at is null and (${a}.start_date is null or ${a}.start_date <= ${today}::date) and (${a}.end_date is null or ${a}.end_date >= ${today}::date)`;
}

export async function listStaffPersons(db: Db, bodyId: number, today: string, filter: StaffPersonFilter): Promise<{ total: number; items: StaffPersonItem[] }> {
  const targets = await listMembershipTargets(db, bodyId);
  const fraktionen = new Map(targets.filter((o) => o.organizationType === 'Fraktion').map((o) => [o.id, o.name]));
  const fraktionIds = intArray([...fraktionen.keys()]);
  const conditions: SQL[] = [sql`p.body_id = ${bodyId}`, sql`p.deleted_at is null`];
  const needle = filter.q ? normalizeSearch(filter.q) : '';
  if (needle) conditions.push(sql`strpos(lower(concat_ws(' ', p.given_name, p.family_name)), ${needle}) > 0`);
  if (filter.fraktionId !== undefined)
    conditions.push(sql`exists (select 1 from memberships f where f.person_id = p.id and f.organization_id = ${filter.fraktionId} and ${current('f', today)})`);
  if (filter.kind === 'sachkundig') conditions.push(sql`p.citizen_member`);
  if (filter.kind === 'ohne-mitgliedschaft') conditions.push(sql`not exists (select 1 from memberships o where o.person_id = p.id and ${current('o', today)})`);
  const rows = await queryRows(
    db,
    itemSchema,
    sql`select p.id, p.title, p.given_name as "givenName", p.family_name as "familyName", p.affix, p.email, p.phone,
        p.citizen_member as "citizenMember",
        array(select distinct m.organization_id from memberships m
          where m.person_id = p.id and m.organization_id = any(${fraktionIds}) and ${current('m', today)}) as "fraktionIds",
        (select count(*)::int from memberships c where c.person_id = p.id and ${current('c', today)}) as "currentCount",
        count(*) over () as total
      from persons p
      where ${sql.join(conditions, sql` and `)}
      order by ${nameSortKey(sql`p.family_name`)}, ${nameSortKey(sql`coalesce(p.given_name, '')`)}, p.id
      limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
  );
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map(({ total: _t, fraktionIds: ids, ...r }) => ({ ...r, fraktionen: ids.map((id) => fraktionen.get(id) ?? '').sort() })),
  };
}

export interface PersonMembershipRow {
  id: number;
  organization: { id: number; name: string; organizationType: string };
  role: string;
  votingRight: boolean;
  startDate: string | null;
  endDate: string | null;
  onBehalfOf: string | null;
  represents: string | null;
}

const membershipSchema = z.object({
  id: z.number(),
  organizationId: z.number(),
  role: z.string(),
  votingRight: z.boolean(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  onBehalfOfId: z.number().nullable(),
  represents: z.object(personNameFields).nullable(),
});

/** The person's live memberships of every time, the latest begun first. */
export async function listPersonMemberships(db: Db, bodyId: number, personId: number): Promise<PersonMembershipRow[]> {
  const [rows, targets] = await Promise.all([
    queryRows(
      db,
      membershipSchema,
      sql`select m.id, m.organization_id as "organizationId", m.role, m.voting_right as "votingRight",
          to_char(m.start_date, 'YYYY-MM-DD') as "startDate", to_char(m.end_date, 'YYYY-MM-DD') as "endDate", m.on_behalf_of_id as "onBehalfOfId",
          (select json_build_object('title', r.title, 'givenName', r.given_name, 'familyName', r.family_name, 'affix', r.affix)
            from persons r where r.id = m.represents_person_id) as represents
        from memberships m
        where m.body_id = ${bodyId} and m.person_id = ${personId} and m.deleted_at is null
        order by m.start_date desc nulls last, m.id desc`,
    ),
    listMembershipTargets(db, bodyId),
  ]);
  const orgs = new Map(targets.map((o) => [o.id, o]));
  return rows.flatMap((r) => {
    const o = orgs.get(r.organizationId);
    if (!o) return [];
    return [
      {
        id: r.id,
        organization: { id: o.id, name: o.name, organizationType: o.organizationType },
        role: r.role,
        votingRight: r.votingRight,
        startDate: r.startDate,
        endDate: r.endDate,
        onBehalfOf: r.onBehalfOfId === null ? null : (orgs.get(r.onBehalfOfId)?.name ?? null),
        represents: r.represents ? formatPersonName(r.represents) : null,
      },
    ];
  });
}
