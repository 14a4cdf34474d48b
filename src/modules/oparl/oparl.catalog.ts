/**
 * @module oparl/catalog
 * Each kind of object: its table, who may see it (the public only, whatever the deletion) and
 * how it is loaded. Lists and single objects both go through here, so an object is in a list
 * exactly when it can be fetched by its id.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows } from '../../db/rows.ts';
import { publicRegardlessOfDeletion } from '../../access/index.ts';
import { z } from '../../lib/validation.ts';
import { deletedObject, rowStamp, type Loader, type OparlContext } from './oparl.context.ts';
import { loadBodies, loadLegislativeTerms } from './oparl.bodies.ts';
import { loadFiles } from './oparl.files.ts';
import type { JsonObject } from './oparl.format.ts';
import { loadAgendaItems, loadMeetings } from './oparl.meetings.ts';
import { loadConsultations, loadPapers } from './oparl.papers.ts';
import { loadMemberships, loadOrganizations, loadPersons } from './oparl.people.ts';
import { loadLocations } from './oparl.places.ts';
import type { OparlKind } from './oparl.urls.ts';

interface KindEntry {
  table: string;
  load: Loader;
  /** Public whatever the deletion; absent: every row of the body is public. */
  visible?: () => SQL;
}

export const catalog: Record<OparlKind, KindEntry> = {
  body: { table: 'bodies', load: loadBodies },
  'legislative-term': { table: 'legislative_terms', load: loadLegislativeTerms },
  organization: { table: 'organizations', load: loadOrganizations },
  person: { table: 'persons', load: loadPersons },
  membership: { table: 'memberships', load: loadMemberships },
  meeting: { table: 'meetings', load: loadMeetings },
  'agenda-item': { table: 'agenda_items', load: loadAgendaItems, visible: publicRegardlessOfDeletion.agendaItem },
  paper: { table: 'papers', load: loadPapers, visible: publicRegardlessOfDeletion.paper },
  consultation: { table: 'consultations', load: loadConsultations, visible: publicRegardlessOfDeletion.consultation },
  file: { table: 'files', load: loadFiles, visible: publicRegardlessOfDeletion.file },
  location: { table: 'locations', load: loadLocations, visible: publicRegardlessOfDeletion.location },
};

/** The rows of the request's body that the public may see, deleted ones included. */
export function publicRows(ctx: OparlContext, kind: OparlKind): SQL {
  const entry = catalog[kind];
  const table = sql.raw(entry.table);
  const ofBody = kind === 'body' ? sql`${table}.id = ${ctx.bodyId}` : sql`${table}.body_id = ${ctx.bodyId}`;
  return entry.visible ? sql`${ofBody} and ${entry.visible()}` : ofBody;
}

/** A row of a list: enough to write a deleted object, or to load a live one. */
export const listedRow = rowStamp.extend({ deleted: z.boolean() });
export type Listed = z.output<typeof listedRow>;

/** Objects for listed rows, in their order: deleted ones as `deleted: true` (OParl 2.8). */
export async function objectsFor(ctx: OparlContext, kind: OparlKind, rows: readonly Listed[]): Promise<JsonObject[]> {
  const alive = rows.filter((r) => !r.deleted).map((r) => r.id);
  const loaded = alive.length ? await catalog[kind].load(ctx, alive, false) : new Map<number, JsonObject>();
  const out: JsonObject[] = [];
  for (const row of rows) {
    const object = row.deleted ? deletedObject(ctx, kind, row) : loaded.get(row.id);
    if (object) out.push(object);
  }
  return out;
}

/** One object by id, deleted or not; undefined when there is none the public may see. */
export async function findObject(ctx: OparlContext, kind: OparlKind, id: number): Promise<JsonObject | undefined> {
  const table = sql.raw(catalog[kind].table);
  const rows = await queryRows(
    ctx.db,
    listedRow,
    sql`select ${table}.id, ${table}.created, ${table}.modified, ${table}.deleted_at is not null as deleted
      from ${table} where ${table}.id = ${id} and ${publicRows(ctx, kind)}`,
    { prepared: true },
  );
  const [object] = await objectsFor(ctx, kind, rows);
  return object;
}

/** Organization.meeting and Organization.consultation: the external lists of one organisation. */
export const organizationListScope = {
  meeting: (organizationId: number): SQL => sql`exists (select 1 from meeting_organizations mo
    where mo.meeting_id = meetings.id and mo.organization_id = ${organizationId} and mo.deleted_at is null)`,
  consultation: (organizationId: number): SQL => sql`consultations.organization_id = ${organizationId}`,
};
