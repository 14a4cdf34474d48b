/**
 * @module oparl/spec-schemas
 * The OParl 1.1 object types as zod schemas, written from the specification (schema/*.json of
 * OParl/spec v1.1.1 and chapters 2.4, 2.8, 3.1): required fields, formats, embedded objects and
 * references. The conformance tests validate every answer of the API against them.
 */
import { z } from 'zod';

const TYPE = 'https://schema.oparl.org/1.1/';
/** 2.3: absolute http(s) URLs. */
const url = z.string().regex(/^https?:\/\/[^\s]+$/, 'keine absolute URL');
/** 2.4 Datums- und Zeitangaben. */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'kein Datum yyyy-mm-dd');
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/, 'kein Zeitpunkt yyyy-mm-ddThh:mm:ss±hh:mm');
/** 2.4: optional strings and lists are left out rather than empty. */
const text = z.string().min(1, 'leere Zeichenkette');
const list = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'leere Liste');

type Shape = Record<string, z.ZodType>;

/** Properties every object has (3.1); `created` and `modified` are required in 1.1. */
const common = (name: string): Shape => ({
  id: url,
  type: z.literal(`${TYPE}${name}`),
  created: dateTime,
  modified: dateTime,
  license: url.optional(),
  keyword: list(text).optional(),
  web: url.optional(),
  deleted: z.literal(false).optional(),
});

/** Spec keys only, plus vendor extensions with a prefix (3.0 Herstellerspezifische Erweiterungen). */
function object(name: string, shape: Shape) {
  const known = { ...common(name), ...shape };
  return z
    .object(known)
    .catchall(z.unknown())
    .superRefine((value, ctx) => {
      for (const key of Object.keys(value))
        if (!(key in known) && !key.includes(':')) ctx.addIssue({ code: 'custom', path: [key], message: `unbekannte Eigenschaft ${key}` });
    });
}

const opt = <T extends z.ZodType>(schema: T) => schema.optional();

export const locationSchema = object('Location', {
  description: opt(text),
  geojson: opt(z.object({ type: z.literal('Feature') }).passthrough()),
  streetAddress: opt(text),
  room: opt(text),
  postalCode: opt(text),
  subLocality: opt(text),
  locality: opt(text),
  bodies: opt(list(url)),
  organizations: opt(list(url)),
  persons: opt(list(url)),
  meetings: opt(list(url)),
  papers: opt(list(url)),
});

export const fileSchema = object('File', {
  name: opt(text),
  fileName: opt(text),
  mimeType: opt(text),
  date: opt(date),
  size: opt(z.number().int().nonnegative()),
  sha1Checksum: opt(z.string().regex(/^[0-9a-f]{40}$/)),
  sha512Checksum: opt(z.string().regex(/^[0-9a-f]{128}$/)),
  text: opt(text),
  accessUrl: url,
  downloadUrl: opt(url),
  externalServiceUrl: opt(url),
  masterFile: opt(url),
  derivativeFile: opt(list(url)),
  fileLicense: opt(url),
  meeting: opt(list(url)),
  agendaItem: opt(list(url)),
  paper: opt(list(url)),
});

export const legislativeTermSchema = object('LegislativeTerm', { body: opt(url), name: opt(text), startDate: opt(date), endDate: opt(date) });

export const membershipSchema = object('Membership', {
  person: opt(url),
  organization: opt(url),
  role: opt(text),
  votingRight: opt(z.boolean()),
  startDate: opt(date),
  endDate: opt(date),
  onBehalfOf: opt(url),
});

export const consultationSchema = object('Consultation', {
  paper: opt(url),
  agendaItem: opt(url),
  meeting: opt(url),
  organization: opt(list(url)),
  authoritative: opt(z.boolean()),
  role: opt(text),
});

export const agendaItemSchema = object('AgendaItem', {
  meeting: opt(url),
  number: opt(text),
  order: z.number().int().nonnegative(),
  name: opt(text),
  public: opt(z.boolean()),
  consultation: opt(url),
  result: opt(text),
  resolutionText: opt(text),
  resolutionFile: opt(fileSchema),
  auxiliaryFile: opt(list(fileSchema)),
  start: opt(dateTime),
  end: opt(dateTime),
});

