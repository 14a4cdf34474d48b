/** @module files/tables — stored documents (OParl File); the bytes live in file storage. */
import { boolean, date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { bodyRow } from '../../db/columns.ts';

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
    /** Extracted plain text, null until extraction ran. */
    text: text('text'),
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
  ],
);
