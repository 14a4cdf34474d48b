/** @module locations/tables — Sitzungsorte and addresses (OParl Location). */
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
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
});
