/** @module locations/tables — Sitzungsorte and addresses (OParl Location). */
import { date, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { bodyRow } from '../../db/columns.ts';

export const locations = pgTable('locations', {
  ...bodyRow(),
  description: text('description'),
  streetAddress: text('street_address'),
  room: text('room'),
  postalCode: text('postal_code'),
  subLocality: text('sub_locality'),
  locality: text('locality'),
  /** A GeoJSON Feature, as OParl 1.1 defines `geojson`. */
  geojson: jsonb('geojson'),
  /** Step-free access, hearing loop, accessible toilet … in the body's words; shown on the portal. */
  accessibility: text('accessibility'),
  /** No longer used from this day: kept for the sessions held there, left out of the choice of places. */
  endDate: date('end_date', { mode: 'string' }),
  /** Optimistic locking of the back-office form. */
  version: integer('version').notNull().default(1),
});
