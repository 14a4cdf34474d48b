/**
 * @module members/area
 * The sessions of the members' area (Mitgliederbereich): the viewer's next and recent sessions with their
 * agenda and every document they may see, also for a session's ZIP. Every read of papers, agenda
 * items and files goes through the visibility policy, in SQL.
 */
import { and, asc, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  agendaItemVisibleTo,
  anonymous,
  fileVisibleTo,
  meetingNonPublicVisibleTo,
  paperVisibleTo,
  type AccountViewer,
  type Viewer,
} from '../../access/index.ts';
import { files } from '../files/files.tables.ts';
import {
  agendaItemFiles,
  agendaItems,
  meetingFiles,
  meetingOrganizations,
  meetings,
  type MeetingFileRole,
  type MeetingState,
} from '../meetings/meetings.tables.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { consultations, paperFiles, papers } from '../papers/papers.tables.ts';
import { anyOf } from './members.sql.ts';

export interface MeetingSummary {
  id: number;
  name: string;
  start: Date | null;
  cancelled: boolean;
  state: MeetingState;
  organizations: { id: number; name: string }[];
}

/** A meeting of the body that is not deleted, or undefined. */
export async function findMeeting(db: Db, bodyId: number, id: number): Promise<Omit<MeetingSummary, 'organizations'> | undefined> {
  const [row] = await db
    .select({ id: meetings.id, name: meetings.name, start: meetings.start, cancelled: meetings.cancelled, state: meetings.meetingState })
    .from(meetings)
    .where(and(eq(meetings.bodyId, bodyId), eq(meetings.id, id), isNull(meetings.deletedAt)));
  return row;
}

/** Sessions of the last weeks stay in the area, for their minutes and results. */
export const RECENT_DAYS = 28;

/**
 * The next sessions (`upcoming`, soonest first) or those of the last {@link RECENT_DAYS} days
 * (`recent`, latest first) whose non-public part the viewer may see: a Gremium of the account's,
 * an invitation, or everything for the administration. Cancelled sessions stay in (marked so).
 */
export async function listAreaMeetings(
  db: Db,
  bodyId: number,
  viewer: AccountViewer,
  now: Date,
  when: 'upcoming' | 'recent',
  limit = when === 'upcoming' ? 5 : 3,
): Promise<MeetingSummary[]> {
  const period =
    when === 'upcoming'
      ? gte(meetings.start, now)
      : and(lt(meetings.start, now), gte(meetings.start, new Date(now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000)));
  const rows = await db
    .select({ id: meetings.id, name: meetings.name, start: meetings.start, cancelled: meetings.cancelled, state: meetings.meetingState })
    .from(meetings)
    .where(and(eq(meetings.bodyId, bodyId), isNull(meetings.deletedAt), period, meetingNonPublicVisibleTo(viewer, sql`${meetings.id}`)))
    .orderBy(when === 'upcoming' ? asc(meetings.start) : desc(meetings.start), asc(meetings.id))
    .limit(limit);
  if (rows.length === 0) return [];
  const orgs = await db
    .select({ meetingId: meetingOrganizations.meetingId, id: organizations.id, name: organizations.name })
    .from(meetingOrganizations)
    .innerJoin(organizations, eq(organizations.id, meetingOrganizations.organizationId))
    .where(
      and(
        anyOf(
          meetingOrganizations.meetingId,
          rows.map((r) => r.id),
        ),
        isNull(meetingOrganizations.deletedAt),
      ),
    )
    .orderBy(asc(organizations.position), asc(organizations.name));
  return rows.map((m) => ({ ...m, organizations: orgs.filter((o) => o.meetingId === m.id).map(({ id, name }) => ({ id, name })) }));
}

export interface AgendaEntry {
  id: number;
  meetingId: number;
  number: string | null;
  position: number;
  name: string;
  /** Whether the public sees the item too (the policy's derived rule, not the item's own flag). */
  public: boolean;
  papers: { id: number; reference: string; slug: string }[];
}

