/**
 * @module feeds/calendar.queries
 * The sessions a calendar feed publishes, in one statement each: time, place, Gremien and the
 * agenda items the viewer may see. Hidden agenda items are filtered in SQL, so neither their
 * titles nor their numbers (nor their modification times) ever leave the database.
 */
import { and, eq, isNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { agendaItemVisibleTo, type Viewer } from '../../access/index.ts';
import { locations } from '../locations/locations.tables.ts';
import { agendaItems, meetingOrganizations, meetings, meetingStates } from '../meetings/meetings.tables.ts';
import { organizations } from '../organizations/organizations.tables.ts';

export type CalendarScope =
  /** Every session of the body that starts at `since` or later. */
  | { kind: 'body'; since: Date }
  /** Every session of one Gremium. */
  | { kind: 'organization'; organizationId: number }
  | { kind: 'meeting'; meetingId: number };

/** `timestamptz` as an ISO instant in UTC, whole seconds, on every engine. */
export const utcInstant = (column: AnyColumn | SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

export const instant = z.string().transform((s) => new Date(s));

const addressSchema = z.object({
  description: z.string().nullable(),
  streetAddress: z.string().nullable(),
  room: z.string().nullable(),
  postalCode: z.string().nullable(),
  locality: z.string().nullable(),
});

const meetingRowSchema = z.object({
  id: z.number(),
  name: z.string(),
  state: z.enum(meetingStates),
  cancelled: z.boolean(),
  start: instant,
  end: instant.nullable(),
  revised: instant,
  lastModified: instant,
  address: addressSchema.nullable(),
  geojson: z.unknown(),
  organizations: z.array(z.string()),
  agenda: z.array(z.object({ number: z.string().nullable(), name: z.string() })),
});

export type CalendarMeeting = z.infer<typeof meetingRowSchema>;

function scopeCondition(scope: CalendarScope): SQL {
  switch (scope.kind) {
    case 'body':
      return sql`${meetings.start} >= ${scope.since.toISOString()}::timestamptz`;
    case 'organization':
      return sql`exists (select 1 from ${meetingOrganizations} where ${meetingOrganizations.meetingId} = ${meetings.id}
        and ${meetingOrganizations.organizationId} = ${scope.organizationId} and ${meetingOrganizations.deletedAt} is null)`;
    case 'meeting':
      return eq(meetings.id, scope.meetingId);
  }
}

/**
 * The sessions of a scope that have a date, earliest first. `revised` is when the session itself
 * (or its place) last changed; `lastModified` also counts the visible agenda items.
 */
export async function listCalendarMeetings(db: Db, bodyId: number, viewer: Viewer, scope: CalendarScope): Promise<CalendarMeeting[]> {
  const itemVisible = agendaItemVisibleTo(viewer);
  const itemsOfMeeting = and(eq(agendaItems.meetingId, meetings.id), itemVisible);
  const where = and(eq(meetings.bodyId, bodyId), isNull(meetings.deletedAt), sql`${meetings.start} is not null`, scopeCondition(scope));
  return queryRows(
    db,
    meetingRowSchema,
    sql`select ${meetings.id} as id, ${meetings.name} as name, ${meetings.meetingState} as state, ${meetings.cancelled} as cancelled,
        ${utcInstant(meetings.start)} as start, ${utcInstant(meetings.end)} as "end",
        ${utcInstant(sql`greatest(${meetings.modified}, ${locations.modified})`)} as revised,
        ${utcInstant(sql`greatest(${meetings.modified}, ${locations.modified},
          (select max(${agendaItems.modified}) from ${agendaItems} where ${itemsOfMeeting}))`)} as "lastModified",
        case when ${locations.id} is not null then json_build_object('description', ${locations.description},
          'streetAddress', ${locations.streetAddress}, 'room', ${locations.room}, 'postalCode', ${locations.postalCode},
          'locality', ${locations.locality}) end as address,
        ${locations.geojson} as geojson,
        coalesce((select json_agg(${organizations.name} order by ${organizations.position}, ${organizations.name})
          from ${meetingOrganizations} join ${organizations} on ${organizations.id} = ${meetingOrganizations.organizationId}
          where ${meetingOrganizations.meetingId} = ${meetings.id} and ${meetingOrganizations.deletedAt} is null
            and ${organizations.deletedAt} is null), '[]') as organizations,
        coalesce((select json_agg(json_build_object('number', ${agendaItems.number}, 'name', ${agendaItems.name})
            order by ${agendaItems.position}, ${agendaItems.id})
          from ${agendaItems} where ${itemsOfMeeting}), '[]') as agenda
      from ${meetings} left join ${locations} on ${locations.id} = ${meetings.locationId} and ${locations.deletedAt} is null
      where ${where}
      order by ${meetings.start}, ${meetings.id}`,
  );
}

/** The name of an organization of the body, or undefined when there is none with this id. */
export async function findOrganizationName(db: Db, bodyId: number, id: number): Promise<string | undefined> {
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(and(eq(organizations.bodyId, bodyId), eq(organizations.id, id), isNull(organizations.deletedAt)));
  return row?.name;
}

const pointSchema = z.object({ type: z.literal('Point'), coordinates: z.array(z.number()).min(2) });
const geoSchema = z.union([pointSchema, z.object({ type: z.literal('Feature'), geometry: pointSchema })]);

/** Latitude and longitude of a GeoJSON point or point feature; anything else has none. */
export function pointOf(geojson: unknown): { lat: number; lon: number } | null {
  const parsed = geoSchema.safeParse(geojson);
  if (!parsed.success) return null;
  const point = parsed.data.type === 'Feature' ? parsed.data.geometry : parsed.data;
  const [lon, lat] = point.coordinates;
  if (lon === undefined || lat === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}
