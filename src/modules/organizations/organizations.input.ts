/**
 * @module organizations/input
 * What the Gremium form may contain, checked on the server: each rule has a German sentence
 * that the form shows beside its field. Rules that need the database (Kurzname taken, a parent
 * that is the row's own descendant, a Sitzungsort that ended) are in organizations.manage.
 */
import { z } from '../../lib/validation.ts';
import { organizationKinds, type OrganizationKind } from './organizations.kinds.ts';

/** The form's raw text per field (domain keys; the routes map them to the form's names). */
export interface OrganizationDraft {
  kind: string;
  name: string;
  shortName: string;
  parentId: string;
  startDate: string;
  endDate: string;
  website: string;
  locationId: string;
  seats: string;
}

export const emptyDraft: OrganizationDraft = {
  kind: '',
  name: '',
  shortName: '',
  parentId: '',
  startDate: '',
  endDate: '',
  website: '',
  locationId: '',
  seats: '',
};

/** `keep`: a row of none of the five Arten keeps its stored type and classification. */
export type KindChoice = OrganizationKind | 'keep';

export interface OrganizationInput {
  kind: KindChoice;
  name: string;
  shortName: string | null;
  parentId: number | null;
  startDate: string | null;
  endDate: string | null;
  website: string | null;
  locationId: number | null;
  seats: number | null;
}

export const NAME_MAX = 300;
export const SHORT_NAME_MAX = 40;
export const WEBSITE_MAX = 500;
export const SEATS_MAX = 500;

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((v) => (v === '' ? null : v));

const optionalId = (message: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || /^[1-9]\d{0,8}$/.test(v), message)
    .transform((v) => (v === '' ? null : Number(v)));

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2199;
}

/** „3.6.2025“ as people type it where the browser offers no date picker, else as sent. */
function isoDay(value: string): string {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  return german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : value;
}

const optionalDate = (what: string) =>
  z
    .string()
    .trim()
    .transform(isoDay)
    .refine((v) => v === '' || isCalendarDate(v), `${what}: bitte ein gültiges Datum angeben (TT.MM.JJJJ).`)
    .transform((v) => (v === '' ? null : v));

function isHttpsAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

const websiteMessage = 'Website: bitte eine vollständige Adresse angeben, die mit https:// beginnt, etwa https://www.kreis.de/ausschuss.';

export const organizationInputSchema = z
  .object({
    kind: z.enum([...organizationKinds, 'keep'], { error: 'Art: bitte wählen Sie, was für eine Organisation es ist.' }),
    name: z.string().trim().min(1, 'Name: bitte geben Sie den Namen an.').max(NAME_MAX, `Name: höchstens ${NAME_MAX} Zeichen.`),
    shortName: optionalText(SHORT_NAME_MAX, `Kurzname: höchstens ${SHORT_NAME_MAX} Zeichen.`),
    parentId: optionalId('Übergeordnete Organisation: bitte eine aus der Liste wählen.'),
    startDate: optionalDate('Beginn'),
    endDate: optionalDate('Ende'),
    website: z
      .string()
      .trim()
      .max(WEBSITE_MAX, `Website: höchstens ${WEBSITE_MAX} Zeichen.`)
      .refine((v) => v === '' || isHttpsAddress(v), websiteMessage)
      .transform((v) => (v === '' ? null : v)),
    locationId: optionalId('Üblicher Sitzungsort: bitte einen aus der Liste wählen.'),
    seats: z
      .string()
      .trim()
      .refine((v) => v === '' || /^\d{1,6}$/.test(v), 'Sitze: bitte eine ganze Zahl angeben.')
      .transform((v) => (v === '' ? null : Number(v)))
      .refine((v) => v === null || (v >= 1 && v <= SEATS_MAX), `Sitze: eine ganze Zahl von 1 bis ${SEATS_MAX}.`),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.endDate && v.endDate < v.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'Ende: liegt vor dem Beginn. Das Ende muss am oder nach dem Beginn liegen.' });
  });

/** Parses the draft; the issues name domain keys. */
export function parseOrganizationDraft(draft: OrganizationDraft) {
  return organizationInputSchema.safeParse(draft);
}

export type { OrganizationKind };
