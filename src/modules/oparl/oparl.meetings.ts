/**
 * @module oparl/meetings
 * OParl Meeting (Meeting.json) with its public agenda items embedded as AgendaItem objects
 * (AgendaItem.json), its invitation, protocols and other files as File objects and its
 * location as a Location object. A non-public agenda item is not there at all: `order` counts
 * the public items only, so it matches the position in `Meeting.agendaItem` as 1.1 requires.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/rows.ts';
import { timestampColumn } from '../../db/row-columns.ts';
import { z } from '../../lib/validation.ts';
import type { MeetingState } from '../meetings/index.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { agendaItemVisibleTo, anonymous, fileVisibleTo, paperVisibleTo, publicRegardlessOfDeletion } from '../../access/index.ts';
import { allIds, idArray, inOrder, oparlObject, rowStamp, type Loader } from './oparl.context.ts';
import { loadFiles } from './oparl.files.ts';
import { compact, oparlDateTime, type JsonObject } from './oparl.format.ts';
import { loadLocations } from './oparl.places.ts';

const meetingRow = rowStamp.extend({
  name: z.string(),
  // text without a check: a state Gremia does not know is passed on as it is
  meeting_state: z.string(),
  cancelled: z.boolean(),
  start: timestampColumn.nullable(),
  end: timestampColumn.nullable(),
  location_id: z.number().nullable(),
  organization_ids: idArray,
  invitation_id: z.number().nullable(),
  results_protocol_id: z.number().nullable(),
  verbatim_protocol_id: z.number().nullable(),
  auxiliary_file_ids: idArray,
  agenda_item_ids: idArray,
});

const meetingFile = (role: string) => sql`select mf.file_id from meeting_files mf join files on files.id = mf.file_id
  where mf.meeting_id = meetings.id and mf.role = ${role} and mf.deleted_at is null and ${fileVisibleTo(anonymous)}
  order by mf.position, mf.file_id`;

/** OParl recommends `terminiert`, `eingeladen`, `durchgeführt` (Meeting.meetingState). */
const oparlMeetingState: Record<MeetingState, string> = {
  geplant: 'terminiert',
  eingeladen: 'eingeladen',
  durchgeführt: 'durchgeführt',
  abgesagt: 'abgesagt',
};
const oparlState = new Map<string, string>(Object.entries(oparlMeetingState));

const dateTime = (value: Date | null) => (value === null ? null : oparlDateTime(value));

export const loadMeetings: Loader = async (ctx, ids) => {
  const rows = await queryRows(
    ctx.db,
    meetingRow,
    sql`select meetings.id, meetings.created, meetings.modified, meetings.name, meetings.meeting_state, meetings.cancelled,
        meetings.start, meetings."end",
        (select locations.id from locations where locations.id = meetings.location_id and locations.deleted_at is null
          and ${publicRegardlessOfDeletion.location()}) as location_id,
        array(select mo.organization_id from meeting_organizations mo join organizations o on o.id = mo.organization_id
          where mo.meeting_id = meetings.id and mo.deleted_at is null and o.deleted_at is null order by o.position, o.id) as organization_ids,
        (${meetingFile('invitation')} limit 1) as invitation_id,
        (${meetingFile('resultsProtocol')} limit 1) as results_protocol_id,
        (${meetingFile('verbatimProtocol')} limit 1) as verbatim_protocol_id,
        array(${meetingFile('auxiliary')}) as auxiliary_file_ids,
        array(select a.id from agenda_items a where a.meeting_id = meetings.id and ${agendaItemVisibleTo(anonymous, 'a')}
          order by a.position, a.id) as agenda_item_ids
      from meetings where meetings.id = any(${intArray(ids)}) and meetings.body_id = ${ctx.bodyId} and meetings.deleted_at is null`,
    { prepared: true },
  );
  const fileIds = allIds(rows, (r) => [r.invitation_id, r.results_protocol_id, r.verbatim_protocol_id, ...(ctx.omitInternal ? [] : r.auxiliary_file_ids)]);
  const locationIds = allIds(rows, (r) => [r.location_id]);
  const [files, items, locations] = await Promise.all([
    fileIds.length ? loadFiles(ctx, fileIds, true) : new Map<number, JsonObject>(),
    ctx.omitInternal
      ? new Map<number, JsonObject>()
      : loadAgendaItems(
          ctx,
          allIds(rows, (r) => r.agenda_item_ids),
          true,
        ),
    locationIds.length ? loadLocations(ctx, locationIds, true) : new Map<number, JsonObject>(),
  ]);
  const file = (id: number | null) => (id === null ? null : (files.get(id) ?? null));
  const out = new Map<number, JsonObject>();
  for (const row of rows) {
    const fields = compact({
      name: row.name,
      meetingState: oparlState.get(row.meeting_state) ?? row.meeting_state,
      cancelled: row.cancelled || row.meeting_state === 'abgesagt',
      start: dateTime(row.start),
      end: dateTime(row.end),
      location: row.location_id === null ? null : (locations.get(row.location_id) ?? null),
      organization: row.organization_ids.map((id) => ctx.urls.object('organization', id)),
      invitation: file(row.invitation_id),
      resultsProtocol: file(row.results_protocol_id),
      verbatimProtocol: file(row.verbatim_protocol_id),
      auxiliaryFile: ctx.omitInternal ? null : inOrder(files, row.auxiliary_file_ids),
      agendaItem: ctx.omitInternal ? null : inOrder(items, row.agenda_item_ids),
    });
    out.set(row.id, oparlObject(ctx, 'meeting', row, fields, `/sitzungen/${row.id}`));
  }
  return out;
};

