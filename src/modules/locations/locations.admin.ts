/**
 * @module locations/admin
 * The back office's Sitzungsorte: list and search, create, change, end („nicht mehr genutzt“),
 * restore and delete, each checked, version-locked and written to the record's history in one
 * transaction. A location only persons use is their address, not a Sitzungsort: it is neither
 * listed nor opened here (the same rule keeps it off the portal and out of OParl).
 */
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow } from '../../db/rows.ts';
import { publicRegardlessOfDeletion } from '../../access/index.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { z } from '../../lib/validation.ts';
import { changedFields, recordChange, type Actor } from '../audit/index.ts';
import { locations } from './locations.tables.ts';
import { pointOf, type LocationInput } from './locations.input.ts';

export const LOCATION_KIND = 'location';

export interface LocationRecord extends Omit<LocationInput, 'point'> {
  id: number;
  geojson: unknown;
  endDate: string | null;
  version: number;
}

export const locationLabels = {
  description: 'Bezeichnung',
  streetAddress: 'Straße und Hausnummer',
  postalCode: 'PLZ',
  locality: 'Ort',
  subLocality: 'Ortsteil',
  room: 'Raum',
  coordinates: 'Koordinaten',
  accessibility: 'Hinweise zur Barrierefreiheit',
  endDate: 'Nicht mehr genutzt ab',
} as const;

const columns = {
  id: locations.id,
  description: locations.description,
  streetAddress: locations.streetAddress,
  postalCode: locations.postalCode,
  locality: locations.locality,
  subLocality: locations.subLocality,
  room: locations.room,
  geojson: locations.geojson,
  accessibility: locations.accessibility,
  endDate: locations.endDate,
  version: locations.version,
};

// a Sitzungsort of this body, not deleted, not merely a person's address
const sitzungsort = (bodyId: number): SQL[] => [eq(locations.bodyId, bodyId), isNull(locations.deletedAt), publicRegardlessOfDeletion.location()];

type Row = Omit<LocationRecord, 'description'> & { description: string | null };
const record = (row: Row): LocationRecord => ({ ...row, description: row.description ?? '' });

export async function findLocation(db: Db, bodyId: number, id: number): Promise<LocationRecord | undefined> {
  const [row] = await db
    .select(columns)
    .from(locations)
    .where(and(eq(locations.id, id), ...sitzungsort(bodyId)));
  return row ? record(row) : undefined;
}

/** The list: every word of `text` in one of the address fields; ended places only when asked. */
export async function listLocations(db: Db, bodyId: number, filter: { text?: string | undefined; ended?: boolean }): Promise<LocationRecord[]> {
  const conditions = sitzungsort(bodyId);
  if (!filter.ended) conditions.push(isNull(locations.endDate));
  for (const word of (filter.text ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`concat_ws(' ', ${locations.description}, ${locations.room}, ${locations.streetAddress}, ${locations.postalCode}, ${locations.locality}, ${locations.subLocality}) ilike ${pattern}`,
    );
  }
  const rows = await db
    .select(columns)
    .from(locations)
    .where(and(...conditions))
    .orderBy(sql`lower(${locations.description})`, sql`lower(${locations.room})`, locations.id);
  return rows.map(record);
}

/** The coordinates as the history shows them. */
function coordinatesText(geojson: unknown): string {
  const point = pointOf(geojson);
  return point ? `Breite ${String(point.latitude).replace('.', ',')}, Länge ${String(point.longitude).replace('.', ',')}` : '';
}

const historyView = (r: LocationRecord) => ({ ...r, coordinates: coordinatesText(r.geojson) });

/** The stored GeoJSON for the input: the same point keeps the stored Feature, a shape other than a point survives empty fields. */
function geojsonFor(input: LocationInput, stored: unknown): unknown {
  const before = pointOf(stored);
  if (!input.point) return before || stored === null || stored === undefined ? null : stored;
  if (before && before.latitude === input.point.latitude && before.longitude === input.point.longitude) return stored;
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [input.point.longitude, input.point.latitude] }, properties: { name: input.description } };
}

const valuesOf = (input: LocationInput, stored: unknown) => {
  const { point: _point, ...rest } = input;
  return { ...rest, geojson: geojsonFor(input, stored) };
};

export type LocationError = { kind: 'stale'; stored: LocationRecord } | { kind: 'missing' } | { kind: 'inUse'; message: string };

