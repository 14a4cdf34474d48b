/** @module people/names — how a person's name is written on every page: titles, given name, family name, affix. */
import { z } from '../../lib/validation.ts';

export const personNameFields = {
  title: z.array(z.string()),
  givenName: z.string().nullable(),
  familyName: z.string(),
  affix: z.string().nullable(),
};

export interface PersonNameParts {
  title: readonly string[];
  givenName: string | null;
  familyName: string;
  affix: string | null;
}

/** „Dr. Henrike Albers“. */
export function formatPersonName(p: PersonNameParts): string {
  return [...p.title, p.givenName, p.familyName, p.affix].filter((part) => part !== null && part.trim() !== '').join(' ');
}

/**
 * A person's Fraktion in the current Wahlperiode: those still held today when there are any,
 * otherwise those held during the term (a member who has left keeps the Fraktion they sat for).
 */
export function currentFraktionen<T extends { active: boolean }>(links: readonly T[]): T[] {
  const active = links.filter((l) => l.active);
  return active.length > 0 ? active : [...links];
}
