/**
 * @module access/visibility
 * The one place that decides who may read what. Every read of papers, agenda items, files and
 * meeting documents filters with these predicates in SQL, so nothing non-public is ever loaded
 * for a viewer who may not see it. Accounts and memberships (a later issue) widen `Viewer`;
 * callers stay unchanged.
 */
import { and, eq, isNull, not, sql, type SQL } from 'drizzle-orm';
import { files } from '../files/files.tables.ts';
import { agendaItemFiles, agendaItems } from '../meetings/meetings.tables.ts';
import { paperFiles, papers } from '../papers/papers.tables.ts';

export type Viewer =
  /** Anyone on the public portal. */
  | { kind: 'anonymous' }
  /** The administration itself: command line, import, internal jobs. Sees everything. */
  | { kind: 'administration' };

export const anonymous: Viewer = { kind: 'anonymous' };
export const administration: Viewer = { kind: 'administration' };

const always = sql`true`;

export function canSeeNonPublic(viewer: Viewer): boolean {
  return viewer.kind === 'administration';
}

export function paperVisibleTo(viewer: Viewer): SQL {
  const alive = isNull(papers.deletedAt);
  return canSeeNonPublic(viewer) ? alive : and(alive, eq(papers.public, true)) ?? always;
}

export function agendaItemVisibleTo(viewer: Viewer): SQL {
  const alive = isNull(agendaItems.deletedAt);
  return canSeeNonPublic(viewer) ? alive : and(alive, eq(agendaItems.public, true)) ?? always;
}

/**
 * A file is public only if its own flag says so and no non-public paper or agenda item holds
 * it: one wrongly flagged attachment of a non-public paper stays hidden.
 */
export function fileVisibleTo(viewer: Viewer): SQL {
  const alive = isNull(files.deletedAt);
  if (canSeeNonPublic(viewer)) return alive;
  const heldByNonPublicPaper = sql`exists (select 1 from ${paperFiles} join ${papers} on ${papers.id} = ${paperFiles.paperId}
    where ${paperFiles.fileId} = ${files.id} and ${paperFiles.deletedAt} is null and not ${papers.public})`;
  const heldByNonPublicAgendaItem = sql`exists (select 1 from ${agendaItemFiles} join ${agendaItems} on ${agendaItems.id} = ${agendaItemFiles.agendaItemId}
    where ${agendaItemFiles.fileId} = ${files.id} and ${agendaItemFiles.deletedAt} is null and not ${agendaItems.public})`;
  return and(alive, eq(files.public, true), not(heldByNonPublicPaper), not(heldByNonPublicAgendaItem)) ?? always;
}
