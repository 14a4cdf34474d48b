/**
 * @module organizations/tables — Gremien, Fraktionen and Verwaltung units (OParl Organization).
 */
import { type AnyPgColumn, date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { bodyRow } from '../../db/columns.ts';
import { locations } from '../locations/locations.tables.ts';

/** OParl's suggested values for `organizationType`. */
export const organizationTypes = ['Gremium', 'Fraktion', 'Verwaltungsbereich', 'Partei', 'externes Gremium', 'Institution', 'Sonstiges'] as const;
export type OrganizationType = (typeof organizationTypes)[number];

export const organizations = pgTable(
  'organizations',
  {
    ...bodyRow(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    organizationType: text('organization_type').$type<OrganizationType>().notNull(),
    /** Finer kind in the body's own words: Kreistag, Ausschuss, Beirat, Fachdienst, Stabsstelle … */
    classification: text('classification'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    website: text('website'),
    locationId: integer('location_id').references(() => locations.id),
    subOrganizationOfId: integer('sub_organization_of_id').references((): AnyPgColumn => organizations.id),
    /** Display order within its group (Kreistag first, then committees as the body lists them). */
    position: integer('position').notNull().default(0),
    /** Ausschüsse: the number of seats with a vote (quorum, seat check on the member page). */
    seats: integer('seats'),
    /** Optimistic locking of the back-office form. */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('organizations_body_idx').on(t.bodyId, t.organizationType)],
);
