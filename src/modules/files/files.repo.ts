/** @module files/repo — all SQL on the files table. */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { anonymous, fileVisibleTo, publicRegardlessOfDeletion, type Viewer } from '../../access/index.ts';
import { files } from './files.tables.ts';
import type { FileStorage, ObjectWriter, ProvisionalKeys, ProvisionalWriter } from '../../infra/storage.ts';

export type FileRow = typeof files.$inferSelect;

export interface NewFile {
  bodyId: number;
  name: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  date?: string | null;
  public?: boolean;
  /** Extracted text where the caller already knows it. */
  text?: string | null;
}

/**
 * Stores the bytes, then records the file. Returns the new row. Inside a transaction, pass the
 * writer of `withProvisionalFiles`, so that a rollback (or a killed process) leaves no bytes behind.
 */
export async function createFile(db: Db, storage: ObjectWriter, input: NewFile): Promise<FileRow> {
  const stored = await storage.put(input.bytes);
  const [row] = await db
    .insert(files)
    .values({
      bodyId: input.bodyId,
      name: input.name,
      fileName: input.fileName,
      mimeType: input.mimeType,
      size: stored.size,
      sha256: stored.sha256,
      storageKey: stored.key,
      date: input.date ?? null,
      public: input.public ?? true,
      text: input.text ?? null,
      // unknown text waits for the extraction jobs (files/text-jobs)
      textState: input.text == null ? 'pending' : 'done',
    })
    .returning();
  if (!row) throw new Error('insert into files returned no row');
  return row;
}

/**
 * Runs `work`, normally one `db.transaction`, with a writer whose objects are provisional: when
 * work has ended, committed or not, the bytes that no `files` row references are deleted. First
 * it removes what killed processes left behind (`removeAbandonedFiles`). See files/storage.
 */
export async function withProvisionalFiles<T>(db: Db, storage: FileStorage, work: (writer: ProvisionalWriter) => Promise<T>): Promise<T> {
  await removeAbandonedFiles(db, storage);
  const writer = storage.provisional();
  try {
    return await work(writer);
  } finally {
    // After a commit this only forgets the markers. If the database cannot answer now (or the
    // commit's outcome is unknown), the markers stay and a later sweep decides, by the rows.
    await settleProvisional(db, writer).catch(() => undefined);
  }
}

/** Deletes the provisional bytes of writers that are gone and that no row references. Returns how many. */
export async function removeAbandonedFiles(db: Db, storage: FileStorage): Promise<number> {
  let removed = 0;
  for (const left of await storage.abandoned()) removed += await settleProvisional(db, left);
  return removed;
}

async function settleProvisional(db: Db, provisional: ProvisionalKeys): Promise<number> {
  const keys = [...provisional.keys];
  // soft-deleted rows still reference their bytes
  const rows = keys.length
    ? await db
        .select({ key: files.storageKey })
        .from(files)
        .where(sql`${files.storageKey} = any(${sql.param(keys)}::text[])`)
    : [];
  const { removed } = await provisional.settle(new Set(rows.map((r) => r.key)));
  return removed;
}

/**
 * A file the viewer may download, or undefined: missing and hidden look the same.
 * `publiclyVisible` tells whether the public may see it too (access to the others is audited).
 */
export async function findVisibleFile(db: Db, bodyId: number, viewer: Viewer, id: number): Promise<(FileRow & { publiclyVisible: boolean }) | undefined> {
  const [row] = await db
    .select({ file: files, publiclyVisible: sql<boolean>`${fileVisibleTo(anonymous)}` })
    .from(files)
    .where(and(eq(files.bodyId, bodyId), eq(files.id, id), fileVisibleTo(viewer)));
  return row ? { ...row.file, publiclyVisible: row.publiclyVisible } : undefined;
}

/**
 * Whether the file was deleted after the public could see it: then its deletion is public
 * knowledge too (410 Gone). A deleted file that was never public stays a plain 404.
 */
export async function wasPublicBeforeDeletion(db: Db, bodyId: number, id: number): Promise<boolean> {
  const [row] = await db
    .select({ id: files.id })
    .from(files)
    .where(and(eq(files.bodyId, bodyId), eq(files.id, id), isNotNull(files.deletedAt), publicRegardlessOfDeletion.file()));
  return row !== undefined;
}
