/**
 * @module search/suggest
 * „Meinten Sie …?“ for a query that found little: misspelt words replaced by similar words of
 * the titles and names the viewer may see.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { searchEntryVisibleTo } from '../../access/index.ts';
import type { ParsedQuery } from './search.query.ts';
import type { SearchRequest } from './search.request.ts';

const wordRow = z.object({ word: z.string() });

/**
 * Each word of four letters or more that hardly occurs is replaced by the most similar word of
 * a visible title or name (trigram similarity), if one is close enough. Undefined when no word
 * was replaced.
 */
export async function suggest(db: Db, request: SearchRequest, parsed: ParsedQuery): Promise<string | undefined> {
  let changed = false;
  const words: string[] = [];
  for (const word of parsed.words) {
    const lower = word.toLowerCase();
    if (lower.length < 4 || /\d/.test(lower)) {
      words.push(word);
      continue;
    }
    const best = (
      await queryRow(
        db,
        wordRow,
        sql`select w as word from (
          select distinct lower(w) as w from (
            select search_entries.title from search_entries
            where search_entries.body_id = ${request.bodyId} and ${lower} <% lower(search_entries.title)
              and ${searchEntryVisibleTo(request.viewer)} limit 200) t,
          regexp_split_to_table(t.title, '[^[:alpha:][:digit:]äöüÄÖÜß]+') w) words
        where length(w) >= 3 and similarity(w, ${lower}) >= 0.35
        order by similarity(w, ${lower}) desc, w limit 1`,
      )
    )?.word;
    if (best && best !== lower) {
      changed = true;
      words.push(word[0] === word[0]?.toUpperCase() ? best.charAt(0).toUpperCase() + best.slice(1) : best);
    } else words.push(word);
  }
  return changed ? words.join(' ') : undefined;
}