/** The agenda items of these meetings that the viewer may see, with their visible papers. */
export async function listAgendas(db: Db, bodyId: number, viewer: Viewer, meetingIds: number[]): Promise<AgendaEntry[]> {
  if (meetingIds.length === 0) return [];
  const rows = await db
    .select({
      id: agendaItems.id,
      meetingId: agendaItems.meetingId,
      number: agendaItems.number,
      position: agendaItems.position,
      name: agendaItems.name,
      public: sql<boolean>`${agendaItemVisibleTo(anonymous)}`,
      paperId: papers.id,
      paperReference: papers.reference,
      paperSlug: papers.slug,
    })
    .from(agendaItems)
    .leftJoin(consultations, and(eq(consultations.agendaItemId, agendaItems.id), isNull(consultations.deletedAt)))
    .leftJoin(papers, and(eq(papers.id, consultations.paperId), paperVisibleTo(viewer)))
    .where(and(eq(agendaItems.bodyId, bodyId), anyOf(agendaItems.meetingId, meetingIds), agendaItemVisibleTo(viewer)))
    .orderBy(asc(agendaItems.meetingId), asc(agendaItems.position), asc(agendaItems.id), asc(consultations.id));
  const items = new Map<number, AgendaEntry>();
  for (const r of rows) {
    let item = items.get(r.id);
    if (!item) {
      item = { id: r.id, meetingId: r.meetingId, number: r.number, position: r.position, name: r.name, public: r.public, papers: [] };
      items.set(r.id, item);
    }
    if (r.paperId !== null && r.paperReference !== null && r.paperSlug !== null && !item.papers.some((p) => p.id === r.paperId))
      item.papers.push({ id: r.paperId, reference: r.paperReference, slug: r.paperSlug });
  }
  return [...items.values()];
}

export interface MeetingDocument {
  fileId: number;
  name: string;
  fileName: string;
  mimeType: string;
  size: number;
  storageKey: string;
  meetingId: number;
  /** What holds the file: the session itself, an agenda item, or a paper consulted on an item. */
  source: 'meeting' | 'agendaItem' | 'paper';
  /** The role on the join table (invitation, resultsProtocol, …; resolution, auxiliary; main, auxiliary). */
  role: string;
  agendaItem: { id: number; number: string | null; position: number; public: boolean } | null;
  paper: { reference: string; slug: string } | null;
  /** Whether the public may see the file too; access to the others is audited. */
  publiclyVisible: boolean;
}

const meetingFileOrder: Record<MeetingFileRole, number> = { invitation: 0, resultsProtocol: 1, verbatimProtocol: 2, auxiliary: 3 };

/**
 * Every document of these meetings that the viewer may see: the session's own files
 * (invitation, protocols, others), the files of its visible agenda items, and the files of the
 * visible papers consulted on them. Each file once per meeting, in agenda order: the session's
 * invitation and protocols first, then item by item.
 */
