/**
 * @module people/queries
 * Read side of `/personen`: the filtered, paged list of persons and one person's page. Only
 * names, titles, status, memberships and Fraktion are read – never e-mail, phone or address.
 * A person's Fraktion in the current Wahlperiode is a Fraktion they belong to, or one they sit
 * for in another Gremium (sachkundige Bürgerinnen and Bürger).
 */
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { bigintColumn } from '../../db/row-columns.ts';
import { queryRow, queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { paperVisibleTo, type Viewer } from '../../access/index.ts';
import type { PaperRef } from '../papers/index.ts';
import { nameSortKey, overlapsWindow, type MembershipWindow } from '../bodies/index.ts';
import { personNameFields, type PersonNameParts } from './people.names.ts';
import { persons } from './people.tables.ts';

const PAPERS_SHOWN = 100;

export interface PersonListFilter {
  /** Case-insensitive part of „given family“ name. */
  name?: string | undefined;
  fraktionId?: number | undefined;
  gremiumId?: number | undefined;
  page: number;
  pageSize: number;
}

export interface FraktionLink {
  id: number;
  name: string;
  /** Held today, not only earlier in the Wahlperiode. */
  active: boolean;
}

export interface PersonListItem extends PersonNameParts {
  id: number;
  status: string[];
  fraktionen: FraktionLink[];
}

export interface PersonListResult {
  total: number;
  items: PersonListItem[];
}

const fraktionLink = z.object({ id: z.number(), name: z.string(), active: z.boolean() });
const listRowSchema = z.object({
  id: z.number(),
  ...personNameFields,
  status: z.array(z.string()),
  fraktionen: z.array(fraktionLink),
  total: bigintColumn,
});

/** Lower case with collapsed spaces, as the search compares names. */
export function normalizeSearch(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The Fraktion links of every person of the body within the window (CTE `links`). */
function fraktionLinks(bodyId: number, window: MembershipWindow, today: string): SQL {
  return sql`links as (
    select m.person_id, f.id, f.name, (m.end_date is null or m.end_date >= ${today}::date) as active
    from memberships m join organizations f on (f.id = m.organization_id or f.id = m.on_behalf_of_id)
      and f.organization_type = 'Fraktion' and f.deleted_at is null
    where m.body_id = ${bodyId} and m.deleted_at is null and ${overlapsWindow('m', window)}
  )`;
}

/** One statement: the page of persons sorted by family name, each with their Fraktion, and the total. */
export async function listPersons(db: Db, bodyId: number, window: MembershipWindow, today: string, filter: PersonListFilter): Promise<PersonListResult> {
  const conditions: SQL[] = [sql`p.body_id = ${bodyId}`, sql`p.deleted_at is null`];
  const needle = filter.name ? normalizeSearch(filter.name) : '';
  if (needle) conditions.push(sql`strpos(lower(concat_ws(' ', p.given_name, p.family_name)), ${needle}) > 0`);
  if (filter.fraktionId !== undefined) conditions.push(sql`exists (select 1 from links l where l.person_id = p.id and l.id = ${filter.fraktionId})`);
  if (filter.gremiumId !== undefined)
    conditions.push(sql`exists (select 1 from memberships mm where mm.person_id = p.id and mm.organization_id = ${filter.gremiumId}
      and mm.deleted_at is null and ${overlapsWindow('mm', window)})`);
  const items = await queryRows(
    db,
    listRowSchema,
    sql`with ${fraktionLinks(bodyId, window, today)}
      select p.id, p.title, p.given_name as "givenName", p.family_name as "familyName", p.affix, p.status,
        coalesce((select json_agg(json_build_object('id', g.id, 'name', g.name, 'active', g.active) order by g.name)
          from (select l.id, l.name, bool_or(l.active) as active from links l where l.person_id = p.id group by l.id, l.name) g), '[]')
          as fraktionen,
        count(*) over () as total
      from persons p
      where ${sql.join(conditions, sql` and `)}
      order by ${nameSortKey(sql`p.family_name`)}, ${nameSortKey(sql`coalesce(p.given_name, '')`)}, p.id
      limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
    { prepared: true },
  );
  const total = items[0]?.total ?? (filter.page > 1 ? await countPersons(db, bodyId, filter, window, today) : 0);
  return { total, items: items.map(({ total: _total, ...item }) => item) };
}

/** Only needed for a page beyond the last, where no row carries the total. */
async function countPersons(db: Db, bodyId: number, filter: PersonListFilter, window: MembershipWindow, today: string): Promise<number> {
  if (!filter.name && filter.fraktionId === undefined && filter.gremiumId === undefined) {
    const [row] = await db
      .select({ total: sql<number>`count(*)::int` })
      .from(persons)
      .where(and(eq(persons.bodyId, bodyId), isNull(persons.deletedAt)));
    return row?.total ?? 0;
  }
  const first = await listPersons(db, bodyId, window, today, { ...filter, page: 1, pageSize: 1 });
  return first.total;
}

export interface PersonFilterOptions {
  fraktionen: { id: number; name: string }[];
  gremien: { id: number; name: string }[];
}

const named = z.array(z.object({ id: z.number(), name: z.string() }));
const optionsSchema = z.object({ fraktionen: named, gremien: named });

/** The Fraktionen and Gremien the filter form offers: those not dissolved before the window. */
export async function listPersonFilterOptions(db: Db, bodyId: number, window: MembershipWindow): Promise<PersonFilterOptions> {
  const of = (type: 'Fraktion' | 'Gremium') => sql`coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name)
      order by o.position, ${nameSortKey(sql`o.name`)}, o.id)
    from organizations o where o.body_id = ${bodyId} and o.deleted_at is null and o.organization_type = ${type}
      and (o.end_date is null or o.end_date >= ${window.startDate}::date)), '[]')`;
  const row = await queryRow(
    db,
    z.object({ options: optionsSchema }),
    sql`select json_build_object('fraktionen', ${of('Fraktion')}, 'gremien', ${of('Gremium')}) as options`,
    { prepared: true },
  );
  if (!row) throw new Error('a select without from returns one row');
  return row.options;
}

export interface PersonMembership {
  organization: { id: number; name: string; organizationType: string };
  role: string;
  votingRight: boolean;
  startDate: string | null;
  endDate: string | null;
  /** Overlaps the current Wahlperiode. */
  inTerm: boolean;
  onBehalfOf: { id: number; name: string } | null;
}

export interface PersonPaper extends PaperRef {
  date: string | null;
}

export interface PersonPage extends PersonNameParts {
  id: number;
  formOfAddress: string | null;
  status: string[];
  memberships: PersonMembership[];
  papers: PersonPaper[];
  paperTotal: number;
}

const namedOne = z.object({ id: z.number(), name: z.string() });
const pageSchema = z.object({
  id: z.number(),
  ...personNameFields,
  formOfAddress: z.string().nullable(),
  status: z.array(z.string()),
  memberships: z.array(
    z.object({
      organization: namedOne.extend({ organizationType: z.string() }),
      role: z.string(),
      votingRight: z.boolean(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      inTerm: z.boolean(),
      onBehalfOf: namedOne.nullable(),
    }),
  ),
  papers: z.array(z.object({ id: z.number(), reference: z.string(), slug: z.string(), name: z.string(), paperType: z.string(), date: z.string().nullable() })),
  paperTotal: z.number(),
});

/** One person's page in one statement: memberships of every time, and the visible papers they submitted. */
export async function findPersonPage(db: Db, bodyId: number, viewer: Viewer, id: number, window: MembershipWindow): Promise<PersonPage | undefined> {
  const visible = paperVisibleTo(viewer);
  const own = sql`exists (select 1 from paper_originators po where po.paper_id = papers.id and po.person_id = t.id and po.deleted_at is null)`;
  const row = await queryRow(
    db,
    z.object({ page: pageSchema }),
    sql`with target as (
      select id, title, given_name, family_name, affix, form_of_address, status from persons
      where body_id = ${bodyId} and id = ${id} and deleted_at is null
    )
    select json_build_object(
      'id', t.id, 'title', t.title, 'givenName', t.given_name, 'familyName', t.family_name, 'affix', t.affix,
      'formOfAddress', t.form_of_address, 'status', t.status,
      'memberships', coalesce((select json_agg(json_build_object(
          'organization', json_build_object('id', o.id, 'name', o.name, 'organizationType', o.organization_type),
          'role', m.role, 'votingRight', m.voting_right,
          'startDate', to_char(m.start_date, 'YYYY-MM-DD'), 'endDate', to_char(m.end_date, 'YYYY-MM-DD'),
          'inTerm', (${overlapsWindow('m', window)}),
          'onBehalfOf', (select json_build_object('id', f.id, 'name', f.name) from organizations f
            where f.id = m.on_behalf_of_id and f.deleted_at is null))
        order by case o.organization_type when 'Gremium' then 0 when 'Fraktion' then 1 when 'Verwaltungsbereich' then 3 else 2 end,
          o.position, ${nameSortKey(sql`o.name`)}, o.id, m.start_date desc nulls last, m.id)
        from memberships m join organizations o on o.id = m.organization_id and o.deleted_at is null
        where m.person_id = t.id and m.deleted_at is null), '[]'),
      'papers', coalesce((select json_agg(json_build_object('id', x.id, 'reference', x.reference, 'slug', x.slug, 'name', x.name,
          'paperType', x.paper_type, 'date', to_char(x.date, 'YYYY-MM-DD')) order by x.n)
        from (select papers.id, papers.reference, papers.slug, papers.name, papers.paper_type, papers.date,
            row_number() over (order by papers.date desc nulls last, papers.id desc) as n
          from papers where papers.body_id = ${bodyId} and ${visible} and ${own}
          order by papers.date desc nulls last, papers.id desc limit ${PAPERS_SHOWN}) x), '[]'),
      'paperTotal', (select count(*)::int from papers where papers.body_id = ${bodyId} and ${visible} and ${own})
    ) as page
    from target t`,
    { prepared: true },
  );
  return row?.page;
}
