/**
 * @module legal/repo — the stored texts of the legal pages, their defaults, and saving with
 * optimistic locking: a form carries the version it was loaded with (0 while only the default
 * exists), and a save on a stale version is refused with the stored text, so nothing is lost.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { auditLegalTextSaved } from '../auth/index.ts';
import { sanitizeRichText } from '../papers/index.ts';
import { defaultLegalText } from './legal.defaults.ts';
import type { LegalPageKind } from './legal.kinds.ts';
import type { LegalBody } from './legal.placeholders.ts';
import { legalTexts } from './legal.tables.ts';

export interface LegalText {
  kind: LegalPageKind;
  html: string;
  videoUrl: string | null;
  feedbackEmail: string | null;
  /** 0: nothing stored yet, the default is shown. */
  version: number;
  modified: Date | null;
}

export interface LegalTextInput {
  html: string;
  videoUrl: string | null;
  feedbackEmail: string | null;
}

const columns = {
  kind: legalTexts.kind,
  html: legalTexts.html,
  videoUrl: legalTexts.videoUrl,
  feedbackEmail: legalTexts.feedbackEmail,
  version: legalTexts.version,
  modified: legalTexts.modified,
};

export async function findStoredLegalText(db: Db, bodyId: number, kind: LegalPageKind): Promise<LegalText | undefined> {
  const [row] = await db
    .select(columns)
    .from(legalTexts)
    .where(and(eq(legalTexts.bodyId, bodyId), eq(legalTexts.kind, kind), isNull(legalTexts.deletedAt)));
  return row;
}

/** The text a page shows: the stored one, else the default filled in from the body. */
export async function legalTextOf(db: Db, body: LegalBody & { id: number }, kind: LegalPageKind, siteUrl: string): Promise<LegalText> {
  return (
    (await findStoredLegalText(db, body.id, kind)) ?? {
      kind,
      html: defaultLegalText(kind, body, siteUrl),
      videoUrl: null,
      feedbackEmail: null,
      version: 0,
      modified: null,
    }
  );
}

/** Where feedback on accessibility goes: the address set with the statement, else the body's contact. */
export async function feedbackAddressOf(db: Db, body: { id: number; contactEmail: string | null }): Promise<string | undefined> {
  const stored = await findStoredLegalText(db, body.id, 'barrierefreiheit');
  return stored?.feedbackEmail ?? body.contactEmail ?? undefined;
}

/**
 * Saves a page's text (sanitised here, whatever the caller did) if nobody saved since `version`;
 * otherwise 'conflict' and nothing changes; 'empty' when nothing readable is left after sanitising.
 */
export async function saveLegalText(
  db: Db,
  bodyId: number,
  kind: LegalPageKind,
  version: number,
  input: LegalTextInput,
  actor: { userId: number | null; ip: string },
): Promise<Result<LegalText, 'conflict' | 'empty'>> {
  const values = { html: sanitizeRichText(input.html, { topHeading: 'h2' }), videoUrl: input.videoUrl, feedbackEmail: input.feedbackEmail };
  // a text of nothing but scripts and styles would leave the page blank
  if (values.html.replace(/<[^>]*>/g, '').trim() === '') return err('empty');
  const saved =
    version === 0
      ? await db
          .insert(legalTexts)
          .values({ bodyId, kind, ...values })
          .onConflictDoNothing()
          .returning(columns)
      : await db
          .update(legalTexts)
          .set({ ...values, version: sql`${legalTexts.version} + 1` })
          .where(and(eq(legalTexts.bodyId, bodyId), eq(legalTexts.kind, kind), eq(legalTexts.version, version)))
          .returning(columns);
  const [row] = saved;
  if (!row) return err('conflict');
  await auditLegalTextSaved(db, { bodyId, userId: actor.userId, ip: actor.ip, kind, version: row.version });
  return ok(row);
}
