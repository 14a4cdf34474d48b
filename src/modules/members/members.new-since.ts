/**
 * @module members/new-since
 * „Neu seit meinem letzten Besuch“: when the account last visited the members' area, and the
 * papers and files it may see that were created or changed since.
 */
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { fileVisibleTo, paperVisibleTo, type Viewer } from '../../access/index.ts';
import { users } from '../auth/auth.tables.ts';
import { files } from '../files/files.tables.ts';
import { papers } from '../papers/papers.tables.ts';
import { at } from './members.sql.ts';

/** A visit counts as a new one when the last was longer ago than this. */
const VISIT_GAP = '1 hour';

export interface AreaVisit {
  /** Changes after this moment count as new. */
  since: Date;
  /** The account had never opened the area: this visit is the baseline, nothing is new yet. */
  firstVisit: boolean;
}

/**
 * Records a visit to the members' area and returns the moment after which changes count as new.
 * The first visit is the baseline (otherwise everything would be „neu“). A visit more than an
 * hour after the previous one moves that moment to the previous visit, so reloading within a
 * visit keeps showing the same news.
 */
export async function recordAreaVisit(db: Db, userId: number, now: Date): Promise<AreaVisit> {
  const [before] = await db.select({ visitedAt: users.areaVisitedAt }).from(users).where(eq(users.id, userId));
  const firstVisit = !before?.visitedAt;
  const [row] = await db
    .update(users)
    .set({
      areaSeenAt: sql`case when ${users.areaVisitedAt} is null then ${at(now)}
        when ${users.areaVisitedAt} < ${at(now)} - interval '${sql.raw(VISIT_GAP)}' then greatest(${users.areaSeenAt}, ${users.areaVisitedAt})
        else coalesce(${users.areaSeenAt}, ${users.areaVisitedAt}) end`,
      areaVisitedAt: now,
      // a visit is no change of the account
      modified: sql`${users.modified}`,
    })
    .where(eq(users.id, userId))
    .returning({ seenAt: users.areaSeenAt });
  return { since: row?.seenAt ?? now, firstVisit };
}

/** „Alles gelesen“: nothing before now counts as new any more. */
export async function markAreaSeen(db: Db, userId: number, now: Date): Promise<void> {
  await db
    .update(users)
    .set({ areaSeenAt: now, areaVisitedAt: now, modified: sql`${users.modified}` })
    .where(eq(users.id, userId));
}

export interface NewPaper {
  id: number;
  reference: string;
  slug: string;
  name: string;
  paperType: string;
  date: string | null;
  changed: Date;
  /** Created after the moment (otherwise only changed). */
  isNew: boolean;
}

export async function listNewPapers(db: Db, bodyId: number, viewer: Viewer, since: Date, limit = 50): Promise<NewPaper[]> {
  // `modified` starts at `created` and only grows; as a plain column it walks the (body, modified) index
  const changed = papers.modified;
  return db
    .select({
      id: papers.id,
      reference: papers.reference,
      slug: papers.slug,
      name: papers.name,
      paperType: papers.paperType,
      date: papers.date,
      changed: papers.modified,
      isNew: sql<boolean>`${papers.created} > ${at(since)}`,
    })
    .from(papers)
    .where(and(eq(papers.bodyId, bodyId), paperVisibleTo(viewer), gt(changed, at(since))))
    .orderBy(desc(changed), desc(papers.id))
    .limit(limit);
}

export interface NewFile {
  id: number;
  name: string;
  fileName: string;
  mimeType: string;
  size: number;
  changed: Date;
  isNew: boolean;
  /** A visible paper that holds the file, for context. */
  paper: { reference: string; slug: string } | null;
}

export async function listNewFiles(db: Db, bodyId: number, viewer: Viewer, since: Date, limit = 50): Promise<NewFile[]> {
  // `modified` starts at `created` and only grows; as a plain column it walks the (body, modified) index
  const changed = files.modified;
  // written out: drizzle leaves column names of a one-table select unqualified, and inside this
  // subquery `papers` must be the inner table that paperVisibleTo names
  const heldBy = sql<string | null>`(select papers.reference || ' ' || papers.slug from paper_files join papers on papers.id = paper_files.paper_id
    where paper_files.file_id = files.id and paper_files.deleted_at is null and ${paperVisibleTo(viewer)}
    order by papers.id limit 1)`;
  const rows = await db
    .select({
      id: files.id,
      name: files.name,
      fileName: files.fileName,
      mimeType: files.mimeType,
      size: files.size,
      changed: files.modified,
      isNew: sql<boolean>`${files.created} > ${at(since)}`,
      heldBy,
    })
    .from(files)
    .where(and(eq(files.bodyId, bodyId), fileVisibleTo(viewer), gt(changed, at(since))))
    .orderBy(desc(changed), desc(files.id))
    .limit(limit);
  return rows.map(({ heldBy: held, ...r }) => {
    const [reference, slug] = held ? [held.slice(0, held.lastIndexOf(' ')), held.slice(held.lastIndexOf(' ') + 1)] : [];
    return { ...r, paper: reference && slug ? { reference, slug } : null };
  });
}
