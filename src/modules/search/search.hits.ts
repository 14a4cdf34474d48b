/**
 * @module search/hits
 * The hits on a page as they are shown: address, context (the paper of an attachment, the
 * session of an agenda item) and a snippet with the matched words marked.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { intArray } from '../../db/sql-arrays.ts';
import { z } from '../../lib/validation.ts';
import { paperVisibleTo, searchEntryVisibleTo, type Viewer } from '../../access/index.ts';
import { paperStateColumn, paperStateSteps } from '../papers/index.ts';
import type { SearchHit, SnippetPart } from './search.request.ts';
import { searchKinds, type SearchKind } from './search.tables.ts';

const MARK_START = '\u27E6';
const MARK_END = '\u27E7';
const headlineOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** A match on the page as the search statement lists it (a JSON object of its `hits`). */
export const hitRow = z.object({
  kind: z.enum(searchKinds),
  object_id: z.number(),
  title: z.string(),
  reference: z.string().nullable(),
  date: z.string().nullable(),
  paper_type: z.string().nullable(),
  decision_state: z.string().nullable(),
});
export type HitRow = z.output<typeof hitRow>;

const detailRow = z.object({
  kind: z.enum(searchKinds),
  object_id: z.number(),
  headline: z.string().nullable(),
  page: z.number().nullable(),
  slug: z.string().nullable(),
  file_name: z.string().nullable(),
  paper: z.object({ reference: z.string(), name: z.string(), slug: z.string() }).nullable(),
  meeting: z.object({ id: z.number(), name: z.string(), date: z.string().nullable() }).nullable(),
  page_headline: z.string().nullable(),
  paper_state: paperStateColumn.nullable(),
});
type DetailRow = z.output<typeof detailRow>;

/**
 * Addresses, context and snippets of the hits on the page (at most one page: cheap). The entries
 * are filtered by the policy once more, so no snippet is cut from what the viewer may not see.
 */
export async function describeHits(db: Db, viewer: Viewer, rows: HitRow[], query: SQL | undefined): Promise<SearchHit[]> {
  if (rows.length === 0) return [];
  const q = query ?? sql`''::tsquery`;
  const kinds = sql.param(rows.map((r) => r.kind));
  const ids = intArray(rows.map((r) => r.object_id));
  const details = await queryRows(
    db,
    detailRow,
    sql`with q as (select ${q} as query)
      select e.kind, e.object_id,
        case when e.kind in ('paper', 'agendaItem') and e.content is not null and q.query <> ''::tsquery
          then ts_headline('german', e.content, q.query, ${headlineOptions}) end as headline,
        best_page.page,
        case e.kind when 'paper' then (select slug from papers p where p.id = e.object_id) end as slug,
        case e.kind when 'file' then (select file_name from files f where f.id = e.object_id) end as file_name,
        case e.kind when 'file' then (select json_build_object('reference', papers.reference, 'name', papers.name, 'slug', papers.slug)
          from paper_files pf join papers on papers.id = pf.paper_id
          where pf.file_id = e.object_id and pf.deleted_at is null and ${paperVisibleTo(viewer)}
          order by pf.role = 'main' desc, papers.id limit 1) end as paper,
        case e.kind when 'agendaItem' then (select json_build_object('id', m.id, 'name', m.name, 'date', (m.start at time zone 'Europe/Berlin')::date)
          from agenda_items ai join meetings m on m.id = ai.meeting_id where ai.id = e.object_id) end as meeting,
        best_page.headline as page_headline,
        case e.kind when 'paper' then ${paperStateSteps(viewer, sql`e.object_id`)} end as paper_state
      from search_entries e cross join q
      left join lateral (
        select p.page::int, ts_headline('german', p.text, q.query, ${headlineOptions}) as headline
        from files f, unnest(string_to_array(f.text, E'\\f')) with ordinality as p(text, page)
        where e.kind = 'file' and f.id = e.object_id and q.query <> ''::tsquery and to_tsvector('german', p.text) @@ q.query
        order by ts_rank(to_tsvector('german', p.text), q.query) desc, p.page limit 1) best_page on true
      where (e.kind, e.object_id) in (select * from unnest(${kinds}::text[], ${ids})) and ${searchEntryVisibleTo(viewer, 'e')}`,
  );
  const byKey = new Map(details.map((d) => [`${d.kind}:${d.object_id}`, d]));
  return rows.map((r) => {
    const d = byKey.get(`${r.kind}:${r.object_id}`);
    const headline = d?.headline ?? d?.page_headline ?? null;
    return {
      kind: r.kind,
      id: r.object_id,
      title: r.title,
      reference: r.reference,
      date: r.date,
      url: hitUrl(r.kind, r.object_id, d),
      paperType: r.paper_type,
      decisionState: r.decision_state,
      paperState: d?.paper_state ?? null,
      snippet: headline ? snippetParts(headline) : null,
      page: d?.page ?? null,
      paper: d?.paper ? { reference: d.paper.reference, name: d.paper.name, url: `/vorlagen/${d.paper.slug}` } : null,
      meeting: d?.meeting ? { ...d.meeting, url: `/sitzungen/${d.meeting.id}` } : null,
    };
  });
}

function hitUrl(kind: SearchKind, id: number, detail: DetailRow | undefined): string {
  switch (kind) {
    case 'paper':
      return `/vorlagen/${detail?.slug ?? id}`;
    case 'agendaItem':
      return `/tagesordnungspunkte/${id}`;
    case 'meeting':
      return `/sitzungen/${id}`;
    case 'file':
      return `/dateien/${id}/${encodeURIComponent(detail?.file_name ?? 'datei')}`;
    case 'person':
      return `/personen/${id}`;
    case 'organization':
      return `/gremien/${id}`;
  }
}

/** ts_headline output split at its markers; whitespace collapsed, at most 320 characters. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const flat = headline.replace(/\s+/g, ' ').trim();
  let rest = flat;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start < 0) {
      parts.push({ text: rest, mark: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), mark: false });
    const end = rest.indexOf(MARK_END, start);
    const stop = end < 0 ? rest.length : end;
    parts.push({ text: rest.slice(start + 1, stop), mark: true });
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}
