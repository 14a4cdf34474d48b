/**
 * @module access/visibility
 * The one place that decides who may read what. Every read of papers, agenda items, files and
 * meeting documents filters with these predicates in SQL, so nothing non-public is ever loaded
 * for a viewer who may not see it.
 *
 * Who is entitled to the non-public part of what:
 * - a session (its non-public agenda items and protocol files): the current members of its
 *   Gremien (deputies included), the persons invited to it, and the Sitzungsdienst of those
 *   Gremien;
 * - a paper: whoever is entitled to a Gremium or session of its Beratungsfolge, the
 *   Sachbearbeitung of its federführende unit, and the person who submitted it;
 * - an agenda item: whoever is entitled to its session, and the Sachbearbeitung of the unit
 *   in charge of its paper;
 * - a file: whoever is entitled to a paper, agenda item or session that holds it;
 * - the administration: everything.
 */
import { and, isNull, sql, type SQL } from 'drizzle-orm';
import { intArray } from '../../db/sql-arrays.ts';
import { files } from '../files/files.tables.ts';
import { agendaItemFiles, agendaItems } from '../meetings/meetings.tables.ts';
import { paperFiles, papers } from '../papers/papers.tables.ts';

/** A logged-in person, with what their roles and memberships entitle them to. */
export interface AccountViewer {
  kind: 'account';
  userId: number;
  displayName: string;
  /** The person of a Mandatsträger/in account (memberships, invitations, own papers). */
  personId: number | null;
  /** Administration: sees and manages everything. */
  admin: boolean;
  /** Gremien whose non-public part this account sees: current memberships and Sitzungsdienst. */
  organizationIds: number[];
  /** Verwaltung units whose papers this account writes (Sachbearbeitung). */
  unitIds: number[];
}

export type Viewer =
  /** Anyone on the public portal. */
  | { kind: 'anonymous' }
  /** The administration itself: command line, import, internal jobs. Sees everything. */
  | { kind: 'administration' }
  | AccountViewer;

export const anonymous: Viewer = { kind: 'anonymous' };
export const administration: Viewer = { kind: 'administration' };

const always = sql`true`;
const never = sql`false`;

/** Whether the viewer may see some non-public content (used for wording, never for filtering). */
export function canSeeNonPublic(viewer: Viewer): boolean {
  return viewer.kind !== 'anonymous';
}

/** 'all', 'public', or the account whose entitlements decide. */
function scopeOf(viewer: Viewer): 'all' | 'public' | AccountViewer {
  if (viewer.kind === 'administration' || (viewer.kind === 'account' && viewer.admin)) return 'all';
  return viewer.kind === 'anonymous' ? 'public' : viewer;
}


/** The viewer may see the non-public part of the meeting whose id is `meetingId`. */
function meetingEntitled(viewer: AccountViewer, meetingId: SQL): SQL {
  return sql`(exists (select 1 from meeting_organizations v_mo
      where v_mo.meeting_id = ${meetingId} and v_mo.deleted_at is null and v_mo.organization_id = any(${intArray(viewer.organizationIds)}))
    or exists (select 1 from meeting_invitees v_mi
      where v_mi.meeting_id = ${meetingId} and v_mi.deleted_at is null and v_mi.person_id = ${viewer.personId ?? 0}))`;
}

function paperEntitled(viewer: AccountViewer, paperId: SQL): SQL {
  return sql`(exists (select 1 from consultations v_c
      where v_c.paper_id = ${paperId} and v_c.deleted_at is null
        and (v_c.organization_id = any(${intArray(viewer.organizationIds)})
          or (v_c.meeting_id is not null and ${meetingEntitled(viewer, sql`v_c.meeting_id`)})))
    or exists (select 1 from paper_directions v_d
      where v_d.paper_id = ${paperId} and v_d.deleted_at is null and v_d.organization_id = any(${intArray(viewer.unitIds)}))
    or exists (select 1 from paper_originators v_o
      where v_o.paper_id = ${paperId} and v_o.deleted_at is null and v_o.person_id = ${viewer.personId ?? 0}))`;
}

function agendaItemEntitled(viewer: AccountViewer, itemId: SQL, meetingId: SQL): SQL {
  return sql`(${meetingEntitled(viewer, meetingId)}
    or exists (select 1 from consultations v_ac join paper_directions v_ad on v_ad.paper_id = v_ac.paper_id and v_ad.deleted_at is null
      where v_ac.agenda_item_id = ${itemId} and v_ac.deleted_at is null and v_ad.organization_id = any(${intArray(viewer.unitIds)})))`;
}

export function paperVisibleTo(viewer: Viewer): SQL {
  const alive = isNull(papers.deletedAt);
  const scope = scopeOf(viewer);
  if (scope === 'all') return alive;
  if (scope === 'public') return sql`(${alive} and ${papers.public})`;
  return sql`(${alive} and (${papers.public} or ${paperEntitled(scope, sql`${papers.id}`)}))`;
}

