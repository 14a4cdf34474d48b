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
 *   in charge of its paper; an item that is non-public only because of its papers (below) also
 *   whoever is entitled to every one of those papers;
 * - a file: whoever is entitled to a paper, agenda item or session that holds it;
 * - the administration: everything.
 *
 * What is public is derived, not only flagged: a paper by its flag; an agenda item by its flag
 * and its papers (an item that any consultation, a dropped one included, links to a non-public
 * paper is non-public); a consultation by its paper; a file by its flag and everything that
 * holds it. So no writer has to keep the flags of related rows in step.
 *
 * Every predicate takes how the query names its table, `agenda_items` or an alias like `a`.
 */
import { sql, type SQL } from 'drizzle-orm';
import { intArray } from '../db/sql-arrays.ts';

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
  /** Its back-office roles (see access/permissions); `admin` is the same as holding 'administration'. */
  staffRoles: ('sachbearbeitung' | 'sitzungsdienst' | 'administration')[];
  /** Gremien whose sessions and memberships this account runs (Sitzungsdienst). */
  sessionServiceIds: number[];
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

/**
 * How a query names a table: the table itself (the default of every predicate) or its alias, as
 * `a` in `from agenda_items a`. Aliases beginning with `v_` are the policy's own.
 */
function tableRef(alias: string): SQL {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias) || alias.startsWith('v_')) throw new Error(`visibility: „${alias}“ is no table alias a query may use`);
  return sql.raw(alias);
}

const column = (table: SQL, name: string): SQL => sql`${table}.${sql.raw(name)}`;

/**
 * Derived visibility: an agenda item belongs to every paper that a consultation links to it,
 * and is non-public while any of those papers is, whatever its own flag says. `unless` (an
 * expression over the paper `v_np`) exempts the papers a viewer is entitled to.
 *
 * Dropped links count: every consultation row, soft-deleted ones included (and deleted papers
 * too). An item's name is copied from its paper's title and its result and resolution text are
 * the paper's decision; dropping the step from the Beratungsfolge (a re-import with another one,
 * say) does not take that text out of the item, so the link that brought it keeps hiding it.
 * The rule is read, not stored: no writer has to remember to flip the item's flag, and the item
 * is public again as soon as the paper is. The price is the safe one: an item that was linked to
 * the wrong non-public paper stays hidden until that row is removed.
 */
function linkedToNonPublicPaper(itemId: SQL, unless?: SQL): SQL {
  return sql`exists (select 1 from consultations v_nc join papers v_np on v_np.id = v_nc.paper_id
    where v_nc.agenda_item_id = ${itemId} and not v_np.public${unless ? sql` and not ${unless}` : sql``})`;
}

/** The public may see the item (deletion aside): its own flag, and no non-public paper of its. */
function agendaItemShownToAll(item: SQL): SQL {
  return sql`(${column(item, 'public')} and not ${linkedToNonPublicPaper(column(item, 'id'))})`;
}

/**
 * The account may see the non-public part of the item: through its session, through the
 * Federführung of its paper, or, when only its papers make it non-public (its own flag is set),
 * by being entitled to every one of those papers.
 */
function agendaItemNonPublicEntitled(viewer: AccountViewer, item: SQL): SQL {
  const id = column(item, 'id');
  return sql`(${agendaItemEntitled(viewer, id, column(item, 'meeting_id'))}
    or (${column(item, 'public')} and ${linkedToNonPublicPaper(id)}
      and not ${linkedToNonPublicPaper(id, paperEntitled(viewer, sql`v_np.id`))}))`;
}

/** `alias`: how the query names `papers` (see tableRef). */
export function paperVisibleTo(viewer: Viewer, alias = 'papers'): SQL {
  const paper = tableRef(alias);
  const alive = sql`${column(paper, 'deleted_at')} is null`;
  const scope = scopeOf(viewer);
  if (scope === 'all') return alive;
  if (scope === 'public') return sql`(${alive} and ${column(paper, 'public')})`;
  return sql`(${alive} and (${column(paper, 'public')} or ${paperEntitled(scope, column(paper, 'id'))}))`;
}

/**
 * An agenda item is public when its own flag says so and no non-public paper holds it (see
 * linkedToNonPublicPaper). `alias`: how the query names `agenda_items`.
 */
export function agendaItemVisibleTo(viewer: Viewer, alias = 'agenda_items'): SQL {
  const item = tableRef(alias);
  const alive = sql`${column(item, 'deleted_at')} is null`;
  const scope = scopeOf(viewer);
  if (scope === 'all') return alive;
  if (scope === 'public') return sql`(${alive} and ${agendaItemShownToAll(item)})`;
  // shown to all, or entitled (agendaItemNonPublicEntitled), folded into one test of the papers
  const id = column(item, 'id');
  return sql`(${alive} and ((${column(item, 'public')} and not ${linkedToNonPublicPaper(id, paperEntitled(scope, sql`v_np.id`))})
    or ${agendaItemEntitled(scope, id, column(item, 'meeting_id'))}))`;
}

/**
 * A file is public only if its own flag says so and no non-public paper or agenda item holds
 * it, an agenda item that is non-public by derivation included: one wrongly flagged attachment
 * of a non-public paper stays hidden. Beyond that, a member sees the files of everything they
 * are entitled to.
 */
