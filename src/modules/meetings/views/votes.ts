/** @module meetings/views/votes — how a vote reads in German. */

export interface Votes {
  unanimous: boolean | null;
  yes: number | null;
  no: number | null;
  abstention: number | null;
}

/** „einstimmig“, „Ja 26, Nein 4, Enthaltung 2“, or null when no vote was recorded. */
export function voteText(v: Votes): string | null {
  if (v.unanimous) return 'einstimmig';
  if (v.yes === null && v.no === null && v.abstention === null) return null;
  return `Ja ${v.yes ?? 0}, Nein ${v.no ?? 0}, Enthaltung ${v.abstention ?? 0}`;
}