const agendaItemRow = rowStamp.extend({
  meeting_id: z.number(),
  number: z.string().nullable(),
  order: z.number(),
  name: z.string(),
  result: z.string().nullable(),
  resolution_text: z.string().nullable(),
  start: timestampColumn.nullable(),
  end: timestampColumn.nullable(),
  consultation_id: z.number().nullable(),
  resolution_file_id: z.number().nullable(),
  auxiliary_file_ids: idArray,
});

const agendaItemFile = (role: string) => sql`select af.file_id from agenda_item_files af join files on files.id = af.file_id
  where af.agenda_item_id = agenda_items.id and af.role = ${role} and af.deleted_at is null and ${fileVisibleTo(anonymous)}
  order by af.position, af.file_id`;

export const loadAgendaItems: Loader = async (ctx, ids, embedded) => {
  if (ids.length === 0) return new Map();
  const rows = await queryRows(
    ctx.db,
    agendaItemRow,
    sql`select agenda_items.id, agenda_items.created, agenda_items.modified, agenda_items.meeting_id, agenda_items.number,
        agenda_items.name, agenda_items.result, agenda_items.resolution_text, agenda_items.start, agenda_items."end",
        (select count(*) from agenda_items o where o.meeting_id = agenda_items.meeting_id
          and (o.position, o.id) < (agenda_items.position, agenda_items.id) and ${agendaItemVisibleTo(anonymous, 'o')})::int as "order",
        (select c.id from consultations c join papers cp on cp.id = c.paper_id
          where c.agenda_item_id = agenda_items.id and c.deleted_at is null and ${paperVisibleTo(anonymous, 'cp')}
          order by c.id limit 1) as consultation_id,
        (${agendaItemFile('resolution')} limit 1) as resolution_file_id,
        array(${agendaItemFile('auxiliary')}) as auxiliary_file_ids
      from agenda_items where agenda_items.id = any(${intArray(ids)}) and agenda_items.body_id = ${ctx.bodyId}
        and ${agendaItemVisibleTo(anonymous)}`,
    { prepared: true },
  );
  const fileIds = allIds(rows, (r) => [r.resolution_file_id, ...(ctx.omitInternal ? [] : r.auxiliary_file_ids)]);
  const files = fileIds.length ? await loadFiles(ctx, fileIds, true) : new Map<number, JsonObject>();
  const out = new Map<number, JsonObject>();
  for (const row of rows) {
    const fields = compact({
      meeting: embedded ? null : ctx.urls.object('meeting', row.meeting_id),
      number: row.number,
      order: row.order,
      name: row.name,
      public: true,
      consultation: row.consultation_id === null ? null : ctx.urls.object('consultation', row.consultation_id),
      result: row.result,
      resolutionText: row.resolution_text,
      resolutionFile: row.resolution_file_id === null ? null : (files.get(row.resolution_file_id) ?? null),
      auxiliaryFile: ctx.omitInternal ? null : inOrder(files, row.auxiliary_file_ids),
      start: dateTime(row.start),
      end: dateTime(row.end),
    });
    out.set(row.id, oparlObject(ctx, 'agenda-item', row, fields, `/tagesordnungspunkte/${row.id}`));
  }
  return out;
};