function publicFile(file: SQL): SQL {
  const id = column(file, 'id');
  const heldByNonPublicPaper = sql`exists (select 1 from paper_files v_fp join papers v_fpp on v_fpp.id = v_fp.paper_id
    where v_fp.file_id = ${id} and v_fp.deleted_at is null and not v_fpp.public)`;
  const heldByNonPublicAgendaItem = sql`exists (select 1 from agenda_item_files v_fi join agenda_items v_fa on v_fa.id = v_fi.agenda_item_id
    where v_fi.file_id = ${id} and v_fi.deleted_at is null and not ${agendaItemShownToAll(sql`v_fa`)})`;
  return sql`(${column(file, 'public')} and not ${heldByNonPublicPaper} and not ${heldByNonPublicAgendaItem})`;
}

/** `alias`: how the query names `files`. */
export function fileVisibleTo(viewer: Viewer, alias = 'files'): SQL {
  const file = tableRef(alias);
  const id = column(file, 'id');
  const alive = sql`${column(file, 'deleted_at')} is null`;
  const scope = scopeOf(viewer);
  if (scope === 'all') return alive;
  const shownToAll = publicFile(file);
  if (scope === 'public') return sql`(${alive} and ${shownToAll})`;
  return sql`(${alive} and (${shownToAll} or ${fileEntitled(scope, id)}))`;
}

/** The account may see the file whatever its flags: it is entitled to something that holds it. */
function fileEntitled(viewer: AccountViewer, fileId: SQL): SQL {
  return sql`(exists (select 1 from paper_files v_pf where v_pf.file_id = ${fileId} and v_pf.deleted_at is null
      and ${paperEntitled(viewer, sql`v_pf.paper_id`)})
    or exists (select 1 from agenda_item_files v_af join agenda_items v_ai on v_ai.id = v_af.agenda_item_id
      where v_af.file_id = ${fileId} and v_af.deleted_at is null and ${agendaItemNonPublicEntitled(viewer, sql`v_ai`)})
    or exists (select 1 from meeting_files v_mf where v_mf.file_id = ${fileId} and v_mf.deleted_at is null
      and ${meetingEntitled(viewer, sql`v_mf.meeting_id`)}))`;
}

/**
 * Entries of the search index (search/index). Public entries by the flag the index took from
 * the predicates here when it was built (it is rebuilt before every search, so the flag is
 * current); the others by the same predicates, live. `alias`: how the query names `search_entries`.
 */
export function searchEntryVisibleTo(viewer: Viewer, alias = 'search_entries'): SQL {
  const scope = scopeOf(viewer);
  if (scope === 'all') return always;
  const entry = tableRef(alias);
  const flag = column(entry, 'public');
  if (scope === 'public') return flag;
  const kind = column(entry, 'kind');
  const objectId = column(entry, 'object_id');
  // an entry that is not public is shown by the entitlement alone (what the public sees is
  // in the flag already), which spares the planner the public half of each predicate
  return sql`(${flag}
    or (${kind} = 'paper' and exists (select 1 from papers where papers.id = ${objectId}
      and papers.deleted_at is null and ${paperEntitled(scope, sql`papers.id`)}))
    or (${kind} = 'agendaItem' and exists (select 1 from agenda_items where agenda_items.id = ${objectId}
      and agenda_items.deleted_at is null and ${agendaItemNonPublicEntitled(scope, sql`agenda_items`)}))
    or (${kind} = 'file' and exists (select 1 from files where files.id = ${objectId}
      and files.deleted_at is null and ${fileEntitled(scope, sql`files.id`)})))`;
}

/** Whether the viewer may see the non-public part of a meeting (its id as SQL). */
export function meetingNonPublicVisibleTo(viewer: Viewer, meetingId: SQL): SQL {
  const scope = scopeOf(viewer);
  if (scope === 'all') return always;
  return scope === 'public' ? never : meetingEntitled(scope, meetingId);
}

/**
 * Whether the public may see a row, whatever its deletion: the OParl API lists a deleted object
 * as `deleted: true`, but only one that the public could see before; the search index takes its
 * `public` flag from here. Each takes how the query names its table (`papers`, `agenda_items`,
 * `files`, `consultations`, `locations` by default).
 */
export const publicRegardlessOfDeletion = {
  paper: (alias = 'papers'): SQL => column(tableRef(alias), 'public'),
  /** Its own flag, and no non-public paper of its (see linkedToNonPublicPaper). */
  agendaItem: (alias = 'agenda_items'): SQL => agendaItemShownToAll(tableRef(alias)),
  file: (alias = 'files'): SQL => publicFile(tableRef(alias)),
  /** A step of the Beratungsfolge is as public as its paper. */
  consultation: (alias = 'consultations'): SQL =>
    sql`exists (select 1 from papers v_cp where v_cp.id = ${column(tableRef(alias), 'paper_id')} and v_cp.public)`,
  /**
   * A person's address is theirs, not the public's: a location that only persons use is not
   * shown (the portal shows no addresses either).
   */
  location: (alias = 'locations'): SQL => {
    const id = column(tableRef(alias), 'id');
    return sql`(exists (select 1 from meetings v_lm where v_lm.location_id = ${id})
    or exists (select 1 from organizations v_lo where v_lo.location_id = ${id})
    or not exists (select 1 from persons v_lp where v_lp.location_id = ${id}))`;
  },
};
