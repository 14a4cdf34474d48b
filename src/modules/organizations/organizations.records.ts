/**
 * @module organizations/records
 * The read side of the back office's Gremien: every organization of the body with what the list
 * and the form show, the choices of the form (parents, Sitzungsorte), what still refers to a row
 * (a delete is refused while anything does), and each field as text for history and conflicts.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { formatDate } from '../../lib/format.ts';
import { z } from '../../lib/validation.ts';
import { listLocationChoices, type LocationChoice } from '../locations/index.ts';
import { groupOf, organizationGroupKeys } from './organizations.groups.ts';
import { councilWord, kindLabels, kindOf, kindText } from './organizations.kinds.ts';
import type { OrganizationDraft } from './organizations.input.ts';
import { organizationTypes, type OrganizationType } from './organizations.tables.ts';

export interface OrganizationRecord {
  id: number;
  name: string;
  shortName: string | null;
  organizationType: OrganizationType;
  classification: string | null;
  startDate: string | null;
  endDate: string | null;
  website: string | null;
  locationId: number | null;
  parentId: number | null;
  position: number;
  seats: number | null;
  version: number;
}

const recordRow = z.object({
  id: z.number(),
  name: z.string(),
  shortName: z.string().nullable(),
  organizationType: z.enum(organizationTypes).catch('Sonstiges'),
  classification: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  website: z.string().nullable(),
  locationId: z.number().nullable(),
  parentId: z.number().nullable(),
  position: z.number(),
  seats: z.number().nullable(),
  version: z.number(),
});

const recordColumns = sql`o.id, o.name, o.short_name as "shortName", o.organization_type as "organizationType", o.classification,
  to_char(o.start_date, 'YYYY-MM-DD') as "startDate", to_char(o.end_date, 'YYYY-MM-DD') as "endDate", o.website,
  o.location_id as "locationId", o.sub_organization_of_id as "parentId", o.position, o.seats, o.version`;

/** Every live organization of the body, in the order of `/gremien` (group, position, name). */
export async function listOrganizationRecords(db: Db, bodyId: number): Promise<OrganizationRecord[]> {
  const rows = await queryRows(db, recordRow, sql`select ${recordColumns} from organizations o where o.body_id = ${bodyId} and o.deleted_at is null`);
  const rank = (r: OrganizationRecord) => organizationGroupKeys.indexOf(groupOf(r));
  return rows.sort((a, b) => rank(a) - rank(b) || a.position - b.position || a.name.localeCompare(b.name, 'de') || a.id - b.id);
}

/** One live organization of the body. */
export async function findOrganizationRecord(db: Db, bodyId: number, id: number): Promise<OrganizationRecord | undefined> {
  const [row] = await queryRows(
    db,
    recordRow,
    sql`select ${recordColumns} from organizations o where o.body_id = ${bodyId} and o.id = ${id} and o.deleted_at is null`,
  );
  return row;
}

/** Ended: its last day lies before `today`. An end date still to come leaves it running. */
export const isEnded = (row: { endDate: string | null }, today: string) => row.endDate !== null && row.endDate < today;

/** The council's word in this body („Kreistag“), from its council row or the body's kind. */
export function councilOf(records: readonly OrganizationRecord[], bodyClassification: string | null): string {
  const council = records.find((r) => groupOf(r) === 'council');
  return councilWord(bodyClassification, council?.classification ?? null);
}

/** The row and everything below it (cycle-safe): none of them may become its parent. */
export function selfAndDescendants(records: readonly OrganizationRecord[], id: number): Set<number> {
  const found = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const r of records)
      if (r.parentId !== null && found.has(r.parentId) && !found.has(r.id)) {
        found.add(r.id);
        grew = true;
      }
  }
  return found;
}

export interface FormChoices {
  council: string;
  /** Possible parents: every live row except the row itself and what lies below it. */
  parents: { id: number; label: string }[];
  locations: LocationChoice[];
}

export async function organizationFormChoices(
  db: Db,
  body: { id: number; classification: string | null },
  options: { id?: number; locationId?: number | null; today: string },
): Promise<FormChoices> {
  const records = await listOrganizationRecords(db, body.id);
  const excluded = options.id === undefined ? new Set<number>() : selfAndDescendants(records, options.id);
  const parents = records
    .filter((r) => !excluded.has(r.id))
    .map((r) => ({
      id: r.id,
      label: `${r.name}${r.shortName ? ` (${r.shortName})` : ''}${isEnded(r, options.today) ? ' – beendet' : ''}`,
    }));
  const locations = await listLocationChoices(db, body.id, { today: options.today, keep: options.locationId ?? null });
  return { council: councilOf(records, body.classification), parents, locations };
}

/** The fields as the history and the conflict panel name them. */
export const fieldLabels = {
  kind: 'Art',
  name: 'Name',
  shortName: 'Kurzname',
  parent: 'Übergeordnete Organisation',
  startDate: 'Beginn',
  endDate: 'Ende',
  website: 'Website',
  location: 'Üblicher Sitzungsort',
  seats: 'Sitze',
} as const;
export type FieldTexts = Record<keyof typeof fieldLabels, string>;

export interface NameLookup {
  council: string;
  organizations: ReadonlyMap<number, string>;
  locations: ReadonlyMap<number, string>;
}

