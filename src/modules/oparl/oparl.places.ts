/**
 * @module oparl/places
 * OParl Location (Location.json): where sessions take place and organisations sit. Persons'
 * addresses are not published (see access/visibility `publicRegardlessOfDeletion.location`).
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { publicRegardlessOfDeletion } from '../../access/index.ts';
import { idArray, oparlObject, rowStamp, type Loader } from './oparl.context.ts';
import { compact, type Json, type JsonObject } from './oparl.format.ts';

// the back-references are only selected for a location standing alone
const locationRow = rowStamp.extend({
  description: z.string().nullable(),
  geojson: z.json().nullable(),
  street_address: z.string().nullable(),
  room: z.string().nullable(),
  postal_code: z.string().nullable(),
  sub_locality: z.string().nullable(),
  locality: z.string().nullable(),
  meeting_ids: idArray.optional(),
  organization_ids: idArray.optional(),
});

const backReferences = sql`,
  array(select m.id from meetings m where m.location_id = locations.id and m.deleted_at is null order by m.id) as meeting_ids,
  array(select o.id from organizations o where o.location_id = locations.id and o.deleted_at is null order by o.id) as organization_ids`;

/** A GeoJSON value is only passed on when it is a Feature, as OParl requires. */
function feature(value: Json | null): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.type === 'Feature' ? value : null;
}

export const loadLocations: Loader = async (ctx, ids, embedded) => {
  const rows = await queryRows(
    ctx.db,
    locationRow,
    sql`select locations.id, locations.created, locations.modified, locations.description, locations.geojson,
        locations.street_address, locations.room, locations.postal_code, locations.sub_locality, locations.locality
        ${embedded ? sql`` : backReferences}
      from locations where locations.id = any(${intArray(ids)}) and locations.body_id = ${ctx.bodyId}
        and locations.deleted_at is null and ${publicRegardlessOfDeletion.location()}`,
    { prepared: true },
  );
  const out = new Map<number, JsonObject>();
  for (const row of rows) {
    const fields = compact({
      description: row.description,
      geojson: feature(row.geojson),
      streetAddress: row.street_address,
      room: row.room,
      postalCode: row.postal_code,
      subLocality: row.sub_locality,
      locality: row.locality,
      meetings: (row.meeting_ids ?? []).map((id) => ctx.urls.object('meeting', id)),
      organizations: (row.organization_ids ?? []).map((id) => ctx.urls.object('organization', id)),
    });
    out.set(row.id, oparlObject(ctx, 'location', row, fields));
  }
  return out;
};
