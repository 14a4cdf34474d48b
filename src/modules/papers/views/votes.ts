/** @module papers/views/votes — how a vote on a paper reads in German (the agenda item pages use it too). */

import type { Votes } from '../papers.queries.ts';

export type { Votes };

/** „einstimmig“, „Ja 26, Nein 4, Enthaltung 2“, or null when no vote was recorded. */
export function voteText(v: Votes): string | null {
  if (v.unanimous) return 'einstimmig';
  if (v.yes === null && v.no === null && v.abstention === null) return null;
  return `Ja ${v.yes ?? 0}, Nein ${v.no ?? 0}, Enthaltung ${v.abstention ?? 0}`;
}
