/**
 * @module masterdata/export
 * The body's master data as one document of the import format: what `masterdata:import` reads
 * back unchanged (a round trip changes nothing). Deleted rows are left out; ended ones stay, with
 * their end. Private contact data is included: the file is for the administration.
 */
import type { Db } from '../../db/client.ts';
import { listLegislativeTerms } from '../bodies/index.ts';
import { listLocations } from '../locations/index.ts';
import { listOrganizationRecords } from '../organizations/index.ts';
import { listMemberships, listPersonRecords } from '../people/index.ts';
import { locationEntryOf, membershipEntryOf, organizationEntryOf, personEntryOf, termEntryOf } from './masterdata.entries.ts';
import { FORMAT, FORMAT_VERSION, type MasterData } from './masterdata.format.ts';

export async function exportMasterData(db: Db, body: { id: number; key: string }, now: Date): Promise<MasterData> {
  const [terms, places, organizations, people, memberships] = await Promise.all([
    listLegislativeTerms(db, body.id),
    listLocations(db, body.id, { ended: true }),
    listOrganizationRecords(db, body.id),
    listPersonRecords(db, body.id),
    listMemberships(db, body.id),
  ]);
  const organizationIds = new Set(organizations.map((o) => o.id));
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    koerperschaft: body.key,
    exportiertAm: now.toISOString(),
    wahlperioden: [...terms].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id - b.id).map(termEntryOf),
    sitzungsorte: places.map(locationEntryOf),
    gremien: organizations.map(organizationEntryOf),
    personen: people.map(personEntryOf),
    mitgliedschaften: memberships.filter((m) => organizationIds.has(m.organizationId)).map(membershipEntryOf),
  };
}
