/**
 * @module meetings/queries
 * Read side of a meeting: its data, its agenda and its documents, through the visibility policy.
 * Non-public agenda items reach an unentitled viewer as their number only: not even their id
 * leaves the database, so the page carries no anchor or link that would tell it.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { agendaItemVisibleTo, anonymous, fileVisibleTo, paperVisibleTo, type Viewer } from '../../access/index.ts';
import { files } from '../files/files.tables.ts';
import { locations } from '../locations/locations.tables.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { meetingFiles, meetingOrganizations, meetings, type MeetingFileRole, type MeetingState } from './meetings.tables.ts';

export type AgendaItemView =
  | {
      visible: true;
      id: number;
      number: string | null;
      name: string;
      /** Whether the public sees the item too (the policy's derived rule, not the item's own flag). */
      public: boolean;
      result: string | null;
      resolutionText: string | null;
      votes: { unanimous: boolean | null; yes: number | null; no: number | null; abstention: number | null };
      paper: { reference: string; slug: string } | null;
    }
  | { visible: false; number: string | null };

/** A hidden item's row holds its number and nulls. */
const agendaRow = z.object({
  id: z.number().nullable(),
  number: z.string().nullable(),
  visible: z.boolean(),
  public: z.boolean(),
  name: z.string().nullable(),
  result: z.string().nullable(),
  resolutionText: z.string().nullable(),
  unanimous: z.boolean().nullable(),
  yes: z.number().nullable(),
  no: z.number().nullable(),
  abstention: z.number().nullable(),
  paperReference: z.string().nullable(),
  paperSlug: z.string().nullable(),
});

export interface MeetingPage {
  id: number;
  name: string;
  number: string | null;
  state: MeetingState;
  cancelled: boolean;
  start: Date | null;
  end: Date | null;
  organizations: { id: number; name: string }[];
  location: {
    description: string | null;
    streetAddress: string | null;
    room: string | null;
    postalCode: string | null;
    locality: string | null;
    /** Step-free access, hearing loop … as the body describes the place. */
    accessibility: string | null;
    /** A map of the place, from the Location's GeoJSON point. */
    mapUrl: string | null;
  } | null;
  agenda: AgendaItemView[];
  /** `public`: whether the public sees the file too (members see a badge on the others). */
  files: { id: number; name: string; fileName: string; mimeType: string; size: number; role: MeetingFileRole; public: boolean }[];
}

export async function findMeetingPage(db: Db, bodyId: number, viewer: Viewer, id: number): Promise<MeetingPage | undefined> {
  const [meeting] = await db
    .select({
      id: meetings.id,
      name: meetings.name,
      number: meetings.number,
      state: meetings.meetingState,
      cancelled: meetings.cancelled,
      start: meetings.start,
      end: meetings.end,
      location: {
        description: locations.description,
        streetAddress: locations.streetAddress,
        room: locations.room,
        postalCode: locations.postalCode,
        locality: locations.locality,
        accessibility: locations.accessibility,
        geojson: locations.geojson,
      },
    })
    .from(meetings)
    .leftJoin(locations, eq(locations.id, meetings.locationId))
    .where(and(eq(meetings.bodyId, bodyId), eq(meetings.id, id), isNull(meetings.deletedAt)));
  if (!meeting) return undefined;
  const [orgs, items, fileRows] = await Promise.all([
    db
      .select({ id: organizations.id, name: organizations.name })
      .from(meetingOrganizations)
      .innerJoin(organizations, eq(organizations.id, meetingOrganizations.organizationId))
      .where(and(eq(meetingOrganizations.meetingId, id), isNull(meetingOrganizations.deletedAt))),
    queryRows(
      db,
      agendaRow,
      // the policy decides once per item (`offset 0` keeps the planner from copying it into
      // every column); what a hidden item holds never leaves the database, its id included,
      // and the paper joins only when the viewer may see the item and the paper
      sql`select case when v.visible then a.id end as id, a.number, v.visible, v.public,
          case when v.visible then a.name end as name,
          case when v.visible then a.result end as result,
          case when v.visible then a.resolution_text end as "resolutionText",
          case when v.visible then a.unanimous end as unanimous,
          case when v.visible then a.votes_yes end as yes,
          case when v.visible then a.votes_no end as no,
          case when v.visible then a.votes_abstention end as abstention,
          p.reference as "paperReference", p.slug as "paperSlug"
        from agenda_items a
        cross join lateral (select ${agendaItemVisibleTo(viewer, 'a')} as visible, ${agendaItemVisibleTo(anonymous, 'a')} as public offset 0) v
        left join consultations c on c.agenda_item_id = a.id and c.deleted_at is null and v.visible
        left join papers p on p.id = c.paper_id and ${paperVisibleTo(viewer, 'p')}
        where a.meeting_id = ${id} and a.deleted_at is null
        order by a.position, a.id, c.id`,
      { prepared: true },
    ),
    db
      .select({
        id: files.id,
        name: files.name,
        fileName: files.fileName,
        mimeType: files.mimeType,
        size: files.size,
        role: meetingFiles.role,
        public: sql<boolean>`${fileVisibleTo(anonymous)}`,
      })
      .from(meetingFiles)
      .innerJoin(files, eq(files.id, meetingFiles.fileId))
      .where(and(eq(meetingFiles.meetingId, id), isNull(meetingFiles.deletedAt), fileVisibleTo(viewer)))
      .orderBy(asc(meetingFiles.position), asc(files.id)),
  ]);
  const agenda: AgendaItemView[] = items.map((i) =>
    i.visible && i.id !== null
      ? {
          visible: true,
          id: i.id,
          number: i.number,
          name: i.name ?? '',
          public: i.public,
          result: i.result,
          resolutionText: i.resolutionText,
          votes: { unanimous: i.unanimous, yes: i.yes, no: i.no, abstention: i.abstention },
          paper: i.paperReference !== null && i.paperSlug !== null ? { reference: i.paperReference, slug: i.paperSlug } : null,
        }
      : { visible: false, number: i.number },
  );
  // a left join without a location yields an object of nulls
  const { geojson, ...place } = meeting.location ?? { geojson: null };
  const location = 'description' in place && Object.values(place).some((v) => v !== null) ? { ...place, mapUrl: mapUrlOf(geojson) } : null;
  return { ...meeting, location, organizations: orgs, agenda, files: fileRows };
}

const pointSchema = z.object({
  geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]).rest(z.number()) }),
});

/** OpenStreetMap at the point of a GeoJSON Feature (longitude first, as GeoJSON orders it). */
function mapUrlOf(geojson: unknown): string | null {
  const parsed = pointSchema.safeParse(geojson);
  if (!parsed.success) return null;
  const [lon, lat] = parsed.data.geometry.coordinates;
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}
