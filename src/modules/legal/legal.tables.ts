/**
 * @module legal/tables — the legally required pages' texts per body (Impressum, Datenschutz,
 * Barrierefreiheit, Leichte Sprache, Gebärdensprache). A body without a row for a page shows the
 * default text; the first save stores one.
 */
import { integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { bodyRow } from '../../db/columns.ts';

export const legalPageKinds = ['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache', 'gebaerdensprache'] as const;
export type LegalPageKind = (typeof legalPageKinds)[number];

// a domain table: its rows change public pages, so the page cache must hear of every save
export const legalTexts = pgTable(
  'legal_texts',
  {
    ...bodyRow(),
    kind: text('kind', { enum: legalPageKinds }).notNull(),
    /** Sanitised rich text (legal/rich-text). */
    html: text('html').notNull(),
    /** Gebärdensprache: the link to the video in Deutscher Gebärdensprache. */
    videoUrl: text('video_url'),
    /** Barrierefreiheit: where feedback goes, instead of the body's contact address. */
    feedbackEmail: text('feedback_email'),
    /** Optimistic locking of the edit form. */
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('legal_texts_body_kind_unique').on(t.bodyId, t.kind)],
);
