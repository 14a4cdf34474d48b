/**
 * @module search/query
 * The query syntax people know from web search: words (all must match), "exakte Phrase",
 * -ausschließen, and ODER (also OR or |) between two alternatives. Parsed here into a tree;
 * search.match turns it into a PostgreSQL tsquery. Never throws: unbalanced quotes and stray
 * operators are read as plain words.
 */

export type Term = { kind: 'word'; text: string } | { kind: 'phrase'; text: string };

/** All groups must match; a group matches when one of its alternatives does. */
export interface ParsedQuery {
  groups: Term[][];
  excluded: Term[];
  /** The words of the query, for "Meinten Sie …?" and highlighting. */
  words: string[];
}

const OR_WORDS = new Set(['oder', 'or', '|']);

/** Letters, digits and the joiners used in references and compounds („VO/2025/246“, „Kita-Gebühren“). */
function cleanWord(raw: string): string {
  return raw.replace(/[^\p{L}\p{N}/.\-_]+/gu, '').replace(/^[/.\-_]+|[/.\-_]+$/g, '');
}

export function parseQuery(input: string): ParsedQuery {
  const tokens: Array<{ term: Term; negated: boolean } | 'or'> = [];
  const pattern = /(-?)"([^"]*)"|(\S+)/g;
  for (const match of input.slice(0, 500).matchAll(pattern)) {
    const [, minus, phrase, bare] = match;
    if (phrase !== undefined) {
      const text = phrase.split(/\s+/).map(cleanWord).filter(Boolean).join(' ');
      if (text) tokens.push({ term: text.includes(' ') ? { kind: 'phrase', text } : { kind: 'word', text }, negated: minus === '-' });
      continue;
    }
    if (bare === undefined) continue;
    // „or“ in lower case is more likely an English word than an operator
    if (OR_WORDS.has(bare.toLowerCase()) && bare !== 'or') {
      tokens.push('or');
      continue;
    }
    const negated = bare.startsWith('-') && bare.length > 1;
    const text = cleanWord(negated ? bare.slice(1) : bare);
    if (text) tokens.push({ term: { kind: 'word', text }, negated });
  }

  const groups: Term[][] = [];
  const excluded: Term[] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (token === 'or') {
      joinNext = groups.length > 0;
      continue;
    }
    if (token.negated) {
      excluded.push(token.term);
      joinNext = false;
      continue;
    }
    const last = groups.at(-1);
    if (joinNext && last) last.push(token.term);
    else groups.push([token.term]);
    joinNext = false;
  }
  const words = groups.flat().flatMap((t) => t.text.split(' '));
  return { groups, excluded, words };
}
