/**
 * @module papers/list
 * The filtered, sorted, paged list of papers and the options its filter form offers. Counts and
 * options come from visible papers only, so a filter never reveals what is hidden.
 */
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { bigintColumn } from '../../db/row-columns.ts';
import { queryRow, queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { paperVisibleTo, type Viewer } from '../../access/index.ts';
import { datedPaperRefSchema, type PaperRef } from './papers.queries.ts';
import { paperStateColumn, paperStateSteps, type PaperState } from './paper-state.ts';
import { consultations, paperDirections, paperOriginators, papers } from './papers.tables.ts';

export const paperSorts = ['datum-absteigend', 'datum-aufsteigend', 'nummer', 'titel'] as const;
export type PaperSort = (typeof paperSorts)[number];

export interface PaperListFilter {
  /** Words that must all occur in the title or the reference (until full-text search exists). */
  text?: string | undefined;
  paperType?: string | undefined;
  year?: number | undefined;
  /** Federführung: organization id of the responsible unit. */
  directionId?: number | undefined;
  /** A Gremium in the Beratungsfolge. */
  organizationId?: number | undefined;
  sort: PaperSort;
  page: number;
  pageSize: number;
}

export interface PaperListItem extends PaperRef {
  date: string | null;
  directions: string[];
  /** Where the paper stands, as far as the viewer may see its Beratungsfolge. */
  state: PaperState | null;
}

export interface PaperListResult {
  total: number;
  items: PaperListItem[];
}

/** What selects papers, without order and page: the list's filter, and whose papers (a person's feed). */
export type PaperCriteria = Pick<PaperListFilter, 'text' | 'paperType' | 'year' | 'directionId' | 'organizationId'> & {
  /** Papers this person submitted (OParl originatorPerson). */
  originatorPersonId?: number | undefined;
};

/** The conditions of the list (visibility included), for the list and the feeds that follow it. */
export function paperFilterConditions(bodyId: number, viewer: Viewer, filter: PaperCriteria): SQL[] {
  const conditions: SQL[] = [eq(papers.bodyId, bodyId), paperVisibleTo(viewer)];
  if (filter.paperType) conditions.push(eq(papers.paperType, filter.paperType));
  for (const word of (filter.text ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${papers.name} ilike ${pattern} or ${papers.reference} ilike ${pattern})`);
  }
  if (filter.year !== undefined)
    conditions.push(sql`${papers.date} >= make_date(${filter.year}, 1, 1) and ${papers.date} < make_date(${filter.year + 1}, 1, 1)`);
  if (filter.directionId !== undefined) {
    const directionId = filter.directionId;
    conditions.push(
      sql`exists (select 1 from ${paperDirections} where ${paperDirections.paperId} = ${papers.id}
          and ${paperDirections.organizationId} = ${directionId} and ${paperDirections.deletedAt} is null)`,
    );
  }
  if (filter.organizationId !== undefined) {
    const organizationId = filter.organizationId;
    conditions.push(
      sql`exists (select 1 from ${consultations} where ${consultations.paperId} = ${papers.id}
          and ${consultations.organizationId} = ${organizationId} and ${consultations.deletedAt} is null)`,
    );
  }
  if (filter.originatorPersonId !== undefined) {
    const personId = filter.originatorPersonId;
    conditions.push(
      sql`exists (select 1 from ${paperOriginators} where ${paperOriginators.paperId} = ${papers.id}
          and ${paperOriginators.personId} = ${personId} and ${paperOriginators.deletedAt} is null)`,
    );
  }
  return conditions;
}

function orderFor(sort: PaperSort): SQL[] {
  switch (sort) {
    case 'datum-aufsteigend':
      return [sql`${papers.date} asc nulls last`, asc(papers.id)];
    case 'nummer':
      return [asc(papers.reference), asc(papers.id)];
    case 'titel':
      // umlauts sort with their base letter (DIN 5007-1), the same on every engine and locale
      return [sql`lower(translate(${papers.name}, 'ÄÖÜäöüß', 'AOUaous')) collate "C" asc`, asc(papers.id)];
    case 'datum-absteigend':
      return [sql`${papers.date} desc nulls last`, desc(papers.id)];
  }
}

const listRowSchema = datedPaperRefSchema.extend({
  directions: z.array(z.string()),
  state: paperStateColumn,
  total: bigintColumn,
});

/** One statement: the page of papers, each with its Federführung, and the total count. */
export async function listPapers(db: Db, bodyId: number, viewer: Viewer, filter: PaperListFilter): Promise<PaperListResult> {
  const where = and(...paperFilterConditions(bodyId, viewer, filter));
  const items = await queryRows(
    db,
    listRowSchema,
    sql`select papers.id, papers.reference, papers.slug, papers.name, papers.paper_type as "paperType",
        to_char(papers.date, 'YYYY-MM-DD') as date,
        coalesce((select json_agg(o.name order by o.name) from paper_directions d join organizations o on o.id = d.organization_id
          where d.paper_id = papers.id and d.deleted_at is null), '[]') as directions,
        ${paperStateSteps(viewer, sql`papers.id`)} as state,
        count(*) over () as total
      from papers where ${where}
      order by ${sql.join(orderFor(filter.sort), sql`, `)}
      limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
    { prepared: true },
  );
  const total = items[0]?.total ?? (filter.page > 1 ? await countPapers(db, where) : 0);
  return { total, items: items.map(({ total: _total, ...item }) => item) };
}

/** Only needed for a page beyond the last, where no row carries the total. */
async function countPapers(db: Db, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ total: sql<number>`count(*)::int` }).from(papers).where(where);
  return row?.total ?? 0;
}

export interface PaperFilterOptions {
  paperTypes: string[];
  years: number[];
  directions: { id: number; name: string }[];
  organizations: { id: number; name: string }[];
}

const named = z.array(z.object({ id: z.number(), name: z.string() }));
const optionsSchema = z.object({ paperTypes: z.array(z.string()), years: z.array(z.number()), directions: named, organizations: named });

/** What the filter form offers: only values that occur among the papers this viewer may see. */
export async function listPaperFilterOptions(db: Db, bodyId: number, viewer: Viewer): Promise<PaperFilterOptions> {
  const visible = and(eq(papers.bodyId, bodyId), paperVisibleTo(viewer));
  const row = await queryRow(
    db,
    z.object({ options: optionsSchema }),
    sql`with visible as (select papers.id, papers.paper_type, papers.date from papers where ${visible})
      select json_build_object(
        'paperTypes', coalesce((select json_agg(t order by t) from (select distinct paper_type as t from visible) x), '[]'),
        'years', coalesce((select json_agg(y order by y desc) from
          (select distinct extract(year from date)::int as y from visible where date is not null) x), '[]'),
        'directions', coalesce((select json_agg(json_build_object('id', id, 'name', name) order by name) from
          (select distinct o.id, o.name from visible v join paper_directions d on d.paper_id = v.id and d.deleted_at is null
            join organizations o on o.id = d.organization_id) x), '[]'),
        'organizations', coalesce((select json_agg(json_build_object('id', id, 'name', name) order by name) from
          (select distinct o.id, o.name from visible v join consultations c on c.paper_id = v.id and c.deleted_at is null
            join organizations o on o.id = c.organization_id) x), '[]')
      ) as options`,
    { prepared: true },
  );
  if (!row) throw new Error('a select without from returns one row');
  return row.options;
}
