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
