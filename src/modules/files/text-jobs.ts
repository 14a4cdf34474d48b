/**
 * @module files/text-jobs
 * Text extraction of attachments as background jobs in the database (pg-boss): a job survives a
 * restart, runs once across several instances, and is retried with backoff. Each file records
 * its own state (`text_state`, `text_error`, `text_attempts`) for the administration.
 *
 * Files are created `pending`; a sweep (at start and then every few seconds) queues a job for
 * each pending file, one per file at a time (queue policy `stately`, keyed by the file id).
 */
import { and, eq, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Database, Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { files, textStates } from './files.tables.ts';
import type { FileStorage } from '../../infra/storage.ts';
import { extractFileText, ocrAvailable, TextExtractionError, type ExtractionOptions } from './text-extraction.ts';

const QUEUE = 'file-text';
const BATCH_SIZE = 16;
/** Extraction is CPU work in this process; more than a couple side by side only queue up. */
const CONCURRENCY = 2;
const POLLING_SECONDS = 1;
const idRow = z.object({ id: z.number() });

export interface TextJobOptions {
  /** Retries after the first attempt (default 3). */
  retryLimit?: number;
  /** Seconds before the first retry; doubled each time (default 30). */
  retryDelaySeconds?: number;
  /** Seconds between sweeps for pending files (default 10). */
  sweepSeconds?: number;
  ocr?: ExtractionOptions['ocr'];
  /** Jobs fetched at once (default 16) and extracted side by side (default 2). */
  batchSize?: number;
  concurrency?: number;
  onError?: (err: unknown) => void;
}

export const defaultOcr: NonNullable<ExtractionOptions['ocr']> = { maxPages: 50, timeoutMs: 120_000, language: 'deu' };

export interface TextJobs {
  /** Queues jobs for every pending file now (else the next sweep does). */
  sweep(): Promise<number>;
  stop(): Promise<void>;
}

interface JobData {
  fileId: number;
}

export async function startTextJobs(database: Database, storage: FileStorage, options: TextJobOptions = {}): Promise<TextJobs> {
  const retryLimit = options.retryLimit ?? 3;
  const ocr = options.ocr === undefined ? ((await ocrAvailable()) ? defaultOcr : null) : options.ocr;
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.rawQuery(text, values) },
    schedule: false,
    // maintenance deletes old jobs; one instance of it is enough, pg-boss elects it with a lock
    supervise: true,
  });
  boss.on('error', (err) => options.onError?.(err));
  await boss.start();
  await boss.createQueue(QUEUE, {
    name: QUEUE,
    policy: 'stately',
    retryLimit,
    retryDelay: options.retryDelaySeconds ?? 30,
    retryBackoff: true,
    // the OCR time limit plus reading and writing, for each round of a batch
    expireInSeconds: (Math.ceil((ocr?.timeoutMs ?? 60_000) / 1000) + 120) * Math.ceil((options.batchSize ?? BATCH_SIZE) / (options.concurrency ?? CONCURRENCY)),
  });
  // Several files per fetch, a few at a time: one job per poll (every 2 s) left a fresh demo
  // with hundreds of files waiting after 15 minutes, though a text PDF takes milliseconds.
  const batchSize = options.batchSize ?? BATCH_SIZE;
  let workerId: string | undefined;
  workerId = await boss.work<JobData>(QUEUE, { includeMetadata: true, batchSize, pollingIntervalSeconds: POLLING_SECONDS }, async (jobs) => {
    await inParallel(jobs, options.concurrency ?? CONCURRENCY, async (job) => {
      try {
        await extractOne(database.db, storage, job.data.fileId, { ocr }, job.retryCount >= job.retryLimit, job.retryCount === 0);
      } catch (err) {
        // only this job is retried; pg-boss completes the rest of the batch (fail comes first)
        await boss.fail(QUEUE, job.id, { message: err instanceof Error ? err.message : String(err) });
      }
    });
    // a full batch means more are waiting: fetch again at once instead of after the interval
    if (jobs.length === batchSize && workerId) boss.notifyWorker(workerId);
  });

  // A file with an error waits for its job's retry: a second job beside it (the queue allows
  // one queued beside one retrying) could run in the same batch and count a third attempt.
  const sweep = async (): Promise<number> => {
    const pending = await queryRows(
      database.db,
      idRow,
      sql`select id from files where text_state = 'pending' and text_error is null and deleted_at is null order by id limit 1000`,
    );
    let queued = 0;
    for (const { id } of pending) {
      if (await boss.send(QUEUE, { fileId: id } satisfies JobData, { singletonKey: String(id) })) queued += 1;
    }
    return queued;
  };
  let timer: NodeJS.Timeout | undefined;
  const loop = () => {
    timer = setTimeout(
      () => {
        sweep()
          .catch((err: unknown) => options.onError?.(err))
          .finally(loop);
      },
      (options.sweepSeconds ?? 10) * 1000,
    );
    timer.unref();
  };
  await sweep();
  loop();
  return {
    sweep,
    async stop() {
      if (timer) clearTimeout(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * Extracts one file's text and records the outcome. A permanent failure (unreadable file) or
 * the last attempt marks the file `failed`; a transient one throws so that the queue retries.
 */
export async function extractOne(
  db: Db,
  storage: FileStorage,
  fileId: number,
  options: ExtractionOptions,
  lastAttempt: boolean,
  firstAttempt = true,
): Promise<void> {
  const [file] = await db.select().from(files).where(eq(files.id, fileId));
  if (file?.textState !== 'pending' || file.deletedAt) return;
  // A pending file with an error belongs to the job that is waiting for its retry: a first
  // attempt finding one is a duplicate the sweep queued while that job ran, and must not count.
  if (firstAttempt && file.textError !== null) return;
  const record = (values: Partial<typeof files.$inferInsert>) =>
    db
      .update(files)
      .set({ ...values, textAttempts: sql`${files.textAttempts} + 1` })
      .where(and(eq(files.id, fileId), eq(files.textState, 'pending')));
  try {
    const bytes = await storage.get(file.storageKey);
    if (!bytes) throw new TextExtractionError('Die Datei fehlt im Dateispeicher.', false);
    const extracted = await extractFileText(bytes, file.mimeType, options);
    await record(
      extracted
        ? { text: extracted.text, textState: 'done', textMethod: extracted.method, textPages: extracted.pages, textError: null }
        : { textState: 'none', textMethod: null, textPages: null, textError: null },
    );
  } catch (err) {
    const message = err instanceof TextExtractionError ? err.message : `Unerwarteter Fehler: ${err instanceof Error ? err.message : String(err)}`;
    const permanent = err instanceof TextExtractionError && err.permanent;
    await record({ textError: message, ...(permanent || lastAttempt ? { textState: 'failed' as const } : {}) });
    if (!permanent && !lastAttempt) throw err;
  }
}

/** Puts failed files back into the queue (the administration's „Erneut versuchen“). */
export async function retryFailedTexts(db: Db, bodyId: number, fileId?: number): Promise<number> {
  const rows = await queryRows(
    db,
    idRow,
    sql`update files set text_state = 'pending', text_error = null where body_id = ${bodyId} and text_state = 'failed'
      ${fileId === undefined ? sql`` : sql`and id = ${fileId}`} returning id`,
  );
  return rows.length;
}

export interface TextStateSummary {
  counts: Record<'pending' | 'done' | 'failed' | 'none', number>;
  problems: Array<{ id: number; name: string; fileName: string; state: string; error: string | null; attempts: number }>;
}

/** What the administration sees: counts per state and the files that failed or wait. */
export async function textStateSummary(db: Db, bodyId: number): Promise<TextStateSummary> {
  const counts = { pending: 0, done: 0, failed: 0, none: 0 };
  const rows = await queryRows(
    db,
    z.object({ state: z.enum(textStates), n: z.number() }),
    sql`select text_state as state, count(*)::int as n from files where body_id = ${bodyId} and deleted_at is null group by text_state`,
  );
  for (const row of rows) counts[row.state] = row.n;
  const problems = await queryRows(
    db,
    z.object({ id: z.number(), name: z.string(), file_name: z.string(), state: z.string(), error: z.string().nullable(), attempts: z.number() }),
    sql`select id, name, file_name, text_state as state, text_error as error, text_attempts as attempts from files
      where body_id = ${bodyId} and deleted_at is null and text_state in ('failed', 'pending')
      order by text_state = 'failed' desc, id limit 200`,
  );
  return { counts, problems: problems.map((p) => ({ id: p.id, name: p.name, fileName: p.file_name, state: p.state, error: p.error, attempts: p.attempts })) };
}
