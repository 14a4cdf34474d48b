/**
 * @module people/person-rules
 * The back-office person form as the server checks it: each field with its German message, by
 * the form's field names, so the page puts each message beside its field. E-mail and phone are
 * for the administration only (never public); several may be given, separated by commas.
 */
import { z } from '../../lib/validation.ts';

/** The choices of „Anrede“; „divers“ for persons addressed without Frau or Herr. */
export const formsOfAddress = ['Frau', 'Herr', 'divers'] as const;

export interface PersonInput {
  formOfAddress: string | null;
  /** The title as typed, e.g. „Dr.“ or „Prof. Dr.“ (stored as one entry unless unchanged). */
  title: string;
  givenName: string | null;
  familyName: string;
  fraktionId: number | null;
  email: string[];
  phone: string[];
  citizenMember: boolean;
}

/** The form's fields as sent, every value a string (an unchecked box is ''). */
export type PersonFormFields = Record<'anrede' | 'titel' | 'vorname' | 'nachname' | 'fraktion' | 'email' | 'telefon' | 'sachkundig', string>;

const list = (text: string) =>
  text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);

const emailPattern = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;
const phonePattern = /^\+?[0-9][0-9 ()/.-]{2,39}$/;

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}: höchstens ${max} Zeichen.`)
    .transform((v) => (v === '' ? null : v));

/** `keepAddress`: a stored Anrede outside the list (imported) stays allowed, so saving loses nothing. */
export function personSchema(keepAddress: string | null) {
  const addresses: readonly string[] = keepAddress ? [...formsOfAddress, keepAddress] : formsOfAddress;
  return z.object({
    anrede: z
      .string()
      .refine((v) => v === '' || addresses.includes(v), 'Anrede: Bitte wählen Sie Frau, Herr, divers oder keine Anrede.')
      .transform((v) => (v === '' ? null : v)),
    titel: z.string().trim().max(60, 'Titel: höchstens 60 Zeichen, etwa „Dr.“.'),
    vorname: optionalText('Vorname', 100),
    nachname: z.string().trim().min(1, 'Nachname: Bitte geben Sie den Nachnamen an.').max(100, 'Nachname: höchstens 100 Zeichen.'),
    fraktion: z
      .string()
      .regex(/^(\d{1,9})?$/, 'Fraktion: Bitte wählen Sie eine Fraktion aus der Liste.')
      .transform((v) => (v === '' ? null : Number(v))),
    email: z
      .string()
      .max(300, 'E-Mail: höchstens 300 Zeichen.')
      .transform(list)
      .refine(
        (all) => all.every((e) => emailPattern.test(e) && e.length <= 200),
        'E-Mail: Bitte geben Sie eine gültige Adresse an, etwa name@kreis.example; mehrere durch Kommas getrennt.',
      ),
    telefon: z
      .string()
      .max(200, 'Telefon: höchstens 200 Zeichen.')
      .transform(list)
      .refine(
        (all) => all.every((p) => phonePattern.test(p)),
        'Telefon: nur Ziffern, Leerzeichen und + ( ) / - . – etwa 04199 555-0101; mehrere durch Kommas.',
      ),
    sachkundig: z.string().transform((v) => v === 'ja'),
  });
}

/** The typed fields as input, or the message per field. */
export function parsePerson(fields: PersonFormFields, keepAddress: string | null): { ok: true; value: PersonInput } | { ok: false; problems: z.ZodError } {
  const parsed = personSchema(keepAddress).safeParse(fields);
  if (!parsed.success) return { ok: false, problems: parsed.error };
  const v = parsed.data;
  return {
    ok: true,
    value: {
      formOfAddress: v.anrede,
      title: v.titel,
      givenName: v.vorname,
      familyName: v.nachname,
      fraktionId: v.fraktion,
      email: v.email,
      phone: v.telefon,
      citizenMember: v.sachkundig,
    },
  };
}

/** The title field's text of a stored title list. */
export const titleText = (title: readonly string[]) => title.join(' ');

/** The stored title list: unchanged when the text is what the list reads, else the text as one entry. */
export function titleList(text: string, stored: readonly string[] = []): string[] {
  if (text === titleText(stored)) return [...stored];
  return text === '' ? [] : [text];
}
