/** @module papers/reference — Vorlagennummern and their permalink slugs. */

/**
 * The URL form of a reference: separators other than letters and digits become single hyphens,
 * so „VO/2025/246“ is reachable as `/vorlagen/VO-2025-246`. Case is kept: references are
 * printed in capitals and the permalink should read the same.
 */
export function referenceToSlug(reference: string): string {
  return reference
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A Vorlagennummer as typed: type (Vorlagenart, may be missing), year, number (may be missing: typed in part). */
export interface ReferenceQuery {
  type: string | null;
  year: number;
  /** Digits of the running number as typed, leading zeros dropped; null when only the year was typed. */
  number: string | null;
}

/**
 * Reads what people type for a Vorlagennummer: „VO/2026/25“, „VO 2026/25“, „vo 2026 25“,
 * „VO-2026-25“, „Vo2026/25“, „vo/2026/025“ and without the type „2026/25“ or „2026 25“. Case,
 * separators (slash, dash, space, dot) and leading zeros do not matter; a two-digit year is read
 * as 20xx. A number typed in part („VO/2023/4“) is a prefix. Null when the input is no reference.
 */
export function parseReferenceQuery(input: string): ReferenceQuery | null {
  const match = /^\s*(?:(\p{L}{1,10})\s*([/\-. ]?)\s*)?(\d{4}|\d{2})\s*(?:([/\-. ])\s*(\d{1,6})?)?\s*$/u.exec(input);
  if (!match) return null;
  const [, type, typeSeparator, yearText, separator, numberText] = match;
  // a bare year („2025“) and a word with a year („Haushalt 2025“) are no reference; „VO/2025“ is one in part
  if (numberText === undefined && (!type || (separator === undefined && !/[/-]/.test(typeSeparator ?? '')))) return null;
  if (yearText === undefined) return null;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (year < 1950 || year > 2199) return null;
  const number = numberText === undefined ? null : numberText.replace(/^0+(?=\d)/, '');
  return { type: type ? type.toUpperCase() : null, year, number };
}

/** The canonical spelling „VO/2026/25“ of a complete reference with type, else null. */
export function canonicalReference(ref: ReferenceQuery): string | null {
  return ref.type && ref.number !== null ? `${ref.type}/${ref.year}/${ref.number}` : null;
}