export async function createLocation(db: Db, bodyId: number, input: LocationInput, actor: Actor): Promise<LocationRecord> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(locations)
      .values({ bodyId, ...valuesOf(input, null) })
      .returning(columns);
    if (!row) throw new Error('insert into locations returned no row');
    const created = record(row);
    await recordChange(tx, {
      bodyId,
      actor,
      event: 'record.created',
      kind: LOCATION_KIND,
      id: created.id,
      label: created.description,
      changes: changedFields(locationLabels, undefined, historyView(created)),
      version: created.version,
    });
    return created;
  });
}

/** One version-locked change of the row; `change` gives the new values from the stored ones. */
async function changeLocation(
  db: Db,
  bodyId: number,
  id: number,
  version: number,
  event: 'record.updated' | 'record.ended' | 'record.restored' | 'record.deleted',
  actor: Actor,
  change: (before: LocationRecord) => Partial<typeof locations.$inferInsert>,
  refusal?: (tx: Db) => Promise<string | undefined>,
): Promise<Result<LocationRecord, LocationError>> {
  return db.transaction(async (tx) => {
    const before = await findLocation(tx, bodyId, id);
    if (!before) return err({ kind: 'missing' as const });
    if (before.version !== version) return err({ kind: 'stale' as const, stored: before });
    const refused = await refusal?.(tx);
    if (refused) return err({ kind: 'inUse' as const, message: refused });
    const [row] = await tx
      .update(locations)
      .set({ ...change(before), version: sql`${locations.version} + 1` })
      .where(and(eq(locations.id, id), eq(locations.bodyId, bodyId), eq(locations.version, version), isNull(locations.deletedAt)))
      .returning(columns);
    if (!row) {
      const stored = await findLocation(tx, bodyId, id);
      return err(stored ? { kind: 'stale' as const, stored } : { kind: 'missing' as const });
    }
    const after = record(row);
    const changes = event === 'record.deleted' ? undefined : changedFields(locationLabels, historyView(before), historyView(after));
    await recordChange(tx, {
      bodyId,
      actor,
      event,
      kind: LOCATION_KIND,
      id,
      label: after.description,
      version: after.version,
      ...(changes ? { changes } : {}),
    });
    return ok(after);
  });
}

export function updateLocation(db: Db, bodyId: number, id: number, version: number, input: LocationInput, actor: Actor) {
  return changeLocation(db, bodyId, id, version, 'record.updated', actor, (before) => valuesOf(input, before.geojson));
}

/** „Nicht mehr genutzt“ from `endDate`: kept for the sessions held there, left out of the choice of places. */
export function endLocation(db: Db, bodyId: number, id: number, version: number, endDate: string, actor: Actor) {
  return changeLocation(db, bodyId, id, version, 'record.ended', actor, () => ({ endDate }));
}

export function restoreLocation(db: Db, bodyId: number, id: number, version: number, actor: Actor) {
  return changeLocation(db, bodyId, id, version, 'record.restored', actor, () => ({ endDate: null }));
}

/** Who refers to the place: sessions, Gremien and persons (their address). */
export async function locationUsage(db: Db, id: number): Promise<{ meetings: number; organizations: number; persons: number }> {
  const row = await queryRow(
    db,
    z.object({ meetings: z.number(), organizations: z.number(), persons: z.number() }),
    sql`select (select count(*)::int from meetings where location_id = ${id} and deleted_at is null) as meetings,
      (select count(*)::int from organizations where location_id = ${id} and deleted_at is null) as organizations,
      (select count(*)::int from persons where location_id = ${id} and deleted_at is null) as persons`,
  );
  return row ?? { meetings: 0, organizations: 0, persons: 0 };
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Deletes a place nothing refers to (rows are never removed: OParl reports the deletion). One
 * that sessions, Gremien or persons name is ended instead, so their history keeps its place.
 */
export function deleteLocation(db: Db, bodyId: number, id: number, version: number, actor: Actor): Promise<Result<LocationRecord, LocationError>> {
  return changeLocation(
    db,
    bodyId,
    id,
    version,
    'record.deleted',
    actor,
    () => ({ deletedAt: new Date() }),
    async (tx) => {
      const usage = await locationUsage(tx, id);
      const what = [
        usage.meetings ? counted(usage.meetings, 'Sitzung', 'Sitzungen') : undefined,
        usage.organizations ? counted(usage.organizations, 'Gremium', 'Gremien') : undefined,
        usage.persons ? counted(usage.persons, 'Person', 'Personen') : undefined,
      ].filter(Boolean);
      if (what.length === 0) return undefined;
      return `Der Sitzungsort kann nicht gelöscht werden, er ist noch eingetragen bei: ${what.join(', ')}. Wenn er nicht mehr genutzt wird, beenden Sie ihn stattdessen.`;
    },
  );
}
