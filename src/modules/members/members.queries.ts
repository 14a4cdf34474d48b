/**
 * @module members/queries
 * All SQL of the members' area: the viewer's coming sessions with their agenda and documents,
 * what is new since the last visit, private notes and subscriptions. Every read of papers,
 * agenda items and files goes through the visibility policy, in SQL; a note or subscription is
 * written only for an object its author may see.
 */
import { intArray } from '../../db/sql-arrays.ts';
import { and, asc, desc, eq, gt, gte, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { uncheckedRows } from '../../db/rows.ts';
import { agendaItemVisibleTo, anonymous, fileVisibleTo, meetingNonPublicVisibleTo, paperVisibleTo, type AccountViewer, type Viewer } from '../../access/index.ts';
import { users } from '../auth/auth.tables.ts';
import { files } from '../files/files.tables.ts';
import { agendaItemFiles, agendaItems, meetingFiles, meetingOrganizations, meetings, type MeetingFileRole, type MeetingState } from '../meetings/meetings.tables.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { consultations, paperFiles, papers } from '../papers/papers.tables.ts';
import { persons } from '../people/people.tables.ts';
import { privateNotes, subscriptions, type SubscriptionKind } from './members.tables.ts';

// ids travel as one array parameter, like the visibility policy's
const anyOf = (column: AnyColumn, values: number[]) => sql`${column} = any(${intArray(values)})`;
const at = (value: Date) => sql`${value.toISOString()}::timestamptz`;

// ---------------------------------------------------------------------------------------------
// Sessions and their documents

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

/**
 * The next sessions whose non-public part the viewer may see: a Gremium of the account's, an
 * invitation, or everything for the administration. Cancelled sessions stay in (marked so).
 */
export async function listUpcomingMeetings(db: Db, bodyId: number, viewer: AccountViewer, now: Date, limit = 5): Promise<MeetingSummary[]> {
  const rows = await db
    .select({ id: meetings.id, name: meetings.name, start: meetings.start, cancelled: meetings.cancelled, state: meetings.meetingState })
    .from(meetings)
    .where(
      and(
        eq(meetings.bodyId, bodyId),
        isNull(meetings.deletedAt),
        gte(meetings.start, now),
        meetingNonPublicVisibleTo(viewer, sql`${meetings.id}`),
      ),
    )
    .orderBy(asc(meetings.start), asc(meetings.id))
    .limit(limit);
  if (rows.length === 0) return [];
  const orgs = await db
    .select({ meetingId: meetingOrganizations.meetingId, id: organizations.id, name: organizations.name })
    .from(meetingOrganizations)
    .innerJoin(organizations, eq(organizations.id, meetingOrganizations.organizationId))
    .where(and(anyOf(meetingOrganizations.meetingId, rows.map((r) => r.id)), isNull(meetingOrganizations.deletedAt)))
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

  const fileOf = (r: { fileId: number; name: string; fileName: string; mimeType: string; size: number; storageKey: string; meetingId: number; role: string; publiclyVisible: boolean }) => ({
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
    ...own.map((r): Sorted => ({
      ...fileOf(r),
      source: 'meeting',
      agendaItem: null,
      paper: null,
      // invitation and protocols before the agenda, further session files after it
      order: r.role === 'auxiliary' ? [2, 0, 0, r.position] : [0, meetingFileOrder[r.role], 0, r.position],
    })),
    ...ofItems.map((r): Sorted => ({
      ...fileOf(r),
      source: 'agendaItem',
      agendaItem: { id: r.itemId, number: r.itemNumber, position: r.itemPosition, public: r.itemPublic },
      paper: null,
      order: [1, r.itemPosition, r.itemId, 0, r.position],
    })),
    ...ofPapers.map((r, i): Sorted => ({
      ...fileOf(r),
      source: 'paper',
      agendaItem: { id: r.itemId, number: r.itemNumber, position: r.itemPosition, public: r.itemPublic },
      paper: { reference: r.paperReference, slug: r.paperSlug },
      order: [1, r.itemPosition, r.itemId, 1, i],
    })),
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

// ---------------------------------------------------------------------------------------------
// „Neu seit meinem letzten Besuch“

/** A visit counts as a new one when the last was longer ago than this. */
const VISIT_GAP = '1 hour';

/**
 * Records a visit to the members' area and returns the moment after which changes count as
 * new (null: never seen). A visit more than an hour after the previous one moves that moment to
 * the previous visit, so reloading within a visit keeps showing the same news.
 */
export async function recordAreaVisit(db: Db, userId: number, now: Date): Promise<Date | null> {
  const [row] = await db
    .update(users)
    .set({
      areaSeenAt: sql`case when ${users.areaVisitedAt} is null or ${users.areaVisitedAt} < ${at(now)} - interval '${sql.raw(VISIT_GAP)}'
        then greatest(${users.areaSeenAt}, ${users.areaVisitedAt}) else ${users.areaSeenAt} end`,
      areaVisitedAt: now,
      // a visit is no change of the account
      modified: sql`${users.modified}`,
    })
    .where(eq(users.id, userId))
    .returning({ seenAt: users.areaSeenAt });
  return row?.seenAt ?? null;
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

// ---------------------------------------------------------------------------------------------
// Private notes

export type NoteTarget = { kind: 'paper'; id: number } | { kind: 'file'; id: number };

export interface StoredNote {
  id: number;
  text: string;
  version: number;
  modified: Date;
}

export const NOTE_MAX_LENGTH = 20_000;

const noteTargetColumn = (target: NoteTarget) => (target.kind === 'paper' ? privateNotes.paperId : privateNotes.fileId);

/** The author's note on the object, or null. The caller has checked that the object is visible. */
export async function findNote(db: Db, userId: number, target: NoteTarget): Promise<StoredNote | null> {
  const [row] = await db
    .select({ id: privateNotes.id, text: privateNotes.text, version: privateNotes.version, modified: privateNotes.modified })
    .from(privateNotes)
    .where(and(eq(privateNotes.userId, userId), eq(noteTargetColumn(target), target.id)));
  return row ?? null;
}

export interface NoteFile {
  id: number;
  name: string;
  fileName: string;
  mimeType: string;
  size: number;
}

/** A file the viewer may see, for its note page. */
export async function findVisibleNoteFile(db: Db, bodyId: number, viewer: Viewer, id: number): Promise<NoteFile | undefined> {
  const [row] = await db
    .select({ id: files.id, name: files.name, fileName: files.fileName, mimeType: files.mimeType, size: files.size })
    .from(files)
    .where(and(eq(files.bodyId, bodyId), eq(files.id, id), fileVisibleTo(viewer)));
  return row;
}

export interface NotePaper {
  id: number;
  reference: string;
  slug: string;
  name: string;
}

export async function findVisibleNotePaper(db: Db, bodyId: number, viewer: Viewer, id: number): Promise<NotePaper | undefined> {
  const [row] = await db
    .select({ id: papers.id, reference: papers.reference, slug: papers.slug, name: papers.name })
    .from(papers)
    .where(and(eq(papers.bodyId, bodyId), eq(papers.id, id), paperVisibleTo(viewer)));
  return row;
}

/** The object's visibility as a condition on a note row (for writes). */
function targetVisible(bodyId: number, viewer: Viewer, target: NoteTarget): SQL {
  return target.kind === 'paper'
    ? sql`exists (select 1 from ${papers} where ${papers.id} = ${target.id} and ${papers.bodyId} = ${bodyId} and ${paperVisibleTo(viewer)})`
    : sql`exists (select 1 from ${files} where ${files.id} = ${target.id} and ${files.bodyId} = ${bodyId} and ${fileVisibleTo(viewer)})`;
}

export type SaveNoteResult =
  | { outcome: 'saved' | 'deleted' | 'unchanged' }
  | { outcome: 'conflict'; current: StoredNote | null }
  | { outcome: 'notFound' };

/**
 * Saves (or, for an empty text, deletes) the author's note, if the stored note is still the
 * version the form was made from (0: there was none). Every write names the object's
 * visibility in its own statement, so a note is never written on something hidden.
 */
export async function saveNote(
  db: Db,
  bodyId: number,
  viewer: AccountViewer,
  target: NoteTarget,
  input: { text: string; version: number },
  now: Date,
): Promise<SaveNoteResult> {
  const [visible] = await uncheckedRows<{ ok: boolean }>(db, sql`select ${targetVisible(bodyId, viewer, target)} as ok`);
  if (!visible?.ok) return { outcome: 'notFound' };
  const current = await findNote(db, viewer.userId, target);
  const conflict = async (): Promise<SaveNoteResult> => {
    const latest = await findNote(db, viewer.userId, target);
    // the same text saved twice (a second tab, a double click) is no conflict
    if ((latest?.text ?? '') === input.text) return { outcome: 'unchanged' };
    return { outcome: 'conflict', current: latest };
  };
  if ((current?.version ?? 0) !== input.version) return conflict();
  const empty = input.text.trim() === '';
  if (!current) {
    if (empty) return { outcome: 'unchanged' };
    const inserted = await uncheckedRows<{ id: number }>(db, sql`insert into ${privateNotes} (user_id, paper_id, file_id, text, created, modified)
      select ${viewer.userId}, ${target.kind === 'paper' ? target.id : null}::int, ${target.kind === 'file' ? target.id : null}::int, ${input.text}, ${at(now)}, ${at(now)}
      where ${targetVisible(bodyId, viewer, target)}
      on conflict do nothing
      returning id`);
    return inserted.length > 0 ? { outcome: 'saved' } : conflict();
  }
  const same = and(eq(privateNotes.id, current.id), eq(privateNotes.userId, viewer.userId), eq(privateNotes.version, input.version), targetVisible(bodyId, viewer, target));
  if (empty) {
    const deleted = await db.delete(privateNotes).where(same).returning({ id: privateNotes.id });
    return deleted.length > 0 ? { outcome: 'deleted' } : conflict();
  }
  if (current.text === input.text) return { outcome: 'unchanged' };
  const updated = await db
    .update(privateNotes)
    .set({ text: input.text, version: sql`${privateNotes.version} + 1`, modified: now })
    .where(same)
    .returning({ id: privateNotes.id });
  return updated.length > 0 ? { outcome: 'saved' } : conflict();
}

export interface NoteListEntry {
  kind: 'paper' | 'file';
  targetId: number;
  /** „VO/2025/246: Aktionsplan …“ or the file's title. */
  title: string;
  href: string;
  excerpt: string;
  modified: Date;
}

const excerptOf = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
};

/** The author's notes on objects they may (still) see, newest first. */
export async function listNotes(db: Db, bodyId: number, viewer: AccountViewer): Promise<NoteListEntry[]> {
  const [onPapers, onFiles] = await Promise.all([
    db
      .select({ id: papers.id, reference: papers.reference, slug: papers.slug, name: papers.name, text: privateNotes.text, modified: privateNotes.modified })
      .from(privateNotes)
      .innerJoin(papers, eq(papers.id, privateNotes.paperId))
      .where(and(eq(privateNotes.userId, viewer.userId), eq(papers.bodyId, bodyId), paperVisibleTo(viewer))),
    db
      .select({ id: files.id, name: files.name, text: privateNotes.text, modified: privateNotes.modified })
      .from(privateNotes)
      .innerJoin(files, eq(files.id, privateNotes.fileId))
      .where(and(eq(privateNotes.userId, viewer.userId), eq(files.bodyId, bodyId), fileVisibleTo(viewer))),
  ]);
  return [
    ...onPapers.map((n): NoteListEntry => ({
      kind: 'paper',
      targetId: n.id,
      title: `${n.reference}: ${n.name}`,
      href: `/vorlagen/${n.slug}#meine-notiz`,
      excerpt: excerptOf(n.text),
      modified: n.modified,
    })),
    ...onFiles.map((n): NoteListEntry => ({ kind: 'file', targetId: n.id, title: n.name, href: `/notizen/datei/${n.id}`, excerpt: excerptOf(n.text), modified: n.modified })),
  ].sort((a, b) => b.modified.getTime() - a.modified.getTime());
}

/** Which of these files carry a note of the author's. */
export async function fileIdsWithNotes(db: Db, userId: number, fileIds: number[]): Promise<Set<number>> {
  if (fileIds.length === 0) return new Set();
  const rows = await db
    .select({ fileId: privateNotes.fileId })
    .from(privateNotes)
    .where(and(eq(privateNotes.userId, userId), anyOf(privateNotes.fileId, fileIds)));
  return new Set(rows.flatMap((r) => (r.fileId === null ? [] : [r.fileId])));
}

// ---------------------------------------------------------------------------------------------
// Subscriptions

const subscriptionColumn = {
  organization: subscriptions.organizationId,
  paper: subscriptions.paperId,
  person: subscriptions.personId,
} as const;

/** Whether the object exists in the body and, for a paper, the viewer may see it. */
export async function subscriptionTargetExists(db: Db, bodyId: number, viewer: Viewer, kind: SubscriptionKind, id: number): Promise<boolean> {
  const rows =
    kind === 'paper'
      ? await db.select({ id: papers.id }).from(papers).where(and(eq(papers.bodyId, bodyId), eq(papers.id, id), paperVisibleTo(viewer)))
      : kind === 'organization'
        ? await db.select({ id: organizations.id }).from(organizations).where(and(eq(organizations.bodyId, bodyId), eq(organizations.id, id), isNull(organizations.deletedAt)))
        : await db.select({ id: persons.id }).from(persons).where(and(eq(persons.bodyId, bodyId), eq(persons.id, id), isNull(persons.deletedAt)));
  return rows.length > 0;
}

/** The id of the account's subscription of the object, or null. */
export async function findSubscriptionId(db: Db, userId: number, kind: SubscriptionKind, targetId: number): Promise<number | null> {
  const [row] = await db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, userId), eq(subscriptions.kind, kind), eq(subscriptionColumn[kind], targetId)));
  return row?.id ?? null;
}

/** Subscribes; subscribing twice changes nothing. The caller has checked the target. */
export async function addSubscription(db: Db, userId: number, kind: SubscriptionKind, targetId: number): Promise<void> {
  await db
    .insert(subscriptions)
    .values({
      userId,
      kind,
      organizationId: kind === 'organization' ? targetId : null,
      paperId: kind === 'paper' ? targetId : null,
      personId: kind === 'person' ? targetId : null,
    })
    .onConflictDoNothing();
}

/** Removes the account's own subscription; false when there is none with this id. */
export async function removeSubscription(db: Db, userId: number, id: number): Promise<boolean> {
  const rows = await db
    .delete(subscriptions)
    .where(and(eq(subscriptions.id, id), eq(subscriptions.userId, userId)))
    .returning({ id: subscriptions.id });
  return rows.length > 0;
}

export interface SubscriptionEntry {
  id: number;
  kind: SubscriptionKind;
  /** Null when the object is gone or no longer visible to the account. */
  target: { title: string; href: string } | null;
}

export async function listSubscriptions(db: Db, bodyId: number, viewer: AccountViewer): Promise<SubscriptionEntry[]> {
  const rows = await db
    .select({
      id: subscriptions.id,
      kind: subscriptions.kind,
      organizationId: organizations.id,
      organizationName: organizations.name,
      paperSlug: papers.slug,
      paperReference: papers.reference,
      paperName: papers.name,
      personId: persons.id,
      personTitle: persons.title,
      personGivenName: persons.givenName,
      personFamilyName: persons.familyName,
      personAffix: persons.affix,
    })
    .from(subscriptions)
    .leftJoin(organizations, and(eq(organizations.id, subscriptions.organizationId), eq(organizations.bodyId, bodyId), isNull(organizations.deletedAt)))
    .leftJoin(papers, and(eq(papers.id, subscriptions.paperId), eq(papers.bodyId, bodyId), paperVisibleTo(viewer)))
    .leftJoin(persons, and(eq(persons.id, subscriptions.personId), eq(persons.bodyId, bodyId), isNull(persons.deletedAt)))
    .where(eq(subscriptions.userId, viewer.userId))
    .orderBy(asc(subscriptions.kind), asc(subscriptions.created), asc(subscriptions.id));
  return rows.map((r): SubscriptionEntry => {
    const target =
      r.kind === 'organization' && r.organizationId !== null && r.organizationName !== null
        ? { title: r.organizationName, href: `/gremien/${r.organizationId}` }
        : r.kind === 'paper' && r.paperSlug !== null
          ? { title: `${r.paperReference ?? ''}: ${r.paperName ?? ''}`, href: `/vorlagen/${r.paperSlug}` }
          : r.kind === 'person' && r.personId !== null && r.personFamilyName !== null
            ? {
                title: [...(r.personTitle ?? []), r.personGivenName, r.personFamilyName, r.personAffix].filter((p) => p !== null && p.trim() !== '').join(' '),
                href: `/personen/${r.personId}`,
              }
            : null;
    return { id: r.id, kind: r.kind, target };
  });
}
