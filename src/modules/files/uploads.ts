/**
 * @module files/uploads
 * Files uploaded through a back-office form before the form is saved. The upload stores a
 * non-public `files` row at once (its text queued for extraction like every new file) and an
 * `uploads` row naming who uploaded it; saving the form claims it. What nobody claims within a
 * day (an abandoned form, a refused save) is removed with its bytes by a recurring sweep.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow, queryRows } from '../../db/rows.ts';
import type { FileStorage } from '../../infra/storage.ts';
import { z } from '../../lib/validation.ts';
import { audit } from '../audit/index.ts';
import { createFile, withProvisionalFiles, type FileRow } from './files.repo.ts';
import { files, uploads } from './files.tables.ts';

export interface NewUpload {
  bodyId: number;
  /** The account that uploads; only it may claim the file. */
  userId: number | null;
  /** Title shown to readers. */
  name: string;
  fileName: string;
  /** As recognised from the bytes (http/uploads), never as the browser claimed. */
  mimeType: string;
  bytes: Uint8Array;
  ip?: string | null;
}

/** Stores the bytes and both rows in one transaction; a rollback leaves no bytes behind. */
export async function storeUpload(db: Db, storage: FileStorage, input: NewUpload): Promise<FileRow> {
  return withProvisionalFiles(db, storage, (writer) =>
    db.transaction(async (tx) => {
      const file = await createFile(tx, writer, {
        bodyId: input.bodyId,
        name: input.name,
        fileName: input.fileName,
        mimeType: input.mimeType,
        bytes: input.bytes,
        public: false,
      });
      await tx.insert(uploads).values({ fileId: file.id, bodyId: input.bodyId, userId: input.userId });
      await audit(tx, {
        bodyId: input.bodyId,
        userId: input.userId,
        ip: input.ip ?? null,
        event: 'upload.stored',
        detail: { file: file.id, label: file.fileName },
      });
      return file;
    }),
  );
}

/**
 * Marks the upload as taken by a saved record and returns its file; undefined unless it is the
 * account's own, unclaimed upload in this body. Call it in the transaction that saves the record.
 */
export async function claimUpload(db: Db, input: { bodyId: number; userId: number | null; fileId: number }): Promise<FileRow | undefined> {
  if (input.userId === null) return undefined;
  const [claimed] = await db
    .update(uploads)
    .set({ claimed: sql`now()` })
    .where(and(eq(uploads.fileId, input.fileId), eq(uploads.bodyId, input.bodyId), eq(uploads.userId, input.userId), isNull(uploads.claimed)))
    .returning({ fileId: uploads.fileId });
  if (!claimed) return undefined;
  const [file] = await db
    .select()
    .from(files)
    .where(and(eq(files.id, claimed.fileId), isNull(files.deletedAt)));
  return file;
}

/**
 * A record no longer holds the file (a replaced logo): the sweep removes it like an abandoned
 * upload. Files that did not come through an upload stay. Returns whether one was released.
 */
export async function releaseUpload(db: Db, input: { bodyId: number; fileId: number }): Promise<boolean> {
  const rows = await db
    .update(uploads)
    .set({ claimed: null })
    .where(and(eq(uploads.fileId, input.fileId), eq(uploads.bodyId, input.bodyId)))
    .returning({ fileId: uploads.fileId });
  return rows.length > 0;
}

/** A file row by id whatever its visibility, for what the portal itself shows (the logo). */
export async function findFileById(db: Db, bodyId: number, id: number): Promise<FileRow | undefined> {
  const [row] = await db
    .select()
    .from(files)
    .where(and(eq(files.bodyId, bodyId), eq(files.id, id), isNull(files.deletedAt)));
  return row;
}

const staleRow = z.object({ file_id: z.number() });
const keyRow = z.object({ storage_key: z.string(), shared: z.boolean() });

function isForeignKeyViolation(error: unknown): boolean {
  for (let e: unknown = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause)
    if ('code' in e && (e as { code: unknown }).code === '23503') return true;
  return false;
}

/**
 * Deletes the uploads nobody claimed that are older than `olderThan`: the files row (its uploads
 * row goes with it) and the bytes, unless another row shares them. Returns how many went.
 */
export async function sweepUnclaimedUploads(db: Db, storage: FileStorage, olderThan: Date): Promise<number> {
  const stale = await queryRows(
    db,
    staleRow,
    sql`select file_id from uploads where claimed is null and created < ${olderThan.toISOString()}::timestamptz order by created limit 500`,
  );
  let removed = 0;
  for (const { file_id: fileId } of stale) {
    let gone: { storage_key: string; shared: boolean } | undefined;
    try {
      gone = await db.transaction(async (tx) => {
        // locked and checked again: a form saved in this moment keeps its file
        const still = await queryRow(
          tx,
          staleRow,
          sql`select file_id from uploads where file_id = ${fileId} and claimed is null and created < ${olderThan.toISOString()}::timestamptz for update`,
        );
        if (!still) return undefined;
        return queryRow(
          tx,
          keyRow,
          sql`delete from files where id = ${fileId} returning storage_key,
            exists (select 1 from files other where other.storage_key = files.storage_key and other.id <> files.id) as shared`,
        );
      });
    } catch (error) {
      // a record refers to it after all (linked without claiming): it is in use, keep it
      if (!isForeignKeyViolation(error)) throw error;
      await db.update(uploads).set({ claimed: sql`now()` }).where(eq(uploads.fileId, fileId));
      continue;
    }
    if (!gone) continue;
    removed += 1;
    // after the commit: a row never lacks its bytes; bytes left by a crash here are only bytes
    if (!gone.shared) await storage.remove(gone.storage_key);
  }
  return removed;
}

export interface UploadSweeps {
  /** Sweeps now; resolves to how many uploads went. */
  sweep(): Promise<number>;
  stop(): void;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Sweeps once now and then every `everyMs` (an hour), removing what was left unclaimed for
 * `maxAgeMs` (a day). Like the text jobs' sweep, it runs in every instance; the row locks keep
 * two of them from deleting the same upload twice.
 */
export async function startUploadSweeps(
  db: Db,
  storage: FileStorage,
  options: { everyMs?: number; maxAgeMs?: number; now?: () => Date; onError?: (err: unknown) => void } = {},
): Promise<UploadSweeps> {
  const now = options.now ?? (() => new Date());
  const maxAgeMs = options.maxAgeMs ?? 24 * HOUR_MS;
  const sweep = () => sweepUnclaimedUploads(db, storage, new Date(now().getTime() - maxAgeMs));
  await sweep().catch((err: unknown) => options.onError?.(err));
  const timer = setInterval(() => {
    sweep().catch((err: unknown) => options.onError?.(err));
  }, options.everyMs ?? HOUR_MS);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
