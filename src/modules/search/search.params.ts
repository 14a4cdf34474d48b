/**
 * @module search/params
 * The search's address: German query parameters (`/suche?q=Kita&art=vorlage&jahr=2025`), parsed
 * with clear messages, and turned back into links for facets, paging and saved searches.
 */
import { z } from '../../lib/validation.ts';
import type { SearchKind } from './search.tables.ts';
import type { SearchRequest } from './search.queries.ts';

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

const list = (item: z.ZodType) =>
  z.preprocess((v) => (v === undefined || v === '' ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== '')), z.array(item).max(20, 'höchstens 20 Werte je Filter'));
const isoDate = (label: string) =>
  z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: ein Datum in der Form JJJJ-MM-TT erwartet`)
      .refine((v) => !Number.isNaN(Date.parse(v)), `${label}: kein gültiges Datum`)
      .optional(),
  );

export const searchQuerySchema = z.object({
  q: z.preprocess((v) => (v === undefined ? '' : v), z.string({ error: 'Suchbegriff: einmal angeben' }).trim().max(200, 'Suchbegriff: höchstens 200 Zeichen')),
  art: list(z.string().refine((v) => kindByParam.has(v), { message: `Art: eine von ${Object.values(kindParams).join(', ')}` })),
  typ: list(z.string().max(100, 'Vorlagenart: höchstens 100 Zeichen')),
  gremium: list(z.coerce.number({ error: 'Gremium: eine Nummer erwartet' }).int('Gremium: eine Nummer erwartet').positive('Gremium: eine Nummer erwartet')),
  jahr: list(z.coerce.number({ error: 'Jahr: eine Jahreszahl erwartet' }).int('Jahr: eine Jahreszahl erwartet').min(1900, 'Jahr: zwischen 1900 und 2100').max(2100, 'Jahr: zwischen 1900 und 2100')),
  beschluss: list(z.string().max(100, 'Beschluss: höchstens 100 Zeichen')),
  von: isoDate('Von'),
  bis: isoDate('Bis'),
  sortierung: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['relevanz', 'datum'], { error: 'Sortierung: relevanz oder datum' }).default('relevanz')),
  seite: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number({ error: 'Seite: eine Zahl erwartet' }).int('Seite: eine ganze Zahl erwartet').min(1, 'Seite: ab 1').max(50, 'Seite: höchstens 50 – bitte die Suche eingrenzen').default(1)),
});

export type SearchParams = z.infer<typeof searchQuerySchema>;

export function parseSearchParams(query: unknown): { ok: true; params: SearchParams } | { ok: false; message: string } {
  const parsed = searchQuerySchema.safeParse(query);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => i.message).join('; ') };
  const { von, bis } = parsed.data;
  if (von && bis && von > bis) return { ok: false, message: 'Der Zeitraum endet vor seinem Beginn („Von“ liegt nach „Bis“).' };
  return { ok: true, params: parsed.data };
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
export function toggled<K extends 'art' | 'typ' | 'gremium' | 'jahr' | 'beschluss'>(params: SearchParams, key: K, value: string | number): Partial<SearchParams> {
  const current = params[key] as Array<string | number>;
  const next = current.some((v) => String(v) === String(value)) ? current.filter((v) => String(v) !== String(value)) : [...current, value];
  return { [key]: next } as Partial<SearchParams>;
}