export const meetingSchema = object('Meeting', {
  name: opt(text),
  meetingState: opt(text),
  cancelled: opt(z.boolean()),
  start: opt(dateTime),
  end: opt(dateTime),
  location: opt(locationSchema),
  organization: opt(list(url)),
  participant: opt(list(url)),
  invitation: opt(fileSchema),
  resultsProtocol: opt(fileSchema),
  verbatimProtocol: opt(fileSchema),
  auxiliaryFile: opt(list(fileSchema)),
  agendaItem: opt(list(agendaItemSchema)),
});

export const paperSchema = object('Paper', {
  body: opt(url),
  name: opt(text),
  reference: opt(text),
  date: opt(date),
  paperType: opt(text),
  relatedPaper: opt(list(url)),
  superordinatedPaper: opt(list(url)),
  subordinatedPaper: opt(list(url)),
  mainFile: opt(fileSchema),
  auxiliaryFile: opt(list(fileSchema)),
  location: opt(list(locationSchema)),
  originatorPerson: opt(list(url)),
  underDirectionOf: opt(list(url)),
  originatorOrganization: opt(list(url)),
  consultation: opt(list(consultationSchema)),
});

export const personSchema = object('Person', {
  body: opt(url),
  name: opt(text),
  familyName: opt(text),
  givenName: opt(text),
  formOfAddress: opt(text),
  affix: opt(text),
  title: opt(list(text)),
  gender: opt(text),
  phone: opt(list(text)),
  email: opt(list(text)),
  location: opt(url),
  locationObject: opt(locationSchema),
  status: opt(list(text)),
  membership: opt(list(membershipSchema)),
  life: opt(text),
  lifeSource: opt(text),
});

export const organizationSchema = object('Organization', {
  body: opt(url),
  name: opt(text),
  membership: opt(list(url)),
  meeting: opt(url),
  consultation: opt(url),
  shortName: opt(text),
  post: opt(list(text)),
  subOrganizationOf: opt(url),
  organizationType: opt(text),
  classification: opt(text),
  startDate: opt(date),
  endDate: opt(date),
  website: opt(url),
  location: opt(locationSchema),
  externalBody: opt(url),
});

export const bodySchema = object('Body', {
  system: opt(url),
  shortName: opt(text),
  name: text,
  website: opt(url),
  licenseValidSince: opt(dateTime),
  oparlSince: opt(dateTime),
  ags: opt(text),
  rgs: opt(text),
  equivalent: opt(list(url)),
  contactEmail: opt(text),
  contactName: opt(text),
  organization: url,
  person: url,
  meeting: url,
  paper: url,
  // required, but may be left out with omit_internal (2.5)
  legislativeTerm: z.array(legislativeTermSchema),
  agendaItem: url,
  consultation: url,
  file: url,
  locationList: url,
  legislativeTermList: url,
  membership: url,
  classification: opt(text),
  location: opt(locationSchema),
});

export const systemSchema = object('System', {
  oparlVersion: z.string().regex(/^https:\/\/schema\.oparl\.org\/1\.(0|1)\/$/),
  otherOparlVersions: opt(list(url)),
  body: url,
  name: opt(text),
  contactEmail: opt(text),
  contactName: opt(text),
  website: opt(url),
  vendor: opt(url),
  product: opt(url),
});

/** 2.8: a deleted object keeps id, type, created and modified; everything else may go. */
export const deletedObjectSchema = (name: string) =>
  z.object({ id: url, type: z.literal(`${TYPE}${name}`), created: dateTime, modified: dateTime, deleted: z.literal(true) }).strict();

