/**
 * @module db/timestamps
 * OParl's `created`/`modified` and soft deletion (OParl `deleted`): rows are never removed, so
 * an API client asking for changes since a date learns of deletions too.
 */
import { timestamp } from 'drizzle-orm/pg-core';

export const timestamps = () => ({
  created: timestamp('created', { withTimezone: true }).notNull().defaultNow(),
  modified: timestamp('modified', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
});
