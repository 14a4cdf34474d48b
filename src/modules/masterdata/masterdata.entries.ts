/**
 * @module masterdata/entries
 * A stored row as an entry of the file, one function per section. The export writes these; the
 * import lays an entry's given fields over them, so a field the file leaves out keeps its value.
 */
import type { LegislativeTerm } from '../bodies/index.ts';
import { pointOf, type LocationRecord } from '../locations/index.ts';
import { kindOf, type OrganizationRecord } from '../organizations/index.ts';
import { titleText, type Membership, type PersonRecord } from '../people/index.ts';
import { exportKey, type LocationEntry, type MembershipEntry, type OrganizationEntry, type PersonEntry, type TermEntry } from './masterdata.format.ts';

export const termEntryOf = (t: LegislativeTerm): TermEntry => ({
  schluessel: exportKey('wahlperioden', t.id),
  name: t.name,
  beginn: t.startDate,
  ende: t.endDate,
});

export function locationEntryOf(p: LocationRecord): LocationEntry {
  const point = pointOf(p.geojson);
  return {
    schluessel: exportKey('sitzungsorte', p.id),
    bezeichnung: p.description,
    strasse: p.streetAddress,
    plz: p.postalCode,
    ort: p.locality,
    ortsteil: p.subLocality,
    raum: p.room,
    breite: point?.latitude ?? null,
    laenge: point?.longitude ?? null,
    barrierefreiheit: p.accessibility,
    nichtMehrGenutztAb: p.endDate,
  };
}

export const organizationEntryOf = (o: OrganizationRecord): OrganizationEntry => ({
  schluessel: exportKey('gremien', o.id),
  art: kindOf(o) ?? null,
  name: o.name,
  kurzname: o.shortName,
  uebergeordnet: o.parentId === null ? null : exportKey('gremien', o.parentId),
  beginn: o.startDate,
  ende: o.endDate,
  website: o.website,
  sitzungsort: o.locationId === null ? null : exportKey('sitzungsorte', o.locationId),
  sitze: o.seats,
});

export const personEntryOf = (p: Omit<PersonRecord, 'fraktion'>): PersonEntry => ({
  schluessel: exportKey('personen', p.id),
  anrede: p.formOfAddress,
  titel: titleText(p.title) || null,
  vorname: p.givenName,
  nachname: p.familyName,
  email: p.email,
  telefon: p.phone,
  sachkundig: p.citizenMember,
});

export const membershipEntryOf = (m: Membership): MembershipEntry => ({
  schluessel: exportKey('mitgliedschaften', m.id),
  person: exportKey('personen', m.personId),
  gremium: exportKey('gremien', m.organizationId),
  rolle: m.role,
  stimmrecht: m.votingRight,
  beginn: m.startDate,
  ende: m.endDate,
  vertritt: m.representsPersonId === null ? null : exportKey('personen', m.representsPersonId),
  fraktion: m.onBehalfOfId === null ? null : exportKey('gremien', m.onBehalfOfId),
});
