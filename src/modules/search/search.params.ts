/**
 * @module search/params
 * The search's address: German query parameters (`/suche?q=Kita&art=vorlage&jahr=2025`), parsed
 * with clear messages, and turned back into links for facets, paging and saved searches.
 */
import { err, ok, type Result } from '../../lib/result.ts';
import { z } from '../../lib/validation.ts';
import { describeIssues, listOf, param, periodProblem, withInputKind } from '../../http/input.ts';
import type { SearchKind } from './search.tables.ts';
import type { SearchRequest } from './search.request.ts';

/** URL words for the kinds of hit. */
export const kindParams: Record<SearchKind, string> = {
  paper: 'vorlage',
  agendaItem: 'top',
  meeting: 'sitzung',
  file: 'anlage',
  person: 'person',
  organization: 'gremium',
};
const kindByParam = new Map(Object.entries(kindParams).map(([kind, param]) => [param, kind as SearchKind]));

const kindParam = z.string().refine((v) => kindByParam.has(v), { message: `Art: eine von ${Object.values(kindParams).join(', ')}` });

export const searchQuerySchema = z.object({
  q: param.text('Suchbegriff', 200).transform((v) => v ?? ''),
  art: withInputKind(listOf('Art', kindParam, 20), 'choice'),
  typ: param.texts('Vorlagenart', 100),
  gremium: param.ids('Gremium'),
  jahr: param.numbers('Jahr', 1900, 2100),
  beschluss: param.texts('Beschluss', 100),
  von: param.date('Von'),
  bis: param.date('Bis'),
  sortierung: param.choice('Sortierung', ['relevanz', 'datum']).default('relevanz'),
  seite: param.page(50, 'Seite: höchstens 50 – bitte die Suche eingrenzen'),
  /** Set by the redirect after saving; only shows a notice. */
  gespeichert: param.choice('gespeichert', ['1']),
});

export type SearchParams = z.infer<typeof searchQuerySchema>;

/**
 * Parses a query (a saved one, say); a route's own query the input layer has parsed already.
 * The error is the message for the person who typed it.
 */
export function parseSearchParams(query: unknown): Result<SearchParams, string> {
  const parsed = searchQuerySchema.safeParse(query);
  if (!parsed.success) return err(describeIssues(parsed.error).join(' '));
  return checkSearchParams(parsed.data);
}

/** What one parameter alone cannot say: a period that ends before it begins. */
export function checkSearchParams(params: SearchParams): Result<SearchParams, string> {
  const problem = periodProblem(params.von, params.bis);
  return problem ? err(problem) : ok(params);
}

export function searchRequestOf(params: SearchParams, bodyId: number, viewer: SearchRequest['viewer']): SearchRequest {
  return {
    bodyId,
    viewer,
    q: params.q,
    kinds: params.art.map((a) => kindByParam.get(a as string)).filter((k): k is SearchKind => k !== undefined),
    paperTypes: params.typ as string[],
    organizationIds: params.gremium as number[],
    years: params.jahr as number[],
    decisionStates: params.beschluss as string[],
    from: params.von,
    to: params.bis,
    sort: params.sortierung === 'datum' ? 'date' : 'relevance',
    page: params.seite,
  };
}

/** The query string of a search (without the page unless asked), in a fixed order. */
export function searchQueryString(params: SearchParams, options: { page?: boolean } = {}): string {
  const out = new URLSearchParams();
  if (params.q) out.set('q', params.q);
  for (const key of ['art', 'typ', 'gremium', 'jahr', 'beschluss'] as const) for (const value of params[key]) out.append(key, String(value));
  if (params.von) out.set('von', params.von);
  if (params.bis) out.set('bis', params.bis);
  if (params.sortierung !== 'relevanz') out.set('sortierung', params.sortierung);
  if (options.page && params.seite > 1) out.set('seite', String(params.seite));
  return out.toString();
}

/** A link to the search with some parameters changed (the page goes back to 1). */
export function searchHref(params: SearchParams, changes: Partial<SearchParams>, path = '/suche'): string {
  const query = searchQueryString({ ...params, seite: 1, ...changes }, { page: true });
  return query ? `${path}?${query}` : path;
}

/** Adds or removes one value of a multi-value filter. */
export function toggled<K extends 'art' | 'typ' | 'gremium' | 'jahr' | 'beschluss'>(
  params: SearchParams,
  key: K,
  value: string | number,
): Partial<SearchParams> {
  const current = params[key] as Array<string | number>;
  const next = current.some((v) => String(v) === String(value)) ? current.filter((v) => String(v) !== String(value)) : [...current, value];
  return { [key]: next } as Partial<SearchParams>;
}
