/** @module files/tables — stored documents (OParl File); the bytes live in file storage. */
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { bodyRow } from '../../db/columns.ts';
import { outsideDomain } from '../../db/table-kinds.ts';
import { users } from '../auth/auth.tables.ts';
import { bodies } from '../bodies/bodies.tables.ts';

export const textStates = ['pending', 'done', 'failed', 'none'] as const;
export type TextState = (typeof textStates)[number];

export const files = pgTable(
  'files',
  {
    ...bodyRow(),
    /** Title shown to readers, e.g. „Aktionsplan Integration“. */
    name: text('name').notNull(),
    /** File name used in downloads, e.g. `aktionsplan-integration.pdf`. */
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    /** Extracted plain text, pages separated by form feeds (`\f`); null until extraction ran. */
    text: text('text'),
    /** pending → done | failed (after the last retry); `none` for formats without text. */
    textState: text('text_state').$type<TextState>().notNull().default('pending'),
    textMethod: text('text_method'),
    textPages: integer('text_pages'),
    /** Why the last extraction failed, in German, for the administration. */
    textError: text('text_error'),
    textAttempts: integer('text_attempts').notNull().default(0),
    date: date('date', { mode: 'string' }),
    license: text('license'),
    /**
     * Own flag, but a file is only shown when every paper and agenda item it belongs to is
     * visible too (see access/visibility): one mistaken flag must not publish it.
     */
    public: boolean('public').notNull().default(true),
  },
  (t) => [
    index('files_body_idx').on(t.bodyId),
    index('files_sha256_idx').on(t.bodyId, t.sha256),
    // „neu seit meinem letzten Besuch“ walks files newest first
    index('files_body_modified_idx').on(t.bodyId, t.modified),
    index('files_text_state_idx').on(t.textState).where(sql`${t.textState} <> 'done'`),
  ],
);

/**
 * Files uploaded through a back-office form that no saved record has taken yet. The file row
 * exists from the upload on (non-public, its text already queued for extraction); saving the
 * form claims it (`claimed` set). An upload left unclaimed is removed with its bytes by the
 * orphan job, so an abandoned form leaves nothing behind.
 */
export const uploads = outsideDomain(
  pgTable(
    'uploads',
    {
      fileId: integer('file_id')
        .primaryKey()
        .references(() => files.id, { onDelete: 'cascade' }),
      bodyId: integer('body_id')
        .notNull()
        .references(() => bodies.id),
      /** The account that uploaded it: only they may claim it. */
      userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
      created: timestamp('created', { withTimezone: true }).notNull().defaultNow(),
      claimed: timestamp('claimed', { withTimezone: true }),
    },
    (t) => [index('uploads_unclaimed_idx').on(t.created).where(sql`${t.claimed} is null`)],
  ),
);
