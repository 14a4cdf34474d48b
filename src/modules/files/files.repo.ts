/** @module files/repo — all SQL on the files table. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { anonymous, fileVisibleTo, type Viewer } from '../access/visibility.ts';
import { files } from './files.tables.ts';
import type { FileStorage } from './storage.ts';

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

/** Stores the bytes, then records the file. Returns the new row. */
export async function createFile(db: Db, storage: FileStorage, input: NewFile): Promise<FileRow> {
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