export async function listMeetingDocuments(db: Db, bodyId: number, viewer: Viewer, meetingIds: number[]): Promise<MeetingDocument[]> {
  if (meetingIds.length === 0) return [];
  const fileColumns = {
    fileId: files.id,
    name: files.name,
    fileName: files.fileName,
    mimeType: files.mimeType,
    size: files.size,
    storageKey: files.storageKey,
    publiclyVisible: sql<boolean>`${fileVisibleTo(anonymous)}`,
  };
  const itemColumns = {
    itemId: agendaItems.id,
    itemNumber: agendaItems.number,
    itemPosition: agendaItems.position,
    itemPublic: sql<boolean>`${agendaItemVisibleTo(anonymous)}`,
  };
  const [own, ofItems, ofPapers] = await Promise.all([
    db
      .select({ ...fileColumns, meetingId: meetingFiles.meetingId, role: meetingFiles.role, position: meetingFiles.position })
      .from(meetingFiles)
      .innerJoin(files, eq(files.id, meetingFiles.fileId))
      .where(and(eq(files.bodyId, bodyId), anyOf(meetingFiles.meetingId, meetingIds), isNull(meetingFiles.deletedAt), fileVisibleTo(viewer)))
      .orderBy(asc(meetingFiles.position), asc(files.id)),
    db
      .select({ ...fileColumns, ...itemColumns, meetingId: agendaItems.meetingId, role: agendaItemFiles.role, position: agendaItemFiles.position })
      .from(agendaItemFiles)
      .innerJoin(agendaItems, eq(agendaItems.id, agendaItemFiles.agendaItemId))
      .innerJoin(files, eq(files.id, agendaItemFiles.fileId))
      .where(
        and(
          eq(files.bodyId, bodyId),
          anyOf(agendaItems.meetingId, meetingIds),
          isNull(agendaItemFiles.deletedAt),
          agendaItemVisibleTo(viewer),
          fileVisibleTo(viewer),
        ),
      )
      .orderBy(asc(agendaItemFiles.position), asc(files.id)),
    db
      .select({
        ...fileColumns,
        ...itemColumns,
        meetingId: agendaItems.meetingId,
        role: paperFiles.role,
        position: paperFiles.position,
        paperReference: papers.reference,
        paperSlug: papers.slug,
        consultationId: consultations.id,
      })
      .from(consultations)
      .innerJoin(agendaItems, eq(agendaItems.id, consultations.agendaItemId))
      .innerJoin(papers, eq(papers.id, consultations.paperId))
      .innerJoin(paperFiles, and(eq(paperFiles.paperId, papers.id), isNull(paperFiles.deletedAt)))
      .innerJoin(files, eq(files.id, paperFiles.fileId))
      .where(
        and(
          eq(files.bodyId, bodyId),
          anyOf(agendaItems.meetingId, meetingIds),
          isNull(consultations.deletedAt),
          agendaItemVisibleTo(viewer),
          paperVisibleTo(viewer),
          fileVisibleTo(viewer),
        ),
      )
      .orderBy(asc(consultations.id), sql`${paperFiles.role} = 'main' desc`, asc(paperFiles.position), asc(files.id)),
  ]);

  const fileOf = (r: {
    fileId: number;
    name: string;
    fileName: string;
    mimeType: string;
    size: number;
    storageKey: string;
    meetingId: number;
    role: string;
    publiclyVisible: boolean;
  }) => ({
    fileId: r.fileId,
    name: r.name,
    fileName: r.fileName,
    mimeType: r.mimeType,
    size: r.size,
    storageKey: r.storageKey,
    meetingId: r.meetingId,
    role: r.role,
    publiclyVisible: r.publiclyVisible,
  });
  type Sorted = MeetingDocument & { order: number[] };
  const all: Sorted[] = [
    ...own.map(
      (r): Sorted => ({
        ...fileOf(r),
        source: 'meeting',
        agendaItem: null,
        paper: null,
        // invitation and protocols before the agenda, further session files after it
        order: r.role === 'auxiliary' ? [2, 0, 0, r.position] : [0, meetingFileOrder[r.role], 0, r.position],
      }),
    ),
    ...ofItems.map(
      (r): Sorted => ({
        ...fileOf(r),
        source: 'agendaItem',
        agendaItem: { id: r.itemId, number: r.itemNumber, position: r.itemPosition, public: r.itemPublic },
        paper: null,
        order: [1, r.itemPosition, r.itemId, 0, r.position],
      }),
    ),
    ...ofPapers.map(
      (r, i): Sorted => ({
        ...fileOf(r),
        source: 'paper',
        agendaItem: { id: r.itemId, number: r.itemNumber, position: r.itemPosition, public: r.itemPublic },
        paper: { reference: r.paperReference, slug: r.paperSlug },
        order: [1, r.itemPosition, r.itemId, 1, i],
      }),
    ),
  ];
  all.sort((a, b) => a.meetingId - b.meetingId || compareOrder(a.order, b.order));
  const seen = new Set<string>();
  return all
    .filter((d) => {
      const key = `${d.meetingId}:${d.fileId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ order: _order, ...d }) => d);
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
