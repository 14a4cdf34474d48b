/** @module lib/form-values — what back-office forms send, as zod schemas with German messages: days and optional fields. */
import { z } from './validation.ts';

/** Whether `2026-02-30` and the like name a day that exists. */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A required day between 1900 and 2199; `label` starts every message. */
export function calendarDay(label: string) {
  return (
    z
      .string()
      .trim()
      .min(1, `${label}: Bitte geben Sie ein Datum an.`)
      // no `abort`: inside a union (an optional date) an aborted branch hides its message
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: Bitte geben Sie das Datum als TT.MM.JJJJ oder JJJJ-MM-TT an.`)
      .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isCalendarDay(v), `${label}: Diesen Tag gibt es nicht.`)
      .refine((v) => !isCalendarDay(v) || (v >= '1900-01-01' && v <= '2199-12-31'), `${label}: Bitte ein Datum zwischen 1900 und 2199.`)
  );
}

/** „03.06.2025“ as typed in a field without a date picker becomes `2025-06-03`; anything else stays. */
export function normalDay(typed: string): string {
  const german = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(typed);
  return german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : typed.trim();
}

/**
 * An optional field: empty (or only spaces) is null, anything else must pass `schema`. Not a
 * union with '': zod reports a union whose branch transforms as „Ungültige Eingabe“.
 */
export function blankAsNull<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional()).transform((v) => v ?? null);
}
