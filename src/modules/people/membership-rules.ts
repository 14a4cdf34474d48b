/**
 * @module people/membership-rules
 * The membership form as the server checks it, each message by the form's field name. The
 * voting right follows the role unless set: everyone votes except a beratendes Mitglied.
 * A deputy (stellv. Mitglied) may name the member they stand in for; other roles stand in for nobody.
 */
import { z } from '../../lib/validation.ts';
import { membershipRoles } from './people.tables.ts';

export type MembershipRole = (typeof membershipRoles)[number];
export { membershipRoles };

/** The roles as the forms and pages write them. */
export const roleLabels: Record<MembershipRole, string> = {
  Vorsitz: 'Vorsitz',
  'stellv. Vorsitz': 'stellv. Vorsitz',
  Mitglied: 'Mitglied',
  'stellv. Mitglied': 'stellv. Mitglied',
  'Beratendes Mitglied': 'beratendes Mitglied',
};

export const roleLabel = (role: string) => roleLabels[role as MembershipRole] ?? role;
export const DEPUTY: MembershipRole = 'stellv. Mitglied';
export const ADVISORY: MembershipRole = 'Beratendes Mitglied';

export interface MembershipInput {
  personId: number;
  organizationId: number;
  role: string;
  votingRight: boolean;
  startDate: string | null;
  endDate: string | null;
  representsPersonId: number | null;
  onBehalfOfId: number | null;
}

export type MembershipFormFields = Record<'person' | 'gremium' | 'rolle' | 'stimmrecht' | 'beginn' | 'ende' | 'vertritt' | 'fraktion', string>;

const isCalendarDate = (v: string) => {
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2199;
};

/** JJJJ-MM-TT as a date field sends it, or TT.MM.JJJJ as typed where the browser offers no date picker. */
export function isoDay(text: string): string | undefined {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : text;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && isCalendarDate(iso) ? iso : undefined;
}

const date = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || isoDay(v) !== undefined, `${label}: Bitte ein gültiges Datum angeben, etwa 01.06.2025.`)
    .transform((v) => (v === '' ? null : (isoDay(v) ?? null)));

const id = (message: string) =>
  z
    .string()
    .regex(/^(\d{1,9})?$/, message)
    .transform((v) => (v === '' ? null : Number(v)));

/**
 * `keepRole`: a stored role outside the list (imported) stays allowed; `requireStart`: a new
 * membership needs its beginning (an imported one may lack it).
 */
export function membershipSchema(options: { keepRole?: string | null; requireStart: boolean }) {
  const roles: readonly string[] = options.keepRole ? [...membershipRoles, options.keepRole] : membershipRoles;
  return z
    .object({
      person: id('Person: Bitte wählen Sie eine Person aus der Liste.'),
      gremium: id('Gremium: Bitte wählen Sie ein Gremium aus der Liste.'),
      rolle: z.string().refine((v) => roles.includes(v), 'Rolle: Bitte wählen Sie eine Rolle aus der Liste.'),
      stimmrecht: z.enum(['', 'ja', 'nein'], { error: 'Stimmrecht: Bitte wählen Sie ja, nein oder „nach Rolle“.' }),
      beginn: date('Beginn'),
      ende: date('Ende'),
      vertritt: id('Vertritt: Bitte wählen Sie ein Mitglied aus der Liste.'),
      fraktion: id('Fraktion: Bitte wählen Sie eine Fraktion aus der Liste.'),
    })
    .superRefine((v, ctx) => {
      const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (v.person === null) problem('person', 'Person: Bitte wählen Sie die Person.');
      if (v.gremium === null) problem('gremium', 'Gremium: Bitte wählen Sie das Gremium.');
      if (options.requireStart && v.beginn === null) problem('beginn', 'Beginn: Bitte geben Sie an, ab wann die Mitgliedschaft gilt.');
      if (v.beginn && v.ende && v.ende < v.beginn) problem('ende', 'Ende: Das Ende liegt vor dem Beginn.');
      if (v.rolle === ADVISORY && v.stimmrecht === 'ja') problem('stimmrecht', 'Stimmrecht: Ein beratendes Mitglied hat kein Stimmrecht.');
      if (v.rolle === DEPUTY && v.vertritt !== null && v.vertritt === v.person) problem('vertritt', 'Vertritt: Niemand vertritt sich selbst.');
      if (v.fraktion !== null && v.fraktion === v.gremium) problem('fraktion', 'Fraktion: Eine Mitgliedschaft in einer Fraktion gilt nicht für eine Fraktion.');
    });
}

export function parseMembership(
  fields: MembershipFormFields,
  options: { keepRole?: string | null; requireStart: boolean },
): { ok: true; value: MembershipInput } | { ok: false; problems: z.ZodError } {
  const parsed = membershipSchema(options).safeParse(fields);
  if (!parsed.success) return { ok: false, problems: parsed.error };
  const v = parsed.data;
  return {
    ok: true,
    value: {
      personId: v.person ?? 0,
      organizationId: v.gremium ?? 0,
      role: v.rolle,
      votingRight: v.stimmrecht === '' ? v.rolle !== ADVISORY : v.stimmrecht === 'ja',
      startDate: v.beginn,
      endDate: v.ende,
      // only a deputy stands in for someone; a choice left over from another role is dropped
      representsPersonId: v.rolle === DEPUTY ? v.vertritt : null,
      onBehalfOfId: v.fraktion,
    },
  };
}
