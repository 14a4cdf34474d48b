/**
 * @module papers/list
 * The filtered, sorted, paged list of papers and the options its filter form offers. Counts and
 * options come from visible papers only, so a filter never reveals what is hidden.
 */
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { paperVisibleTo, type Viewer } from '../access/visibility.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { consultations, paperDirections, papers } from './papers.tables.ts';

export const paperSorts = ['datum-absteigend', 'datum-aufsteigend', 'nummer', 'titel'] as const;
export type PaperSort = (typeof paperSorts)[number];

export interface PaperListFilter {
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

export interface PaperListItem {
  id: number;
  reference: string;
  slug: string;
  name: string;
  paperType: string;
  date: string | null;
  directions: string[];
}

export interface PaperListResult {
  total: number;
  items: PaperListItem[];
}

function filterConditions(bodyId: number, viewer: Viewer, filter: PaperListFilter): SQL[] {
  const conditions: SQL[] = [eq(papers.bodyId, bodyId), paperVisibleTo(viewer)];
  if (filter.paperType) conditions.push(eq(papers.paperType, filter.paperType));
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
  return conditions;
}

function orderFor(sort: PaperSort): SQL[] {
  switch (sort) {
    case 'datum-aufsteigend':
      return [sql`${papers.date} asc nulls last`, asc(papers.id)];
    case 'nummer':
      return [asc(papers.reference), asc(papers.id)];
    case 'titel':
      return [sql`${papers.name} collate "C" asc`, asc(papers.id)];
    case 'datum-absteigend':
      return [sql`${papers.date} desc nulls last`, desc(papers.id)];
  }
}

export async function listPapers(db: Db, bodyId: number, viewer: Viewer, filter: PaperListFilter): Promise<PaperListResult> {
  const where = and(...filterConditions(bodyId, viewer, filter));
  const [countRow] = await db.select({ total: sql<number>`count(*)::int` }).from(papers).where(where);
  const rows = await db
    .select({
      id: papers.id,
      reference: papers.reference,
      slug: papers.slug,
      name: papers.name,
      paperType: papers.paperType,
      date: papers.date,
    })
    .from(papers)
    .where(where)
    .orderBy(...orderFor(filter.sort))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const directions = rows.length
    ? await db
        .select({ paperId: paperDirections.paperId, name: organizations.name })
        .from(paperDirections)
        .innerJoin(organizations, eq(organizations.id, paperDirections.organizationId))
        .where(and(inArray(paperDirections.paperId, rows.map((r) => r.id)), isNull(paperDirections.deletedAt)))
    : [];
  return {
    total: countRow?.total ?? 0,
    items: rows.map((r) => ({ ...r, directions: directions.filter((d) => d.paperId === r.id).map((d) => d.name) })),
  };
}

export interface PaperFilterOptions {
  paperTypes: string[];
  years: number[];
  directions: { id: number; name: string }[];
  organizations: { id: number; name: string }[];
}

/** What the filter form offers: only values that occur among the papers this viewer may see. */
export async function listPaperFilterOptions(db: Db, bodyId: number, viewer: Viewer): Promise<PaperFilterOptions> {
  const visible = and(eq(papers.bodyId, bodyId), paperVisibleTo(viewer));
  const [types, years, directions, gremien] = await Promise.all([
    db.selectDistinct({ value: papers.paperType }).from(papers).where(visible).orderBy(asc(papers.paperType)),
    db
      .selectDistinct({ value: sql<number>`extract(year from ${papers.date})::int` })
      .from(papers)
      .where(and(visible, sql`${papers.date} is not null`))
      .orderBy(sql`1 desc`),
    db
      .selectDistinct({ id: organizations.id, name: organizations.name })
      .from(paperDirections)
      .innerJoin(papers, eq(papers.id, paperDirections.paperId))
      .innerJoin(organizations, eq(organizations.id, paperDirections.organizationId))
      .where(and(visible, isNull(paperDirections.deletedAt)))
      .orderBy(asc(organizations.name)),
    db
      .selectDistinct({ id: organizations.id, name: organizations.name })
      .from(consultations)
      .innerJoin(papers, eq(papers.id, consultations.paperId))
      .innerJoin(organizations, eq(organizations.id, consultations.organizationId))
      .where(and(visible, isNull(consultations.deletedAt)))
      .orderBy(asc(organizations.name)),
  ]);
  return {
    paperTypes: types.map((t) => t.value),
    years: years.map((y) => y.value),
    directions,
    organizations: gremien,
  };
}