const dateText = (v: string | null) => (v ? formatDate(v) : '');

/** A stored row as text, field by field. */
export function recordTexts(row: Omit<OrganizationRecord, 'id' | 'version' | 'position'>, names: NameLookup): FieldTexts {
  return {
    kind: kindText(row, names.council),
    name: row.name,
    shortName: row.shortName ?? '',
    parent: row.parentId === null ? '' : (names.organizations.get(row.parentId) ?? `Nr. ${row.parentId}`),
    startDate: dateText(row.startDate),
    endDate: dateText(row.endDate),
    website: row.website ?? '',
    location: row.locationId === null ? '' : (names.locations.get(row.locationId) ?? `Ort ${row.locationId}`),
    seats: row.seats === null ? '' : String(row.seats),
  };
}

/** What someone typed, as text (unparsed: a stale save shows the input as it is). */
export function draftTexts(draft: OrganizationDraft, stored: OrganizationRecord, names: NameLookup): FieldTexts {
  const id = (v: string) => (/^\d{1,9}$/.test(v) ? Number(v) : undefined);
  const parentId = id(draft.parentId);
  const locationId = id(draft.locationId);
  const labels = kindLabels(names.council) as Record<string, string>;
  const asDate = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : v);
  return {
    kind: draft.kind === 'keep' ? kindText(stored, names.council) : (labels[draft.kind] ?? draft.kind),
    name: draft.name.trim(),
    shortName: draft.shortName.trim(),
    parent: parentId === undefined ? draft.parentId : (names.organizations.get(parentId) ?? `Nr. ${parentId}`),
    startDate: asDate(draft.startDate.trim()),
    endDate: asDate(draft.endDate.trim()),
    website: draft.website.trim(),
    location: locationId === undefined ? draft.locationId : (names.locations.get(locationId) ?? `Ort ${locationId}`),
    seats: draft.seats.trim(),
  };
}

/** Names of the body's organizations and places, for the texts above. */
export async function nameLookup(db: Db, body: { id: number; classification: string | null }): Promise<NameLookup> {
  const records = await listOrganizationRecords(db, body.id);
  // as of the earliest day a date may have, no place has ended: the names of all of them
  const places = await listLocationChoices(db, body.id, { today: '1900-01-01' });
  return {
    council: councilOf(records, body.classification),
    organizations: new Map(records.map((r) => [r.id, r.name])),
    locations: new Map(places.map((p) => [p.id, p.label])),
  };
}

/** What may refer to an organization, and how the refusal names it. */
export const organizationReferences = [
  { table: 'memberships', column: 'organization_id', live: true, label: 'Mitgliedschaften' },
  { table: 'memberships', column: 'on_behalf_of_id', live: true, label: 'Mitgliedschaften für diese Fraktion' },
  { table: 'consultations', column: 'organization_id', live: true, label: 'Beratungen von Vorlagen' },
  { table: 'meeting_organizations', column: 'organization_id', live: true, label: 'Sitzungen' },
  { table: 'paper_directions', column: 'organization_id', live: true, label: 'Vorlagen unter seiner Federführung' },
  { table: 'paper_originators', column: 'organization_id', live: true, label: 'Vorlagen, die es eingereicht hat' },
  { table: 'organizations', column: 'sub_organization_of_id', live: true, label: 'untergeordnete Organisationen' },
  { table: 'user_roles', column: 'organization_id', live: false, label: 'Rollen von Konten' },
  { table: 'users', column: 'unit_id', live: false, label: 'Konten dieser Verwaltungseinheit' },
  { table: 'subscriptions', column: 'organization_id', live: false, label: 'Beobachtungen im Mitgliederbereich' },
] as const;

export interface ReferenceCount {
  label: string;
  count: number;
}

/** What still refers to the organization (deleted rows do not count), only what does. */
export async function referencesTo(db: Db, id: number): Promise<ReferenceCount[]> {
  const counts = organizationReferences.map((r, i) => {
    const table = sql.raw(r.table);
    const column = sql.raw(r.column);
    const live = r.live ? sql` and deleted_at is null` : sql``;
    const notSelf = r.table === 'organizations' ? sql` and id <> ${id}` : sql``;
    return sql`select ${i}::int as i, count(*)::int as n from ${table} where ${column} = ${id}${live}${notSelf}`;
  });
  const rows = await queryRows(db, z.object({ i: z.number(), n: z.number() }), sql.join(counts, sql` union all `));
  return rows
    .filter((r) => r.n > 0)
    .sort((a, b) => a.i - b.i)
    .map((r) => ({ label: organizationReferences[r.i]?.label ?? '', count: r.n }));
}

/** The form's fields filled from a stored row. */
export function draftOfRecord(row: OrganizationRecord): OrganizationDraft {
  return {
    kind: kindOf(row) ?? 'keep',
    name: row.name,
    shortName: row.shortName ?? '',
    parentId: row.parentId === null ? '' : String(row.parentId),
    startDate: row.startDate ?? '',
    endDate: row.endDate ?? '',
    website: row.website ?? '',
    locationId: row.locationId === null ? '' : String(row.locationId),
    seats: row.seats === null ? '' : String(row.seats),
  };
}