/** 2.5 Paginierung. */
export const listPageSchema = z
  .object({
    data: z.array(z.record(z.string(), z.unknown())),
    pagination: z
      .object({
        totalElements: opt(z.number().int().nonnegative()),
        elementsPerPage: opt(z.number().int().nonnegative()),
        currentPage: opt(z.number().int().nonnegative()),
        totalPages: opt(z.number().int().nonnegative()),
      })
      .strict(),
    links: z.object({ first: opt(url), prev: opt(url), self: opt(url), next: opt(url), last: opt(url), web: opt(url) }).strict(),
  })
  .strict();

/** 2.9 Ausnahmebehandlung. */
export const errorSchema = z.object({ type: z.literal(`${TYPE}Error`), message: z.string().min(1), debug: z.string().optional() }).strict();

export const schemasByType: Record<string, z.ZodType> = {
  System: systemSchema,
  Body: bodySchema,
  LegislativeTerm: legislativeTermSchema,
  Organization: organizationSchema,
  Person: personSchema,
  Membership: membershipSchema,
  Meeting: meetingSchema,
  AgendaItem: agendaItemSchema,
  Paper: paperSchema,
  Consultation: consultationSchema,
  File: fileSchema,
  Location: locationSchema,
};

/** Human-readable problems of one object; empty when it conforms. */
export function validateOparlObject(value: unknown): string[] {
  const type = typeof value === 'object' && value !== null && 'type' in value ? String(value.type) : '';
  const name = type.startsWith(TYPE) ? type.slice(TYPE.length) : '';
  const schema = (value as { deleted?: unknown }).deleted === true ? deletedObjectSchema(name) : schemasByType[name];
  if (!schema) return [`unbekannter Typ ${type}`];
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(Objekt)'}: ${i.message}`);
}

/**
 * References a crawler follows: single URLs and URL lists that name another API object, and
 * the external lists, per type (from `references` in the spec's schema files).
 */
export const referencesByType: Record<string, { one: string[]; many: string[]; lists: string[] }> = {
  System: { one: [], many: ['otherOparlVersions'], lists: ['body'] },
  Body: {
    one: ['system'],
    many: [],
    lists: ['organization', 'person', 'meeting', 'paper', 'agendaItem', 'consultation', 'file', 'locationList', 'legislativeTermList', 'membership'],
  },
  LegislativeTerm: { one: ['body'], many: [], lists: [] },
  Organization: { one: ['body', 'subOrganizationOf', 'externalBody'], many: ['membership'], lists: ['meeting', 'consultation'] },
  Person: { one: ['body', 'location'], many: [], lists: [] },
  Membership: { one: ['person', 'organization', 'onBehalfOf'], many: [], lists: [] },
  Meeting: { one: [], many: ['organization', 'participant'], lists: [] },
  AgendaItem: { one: ['meeting', 'consultation'], many: [], lists: [] },
  Paper: {
    one: ['body'],
    many: ['relatedPaper', 'superordinatedPaper', 'subordinatedPaper', 'originatorPerson', 'underDirectionOf', 'originatorOrganization'],
    lists: [],
  },
  Consultation: { one: ['paper', 'agendaItem', 'meeting'], many: ['organization'], lists: [] },
  File: { one: ['masterFile'], many: ['derivativeFile', 'meeting', 'agendaItem', 'paper'], lists: [] },
  Location: { one: [], many: ['bodies', 'organizations', 'persons', 'meetings', 'papers'], lists: [] },
};

/** Embedded objects per type and property (3.0 „intern ausgegeben“). */
export const embeddedByType: Record<string, Record<string, string>> = {
  Body: { legislativeTerm: 'LegislativeTerm', location: 'Location' },
  Organization: { location: 'Location' },
  Person: { membership: 'Membership', locationObject: 'Location' },
  Meeting: { location: 'Location', invitation: 'File', resultsProtocol: 'File', verbatimProtocol: 'File', auxiliaryFile: 'File', agendaItem: 'AgendaItem' },
  AgendaItem: { resolutionFile: 'File', auxiliaryFile: 'File' },
  Paper: { mainFile: 'File', auxiliaryFile: 'File', location: 'Location', consultation: 'Consultation' },
};
