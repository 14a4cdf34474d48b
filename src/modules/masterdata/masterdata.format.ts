/**
 * @module masterdata/format
 * The JSON format of `gremia masterdata:export` and `masterdata:import`: Wahlperioden,
 * Sitzungsorte, Gremien, Personen and Mitgliedschaften of one body. Entries name each other by
 * `schluessel`, never by database id, so an administration can write the file by hand. The
 * export writes keys such as `gremium-12`; on import such a key finds the row it came from.
 * This schema checks the shape only (types, required fields); what a value may be is checked by
 * the same domain rules as the back-office forms, with the same German messages.
 */
import { z } from '../../lib/validation.ts';

export const FORMAT = 'gremia-stammdaten';
export const FORMAT_VERSION = 1;

const text = (what: string) => z.string({ error: `${what}: Text erwartet` });
const optionalText = (what: string) => text(what).nullable().optional();
const key = (what: string) => text(what).trim().min(1, `${what}: darf nicht leer sein`).max(100, `${what}: höchstens 100 Zeichen`);
const optionalKey = (what: string) => key(what).nullable().optional();
const texts = (what: string) => z.array(text(what), { error: `${what}: Liste von Texten erwartet, etwa ["…"]` }).optional();
const number = (what: string) =>
  z
    .number({ error: `${what}: Zahl erwartet` })
    .nullable()
    .optional();
const flag = (what: string) => z.boolean({ error: `${what}: true oder false erwartet` }).optional();

export const termEntry = z.strictObject({
  schluessel: key('Schlüssel'),
  name: text('Name'),
  beginn: text('Beginn'),
  ende: optionalText('Ende'),
});

export const locationEntry = z.strictObject({
  schluessel: key('Schlüssel'),
  bezeichnung: text('Bezeichnung'),
  strasse: optionalText('Straße und Hausnummer'),
  plz: optionalText('PLZ'),
  ort: optionalText('Ort'),
  ortsteil: optionalText('Ortsteil'),
  raum: optionalText('Raum'),
  breite: number('Breite'),
  laenge: number('Länge'),
  barrierefreiheit: optionalText('Hinweise zur Barrierefreiheit'),
  nichtMehrGenutztAb: optionalText('Nicht mehr genutzt ab'),
});

export const organizationEntry = z.strictObject({
  schluessel: key('Schlüssel'),
  /** vertretung, ausschuss, beirat, fraktion, verwaltung; null keeps a stored row's own type. */
  art: text('Art').nullable(),
  name: text('Name'),
  kurzname: optionalText('Kurzname'),
  uebergeordnet: optionalKey('Übergeordnete Organisation'),
  beginn: optionalText('Beginn'),
  ende: optionalText('Ende'),
  website: optionalText('Website'),
  sitzungsort: optionalKey('Üblicher Sitzungsort'),
  sitze: number('Sitze'),
});

export const personEntry = z.strictObject({
  schluessel: key('Schlüssel'),
  anrede: optionalText('Anrede'),
  titel: optionalText('Titel'),
  vorname: optionalText('Vorname'),
  nachname: text('Nachname'),
  email: texts('E-Mail'),
  telefon: texts('Telefon'),
  sachkundig: flag('Sachkundige/r Bürger/in'),
});

export const membershipEntry = z.strictObject({
  schluessel: optionalKey('Schlüssel'),
  person: key('Person'),
  gremium: key('Gremium'),
  rolle: text('Rolle'),
  /** Absent: by role (everyone votes except a beratendes Mitglied). */
  stimmrecht: flag('Stimmrecht'),
  beginn: optionalText('Beginn'),
  ende: optionalText('Ende'),
  vertritt: optionalKey('Vertritt'),
  fraktion: optionalKey('Fraktion'),
});

const list = <T extends z.ZodType>(entry: T) => z.array(entry, { error: 'Liste erwartet, etwa [ { … } ]' }).default([]);

export const masterDataSchema = z.strictObject({
  format: z.literal(FORMAT, { error: `format: „${FORMAT}“ erwartet` }),
  version: z.literal(FORMAT_VERSION, { error: `version: ${FORMAT_VERSION} erwartet (diese Gremia-Version liest Version ${FORMAT_VERSION})` }),
  /** Informational: the body the export came from. Import always writes into the chosen body. */
  koerperschaft: z.string().optional(),
  exportiertAm: z.string().optional(),
  wahlperioden: list(termEntry),
  sitzungsorte: list(locationEntry),
  gremien: list(organizationEntry),
  personen: list(personEntry),
  mitgliedschaften: list(membershipEntry),
});

export type MasterData = z.output<typeof masterDataSchema>;
export type TermEntry = z.output<typeof termEntry>;
export type LocationEntry = z.output<typeof locationEntry>;
export type OrganizationEntry = z.output<typeof organizationEntry>;
export type PersonEntry = z.output<typeof personEntry>;
export type MembershipEntry = z.output<typeof membershipEntry>;

/** The sections in the order they are written and imported (each may refer only to those before it, and Gremien to each other). */
export const sections = ['wahlperioden', 'sitzungsorte', 'gremien', 'personen', 'mitgliedschaften'] as const;
export type Section = (typeof sections)[number];

/** The prefix of the keys the export writes: `gremium-12` is organization 12 of this body. */
export const keyPrefix: Record<Section, string> = {
  wahlperioden: 'wahlperiode',
  sitzungsorte: 'ort',
  gremien: 'gremium',
  personen: 'person',
  mitgliedschaften: 'mitgliedschaft',
};

/** The id an export key names, or undefined for keys written by hand. */
export function idInKey(section: Section, value: string): number | undefined {
  const match = new RegExp(`^${keyPrefix[section]}-([1-9]\\d{0,8})$`).exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

export const exportKey = (section: Section, id: number) => `${keyPrefix[section]}-${id}`;
