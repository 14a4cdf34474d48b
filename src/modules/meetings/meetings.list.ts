/**
 * @module meetings/list
 * Sessions as lists: filtered and paged, by calendar month, the next ones, and recent decisions.
 * Meetings themselves are public; their non-public agenda items never count as decisions here.
 */
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { bigintColumn } from '../../db/row-columns.ts';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { agendaItemVisibleTo, anonymous, fileVisibleTo, paperVisibleTo, type Viewer } from '../../access/index.ts';
import { agendaItems, meetingOrganizations, meetings } from './meetings.tables.ts';
import { placeText } from '../locations/index.ts';

export interface MeetingListItem {
  id: number;
  name: string;
  start: Date | null;
  end: Date | null;
  state: string;
  cancelled: boolean;
  organizations: { id: number; name: string }[];
  location: string | null;
  /** Which documents the viewer finds on the session's page. */
  documents: MeetingDocuments;
}

export interface MeetingDocuments {
  invitation: boolean;
  /** Niederschrift or Wortprotokoll. */
  minutes: boolean;
  /** Further files: the session's Anlagen and those of its agenda items the viewer may see. */
  others: number;
}

export interface MeetingListFilter {
  organizationId?: number | undefined;
  /** Inclusive bounds as `YYYY-MM-DD`, Berlin days. */
  from?: string | undefined;
  until?: string | undefined;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const itemSchema = z.object({
  id: z.number(),
  name: z.string(),
  start: z.coerce.date().nullable(),
  end: z.coerce.date().nullable(),
  state: z.string(),
  cancelled: z.boolean(),
  organizations: z.array(z.object({ id: z.number(), name: z.string() })),
  place: z.object({ description: z.string().nullable(), room: z.string().nullable(), locality: z.string().nullable() }).nullable(),
  documents: z.object({ invitation: z.boolean(), minutes: z.boolean(), others: z.number() }),
  total: bigintColumn,
});

/** The documents of the meeting `meetings`, each file through the visibility policy. */
function documentsJson(viewer: Viewer): SQL {
  const meetingFile = (roles: SQL) => sql`exists (select 1 from meeting_files mf join files on files.id = mf.file_id
    where mf.meeting_id = meetings.id and mf.deleted_at is null and mf.role in ${roles} and ${fileVisibleTo(viewer)})`;
  return sql`json_build_object(
    'invitation', ${meetingFile(sql`('invitation')`)},
    'minutes', ${meetingFile(sql`('resultsProtocol', 'verbatimProtocol')`)},
    'others', (select count(distinct files.id)::int from files where ${fileVisibleTo(viewer)} and (
      exists (select 1 from meeting_files mf where mf.file_id = files.id and mf.meeting_id = meetings.id and mf.deleted_at is null and mf.role = 'auxiliary')
      or exists (select 1 from agenda_item_files af join agenda_items on agenda_items.id = af.agenda_item_id
        where af.file_id = files.id and af.deleted_at is null and agenda_items.meeting_id = meetings.id and ${agendaItemVisibleTo(viewer)}))))`;
}

function conditions(bodyId: number, filter: MeetingListFilter): SQL[] {
  const where: SQL[] = [eq(meetings.bodyId, bodyId), isNull(meetings.deletedAt)];
  if (filter.organizationId !== undefined) {
    where.push(sql`exists (select 1 from ${meetingOrganizations} where ${meetingOrganizations.meetingId} = ${meetings.id}
      and ${meetingOrganizations.organizationId} = ${filter.organizationId} and ${meetingOrganizations.deletedAt} is null)`);
  }
  if (filter.from) where.push(sql`${meetings.start} >= (${filter.from}::date)::timestamp at time zone 'Europe/Berlin'`);
  if (filter.until) where.push(sql`${meetings.start} < (${filter.until}::date + 1)::timestamp at time zone 'Europe/Berlin'`);
  return where;
}

export async function listMeetings(
  db: Db,
  bodyId: number,
  filter: MeetingListFilter,
  viewer: Viewer = anonymous,
): Promise<{ total: number; items: MeetingListItem[] }> {
  const direction = filter.order === 'asc' ? sql`asc` : sql`desc`;
  const items = await queryRows(
    db,
    itemSchema,
    sql`select meetings.id, meetings.name, meetings.start, meetings."end", meetings.meeting_state as state, meetings.cancelled,
        coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name)
          from meeting_organizations mo join organizations o on o.id = mo.organization_id
          where mo.meeting_id = meetings.id and mo.deleted_at is null), '[]') as organizations,
        (select json_build_object('description', l.description, 'room', l.room, 'locality', l.locality)
          from locations l where l.id = meetings.location_id) as place,
        ${documentsJson(viewer)} as documents,
        count(*) over () as total
      from meetings where ${and(...conditions(bodyId, filter))}
      order by meetings.start ${direction} nulls last, meetings.id ${direction}
      limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
    { prepared: true },
  );
  return { total: items[0]?.total ?? 0, items: items.map(({ total: _total, place, ...item }) => ({ ...item, location: place ? placeText(place) : null })) };
}

/** Every session of one calendar month (Berlin time), in order. */
export async function listMeetingsInMonth(
  db: Db,
  bodyId: number,
  month: string,
  organizationId?: number,
  viewer: Viewer = anonymous,
): Promise<MeetingListItem[]> {
  const [year, mon] = month.split('-').map(Number);
  if (!year || !mon) return [];
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  const result = await listMeetings(
    db,
    bodyId,
    {
      organizationId,
      from: `${month}-01`,
      until: `${month}-${String(last).padStart(2, '0')}`,
      order: 'asc',
      page: 1,
      pageSize: 500,
    },
    viewer,
  );
  return result.items;
}

export interface RecentDecision {
  agendaItemId: number;
  number: string | null;
  name: string;
  result: string;
  meeting: { id: number; name: string; start: Date | null };
  organizations: string[];
  paper: { reference: string; slug: string } | null;
}

const decisionSchema = z.object({
  agendaItemId: z.number(),
  number: z.string().nullable(),
  name: z.string(),
  result: z.string(),
  meetingId: z.number(),
  meetingName: z.string(),
  meetingStart: z.coerce.date().nullable(),
  organizations: z.array(z.string()),
  paperReference: z.string().nullable(),
  paperSlug: z.string().nullable(),
});

/** Decided agenda items on papers, as far as the viewer may see both, newest session first. */
export async function listRecentDecisions(db: Db, bodyId: number, viewer: Viewer, limit: number): Promise<RecentDecision[]> {
  const rows = await queryRows(
    db,
    decisionSchema,
    sql`select agenda_items.id as "agendaItemId", agenda_items.number, agenda_items.name, agenda_items.result,
        m.id as "meetingId", m.name as "meetingName", m.start as "meetingStart",
        coalesce((select json_agg(o.name order by o.name) from meeting_organizations mo join organizations o on o.id = mo.organization_id
          where mo.meeting_id = m.id and mo.deleted_at is null), '[]') as organizations,
        p.reference as "paperReference", p.slug as "paperSlug"
      from agenda_items
      join meetings m on m.id = agenda_items.meeting_id and m.deleted_at is null
      -- decisions on papers, not the approval of minutes and other routine items
      join lateral (
        select papers.reference, papers.slug from consultations c join papers on papers.id = c.paper_id
        where c.agenda_item_id = agenda_items.id and c.deleted_at is null and ${paperVisibleTo(viewer)} limit 1
      ) p on true
      where ${agendaItems.bodyId} = ${bodyId} and ${agendaItemVisibleTo(viewer)} and agenda_items.result is not null
        and m.start <= now()
      order by m.start desc, agenda_items.position asc
      limit ${limit}`,
    { prepared: true },
  );
  return rows.map((d) => {
    return {
      agendaItemId: d.agendaItemId,
      number: d.number,
      name: d.name,
      result: d.result,
      meeting: { id: d.meetingId, name: d.meetingName, start: d.meetingStart },
      organizations: d.organizations,
      paper: d.paperReference !== null && d.paperSlug !== null ? { reference: d.paperReference, slug: d.paperSlug } : null,
    };
  });
}

/** The Gremien that have sessions, for the filter of the sessions list. */
export async function listOrganizationsWithMeetings(db: Db, bodyId: number): Promise<{ id: number; name: string }[]> {
  return queryRows(
    db,
    z.object({ id: z.number(), name: z.string() }),
    sql`select distinct o.id, o.name, o.position from organizations o
      join meeting_organizations mo on mo.organization_id = o.id and mo.deleted_at is null
      join meetings m on m.id = mo.meeting_id and m.deleted_at is null
      where o.body_id = ${bodyId} and o.deleted_at is null
      order by o.position, o.name`,
    { prepared: true },
  );
}
