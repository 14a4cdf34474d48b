/** @module bodies/tables — the Körperschaft (OParl Body) and its Wahlperioden. */
import { date, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
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
    contactPhone: text('contact_phone'),
    /** Postal address of the administration, one line per line. */
    contactAddress: text('contact_address'),
    /** The logo shown in the header: a non-public `files` row (foreign key in the migration, to keep the table imports acyclic). */
    logoFileId: integer('logo_file_id'),
    /** Ladungsfrist: days between sending the invitation and the session. */
    noticeDays: integer('notice_days').notNull().default(7),
    /** Reference number format per paper type, e.g. {"Beschlussvorlage": "VO/{jahr}/{nummer}"}; used at release. */
    referenceFormats: jsonb('reference_formats').$type<Record<string, string>>().notNull().default({}),
    /** Optimistic locking of the back-office form. */
    version: integer('version').notNull().default(1),
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
  /** Optimistic locking of the back-office form. */
  version: integer('version').notNull().default(1),
  ...timestamps(),
});
