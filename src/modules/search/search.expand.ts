/**
 * @module search/expand
 * What a query word also means: its synonyms (search.synonyms), the parts of a compound
 * („Müllgebühren“ → Müll + Gebühren, each with its synonyms) and the compounds a word is part
 * of („Beirat“ → Integrationsbeirat, „Gebühren“ after „Abfall“ → Abfallgebührensatzung). German
 * compounds are split with a lexicon: the vocabulary of the public index (`search_words`, stems
 * as PostgreSQL's German dictionary makes them) and the synonym list, with the linking elements
 * (Fugen-s, -n, -en, -es, -e, -er) between the parts. The result is one tsquery text per word,
 * OR-ed to the word's own query by search.match.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import type { ParsedQuery } from './search.query.ts';

const FUGEN = ['', 's', 'es', 'n', 'en', 'ns', 'e', 'er'];
const MIN_PART = 3;
/** Compounds a word may expand to, shortest first: enough for every Gremium and title, bounded for the tsquery. */
const MAX_COMPOUNDS = 40;

const fold = (w: string) => w.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
/** The word without a plural or case ending, for comparing list words with typed ones („Kitas“ = „Kita“). */
const base = (w: string) => {
  const f = fold(w);
  const stripped = f.replace(/(en|n|s|e)$/, '');
  return stripped.length >= MIN_PART ? stripped : f;
};
const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const isWord = (w: string) => /^\p{L}+$/u.test(w) && w.length >= MIN_PART;

/** The synonyms of a word (other words of its groups), by base form. */
export function synonymsFor(word: string, groups: string[][]): string[] {
  const b = base(word);
  const found = new Set<string>();
  for (const group of groups) if (group.some((g) => base(g) === b)) for (const g of group) if (base(g) !== b) found.add(g);
  return [...found];
}

const stemRow = z.object({ text: z.string(), stems: z.array(z.string()) });
const hitRow = z.object({ i: z.number(), word: z.string() });

/** German stems of the given texts (several for a multi-word text, none for a stop word). */
async function stemsOf(db: Db, texts: string[]): Promise<Map<string, string[]>> {
  if (texts.length === 0) return new Map();
  const rows = await queryRows(
    db,
    stemRow,
    sql`select t as text, tsvector_to_array(to_tsvector('german', t)) as stems from unnest(${sql.param(texts)}::text[]) t`,
  );
  return new Map(rows.map((r) => [r.text, r.stems]));
}

/** For each `like` pattern, matching words of the vocabulary (at most `limit`, shortest first). */
async function vocabulary(db: Db, bodyId: number, patterns: string[], limit: number): Promise<string[][]> {
  if (patterns.length === 0) return [];
  const parts: SQL[] = patterns.map(
    (pattern, i) =>
      sql`(select ${i}::int as i, word from search_words where body_id = ${bodyId} and word like ${pattern} order by length(word), word limit ${limit})`,
  );
  const rows = await queryRows(db, hitRow, sql.join(parts, sql` union all `));
  const out: string[][] = patterns.map(() => []);
  for (const r of rows) out[r.i]?.push(r.word);
  return out;
}

const like = (t: string) => t.replace(/[\\%_]/g, '\\$&');

/** Split points of a word: left part with the linking element removed, and right part. */
function splits(word: string): Array<{ left: string; right: string }> {
  const out: Array<{ left: string; right: string }> = [];
  for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
    const head = word.slice(0, i);
    for (const fuge of FUGEN) {
      if (!head.endsWith(fuge) || head.length - fuge.length < MIN_PART) continue;
      out.push({ left: head.slice(0, head.length - fuge.length), right: word.slice(i) });
    }
  }
  return out;
}

/**
 * The expansion of every word of the query, as tsquery text, keyed by the word as parsed. Words
 * without any expansion are missing from the map.
 */