export function agendaItemVisibleTo(viewer: Viewer): SQL {
  const alive = isNull(agendaItems.deletedAt);
  const scope = scopeOf(viewer);
  if (scope === 'all') return alive;
  if (scope === 'public') return sql`(${alive} and ${agendaItems.public})`;
  return sql`(${alive} and (${agendaItems.public} or ${agendaItemEntitled(scope, sql`${agendaItems.id}`, sql`${agendaItems.meetingId}`)}))`;
}

/**
 * A file is public only if its own flag says so and no non-public paper or agenda item holds
 * it: one wrongly flagged attachment of a non-public paper stays hidden. Beyond that, a member
 * sees the files of everything they are entitled to.
 */
function publicFile(): SQL {
  const heldByNonPublicPaper = sql`exists (select 1 from ${paperFiles} join ${papers} on ${papers.id} = ${paperFiles.paperId}
    where ${paperFiles.fileId} = ${files.id} and ${paperFiles.deletedAt} is null and not ${papers.public})`;
  const heldByNonPublicAgendaItem = sql`exists (select 1 from ${agendaItemFiles} join ${agendaItems} on ${agendaItems.id} = ${agendaItemFiles.agendaItemId}
    where ${agendaItemFiles.fileId} = ${files.id} and ${agendaItemFiles.deletedAt} is null and not ${agendaItems.public})`;
  return sql`(${files.public} and not ${heldByNonPublicPaper} and not ${heldByNonPublicAgendaItem})`;
}

export function fileVisibleTo(viewer: Viewer): SQL {
  const alive = isNull(files.deletedAt);
  const scope = scopeOf(viewer);
  if (scope === 'all') return alive;
  const shownToAll = publicFile();
  if (scope === 'public') return and(alive, shownToAll) ?? always;
  const entitled = sql`(exists (select 1 from paper_files v_pf where v_pf.file_id = ${files.id} and v_pf.deleted_at is null
      and ${paperEntitled(scope, sql`v_pf.paper_id`)})
    or exists (select 1 from agenda_item_files v_af join agenda_items v_ai on v_ai.id = v_af.agenda_item_id
      where v_af.file_id = ${files.id} and v_af.deleted_at is null and ${agendaItemEntitled(scope, sql`v_ai.id`, sql`v_ai.meeting_id`)})
    or exists (select 1 from meeting_files v_mf where v_mf.file_id = ${files.id} and v_mf.deleted_at is null
      and ${meetingEntitled(scope, sql`v_mf.meeting_id`)}))`;
  return sql`(${alive} and (${shownToAll} or ${entitled}))`;
}

/**
 * Entries of the search index (search/index). Public entries by the flag the index took from
 * the predicates here when it was built (it is rebuilt before every search, so the flag is
 * current); the others by the same predicates, live. Names `search_entries` unaliased.
 */
export function searchEntryVisibleTo(viewer: Viewer): SQL {
  const scope = scopeOf(viewer);
  if (scope === 'all') return always;
  if (scope === 'public') return sql`search_entries.public`;
  return sql`(search_entries.public
    or (search_entries.kind = 'paper' and exists (select 1 from papers where papers.id = search_entries.object_id and ${paperVisibleTo(viewer)}))
    or (search_entries.kind = 'agendaItem' and exists (select 1 from agenda_items where agenda_items.id = search_entries.object_id and ${agendaItemVisibleTo(viewer)}))
    or (search_entries.kind = 'file' and exists (select 1 from files where files.id = search_entries.object_id and ${fileVisibleTo(viewer)})))`;
}

/** Whether the viewer may see the non-public part of a meeting (its id as SQL). */
export function meetingNonPublicVisibleTo(viewer: Viewer, meetingId: SQL): SQL {
  const scope = scopeOf(viewer);
  if (scope === 'all') return always;
  return scope === 'public' ? never : meetingEntitled(scope, meetingId);
}

/**
 * Whether the public may see a row, whatever its deletion: the OParl API lists a deleted object
 * as `deleted: true`, but only one that the public could see before. Each names its table
 * unaliased (`papers`, `agenda_items`, `files`, `consultations`, `locations`).
 */
export const publicRegardlessOfDeletion = {
  paper: (): SQL => sql`${papers.public}`,
  agendaItem: (): SQL => sql`${agendaItems.public}`,
  file: publicFile,
  /** A step of the Beratungsfolge is as public as its paper. */
  consultation: (): SQL => sql`exists (select 1 from papers v_cp where v_cp.id = consultations.paper_id and v_cp.public)`,
  /**
   * A person's address is theirs, not the public's: a location that only persons use is not
   * shown (the portal shows no addresses either).
   */
  location: (): SQL => sql`(exists (select 1 from meetings v_lm where v_lm.location_id = locations.id)
    or exists (select 1 from organizations v_lo where v_lo.location_id = locations.id)
    or not exists (select 1 from persons v_lp where v_lp.location_id = locations.id))`,
};
