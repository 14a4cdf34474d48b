/** @module bodies/tables — the Körperschaft (OParl Body) and its Wahlperioden. */
import { date, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps } from '../../db/timestamps.ts';

export const bodies = pgTable(
  'bodies',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    /** Stable short key used in configuration (`BODY_HOSTS`) and on the command line. */
    key: text('key').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    website: text('website'),
    license: text('license'),
    /** Amtlicher Gemeindeschlüssel and Regionalschlüssel. */
    ags: text('ags'),
    rgs: text('rgs'),
    classification: text('classification'),
    contactEmail: text('contact_email'),
    contactName: text('contact_name'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('bodies_key_unique').on(t.key)],
);

export const legislativeTerms = pgTable('legislative_terms', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  bodyId: integer('body_id')
    .notNull()
    .references(() => bodies.id),
  name: text('name').notNull(),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  endDate: date('end_date', { mode: 'string' }),
  ...timestamps(),
});