export async function expandQuery(db: Db, bodyId: number, parsed: ParsedQuery, groups: string[][]): Promise<Map<string, string>> {
  const words = [
    ...new Set(
      parsed.groups
        .flat()
        .filter((t) => t.kind === 'word')
        .map((t) => t.text),
    ),
  ];
  const hyphenParts = (w: string) => w.split('-').filter(isWord);
  // candidate parts of every word, and the synonyms of words and parts
  const candidates = new Set<string>();
  for (const w of words) {
    if (isWord(w) && w.length >= 2 * MIN_PART) for (const s of splits(w)) candidates.add(s.left).add(s.right);
    for (const p of hyphenParts(w)) candidates.add(p);
    if (isWord(w)) candidates.add(w);
  }
  const synonymTexts = new Set<string>();
  for (const c of candidates) for (const s of synonymsFor(c, groups)) synonymTexts.add(s);
  const stems = await stemsOf(db, [...candidates, ...synonymTexts]);
  const stem = (t: string) => stems.get(t)?.[0];

  // which candidate parts the lexicon knows: a synonym list word, or the start of an indexed word
  const prefixStems = [...new Set([...candidates].map(stem).filter((s): s is string => !!s && s.length >= MIN_PART))];
  const prefixHits = await vocabulary(
    db,
    bodyId,
    prefixStems.map((s) => `${like(s)}%`),
    1,
  );
  const knownStems = new Set(prefixStems.filter((_, i) => (prefixHits[i]?.length ?? 0) > 0));
  const listed = new Set(groups.flat().map(base));
  const known = (part: string) => listed.has(base(part)) || knownStems.has(stem(part) ?? '');

  // a word the index holds as it is („Kreistag“) is not split: only compounds the texts do not use
  const wordStems = words.map(stem);
  const indexed = await vocabulary(
    db,
    bodyId,
    wordStems.map((s) => (s ? like(s) : '')),
    1,
  );
  const inIndex = new Set(words.filter((_, i) => (indexed[i]?.length ?? 0) > 0));

  const partsOf = new Map<string, string[]>();
  for (const w of words) {
    const hyphen = hyphenParts(w);
    if (hyphen.length >= 2) partsOf.set(w, hyphen);
    else if (isWord(w) && w.length >= 2 * MIN_PART && !inIndex.has(w)) {
      const split = splits(w).find((s) => known(s.left) && known(s.right));
      if (split) partsOf.set(w, [split.left, split.right]);
    }
  }

  // compounds the words and parts are the tail or middle of (found by the stem inside an indexed word)
  const inner = [...new Set([...words.filter(isWord), ...[...partsOf.values()].flat()].map(stem).filter((s): s is string => !!s && s.length >= MIN_PART))];
  const innerHits = await vocabulary(
    db,
    bodyId,
    inner.map((s) => `_%${like(s)}%`),
    200,
  );
  const containing = new Map(inner.map((s, i) => [s, innerHits[i] ?? []]));
  /** Indexed compounds with `s` inside whose head is a word (≥ 3 letters), or for a list of heads, one of them. */
  const compoundsWith = (s: string, heads?: Set<string>): string[] =>
    (containing.get(s) ?? [])
      .filter((word) => {
        const at = word.indexOf(s);
        if (at < MIN_PART) return false;
        const head = word.slice(0, at);
        if (heads) return FUGEN.some((f) => head.endsWith(f) && heads.has(base(head.slice(0, head.length - f.length))));
        // a short word only as a tail („Bus“ in „Nachtbus“), a longer one also inside („Gebühren“ in „Abfallgebührensatzung“)
        return s.length >= 4 || word.length - at - s.length <= 2;
      })
      .slice(0, MAX_COMPOUNDS);

  const alternativesOf = (text: string): string[] => {
    const own = stem(text);
    const alts: string[] = own ? [`${quote(own)}:*`] : [];
    for (const syn of synonymsFor(text, groups)) {
      const synStems = stems.get(syn) ?? [];
      if (synStems.length > 0) alts.push(synStems.map((s) => `${quote(s)}:*`).join(' & '));
    }
    if (own) for (const c of compoundsWith(own)) alts.push(quote(c));
    return alts;
  };

  const out = new Map<string, string>();
  for (const w of words) {
    const alts = isWord(w) ? alternativesOf(w).slice(1) : [];
    const parts = partsOf.get(w);
    if (parts) {
      const partQueries = parts.map((p) => alternativesOf(p));
      if (partQueries.every((q) => q.length > 0)) alts.push(partQueries.map((q) => `(${q.join(' | ')})`).join(' & '));
      // the head or its synonyms joined to the tail: Müll|Abfall + Gebühren → Abfallgebührensatzung
      const [head, tail] = [parts[0], parts.at(-1)];
      const tailStem = tail && stem(tail);
      if (head && tailStem) {
        const heads = new Set([head, ...synonymsFor(head, groups)].map(base));
        for (const c of compoundsWith(tailStem, heads)) alts.push(quote(c));
      }
    }
    if (alts.length > 0) out.set(w, alts.join(' | '));
  }
  return out;
}
