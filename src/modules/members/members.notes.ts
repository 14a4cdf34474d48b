/**
 * @module members/notes
 * Private notes (Notizen) on papers and files: only their author reads them, and a note is
 * written only for an object its author may see.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow } from '../../db/rows.ts';
import { ok, err, type Result } from '../../lib/result.ts';
import { z } from '../../lib/validation.ts';
import { fileVisibleTo, paperVisibleTo, type AccountViewer, type Viewer } from '../../access/index.ts';
import { files } from '../files/files.tables.ts';
import { papers } from '../papers/papers.tables.ts';
import { privateNotes } from './members.tables.ts';
import { anyOf, at } from './members.sql.ts';

export type NoteTarget = { kind: 'paper'; id: number } | { kind: 'file'; id: number };

export interface StoredNote {
  id: number;
  text: string;
  version: number;
  modified: Date;
}

export const NOTE_MAX_LENGTH = 20_000;

const noteTargetColumn = (target: NoteTarget) => (target.kind === 'paper' ? privateNotes.paperId : privateNotes.fileId);

/** The author's note on the object, or undefined. The caller has checked that the object is visible. */
export async function findNote(db: Db, userId: number, target: NoteTarget): Promise<StoredNote | undefined> {
  const [row] = await db
    .select({ id: privateNotes.id, text: privateNotes.text, version: privateNotes.version, modified: privateNotes.modified })
    .from(privateNotes)
    .where(and(eq(privateNotes.userId, userId), eq(noteTargetColumn(target), target.id)));
  return row;
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

/** The note was changed since the form was made; `current` is what is stored now (undefined: none). */
export interface NoteConflict {
  kind: 'conflict';
  current: StoredNote | undefined;
}

export type SaveNoteResult = Result<'saved' | 'deleted' | 'unchanged', NoteConflict>;

/**
 * Saves (or, for an empty text, deletes) the author's note, if the stored note is still the
 * version the form was made from (0: there was none). Every write names the object's
 * visibility in its own statement, so a note is never written on something hidden. Undefined
 * when the object does not exist or is hidden from the author.
 */
export async function saveNote(
  db: Db,
  bodyId: number,
  viewer: AccountViewer,
  target: NoteTarget,
  input: { text: string; version: number },
  now: Date,
): Promise<SaveNoteResult | undefined> {
  const visible = await queryRow(db, z.object({ visible: z.boolean() }), sql`select ${targetVisible(bodyId, viewer, target)} as visible`);
  if (!visible?.visible) return undefined;
  const current = await findNote(db, viewer.userId, target);
  const conflict = async (): Promise<SaveNoteResult> => {
    const latest = await findNote(db, viewer.userId, target);
    // the same text saved twice (a second tab, a double click) is no conflict
    if ((latest?.text ?? '') === input.text) return ok('unchanged');
    return err({ kind: 'conflict', current: latest });
  };
  if ((current?.version ?? 0) !== input.version) return conflict();
  const empty = input.text.trim() === '';
  if (!current) {
    if (empty) return ok('unchanged');
    const inserted = await queryRow(
      db,
      z.object({ id: z.number() }),
      sql`insert into ${privateNotes} (user_id, paper_id, file_id, text, created, modified)
      select ${viewer.userId}, ${target.kind === 'paper' ? target.id : null}::int, ${target.kind === 'file' ? target.id : null}::int, ${input.text}, ${at(now)}, ${at(now)}
      where ${targetVisible(bodyId, viewer, target)}
      on conflict do nothing
      returning id`,
    );
    return inserted ? ok('saved') : conflict();
  }
  const same = and(
    eq(privateNotes.id, current.id),
    eq(privateNotes.userId, viewer.userId),
    eq(privateNotes.version, input.version),
    targetVisible(bodyId, viewer, target),
  );
  if (empty) {
    const deleted = await db.delete(privateNotes).where(same).returning({ id: privateNotes.id });
    return deleted.length > 0 ? ok('deleted') : conflict();
  }
  if (current.text === input.text) return ok('unchanged');
  const updated = await db
    .update(privateNotes)
    .set({ text: input.text, version: sql`${privateNotes.version} + 1`, modified: now })
    .where(same)
    .returning({ id: privateNotes.id });
  return updated.length > 0 ? ok('saved') : conflict();
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
    ...onPapers.map(
      (n): NoteListEntry => ({
        kind: 'paper',
        targetId: n.id,
        title: `${n.reference}: ${n.name}`,
        href: `/vorlagen/${n.slug}#meine-notiz`,
        excerpt: excerptOf(n.text),
        modified: n.modified,
      }),
    ),
    ...onFiles.map(
      (n): NoteListEntry => ({ kind: 'file', targetId: n.id, title: n.name, href: `/notizen/datei/${n.id}`, excerpt: excerptOf(n.text), modified: n.modified }),
    ),
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
