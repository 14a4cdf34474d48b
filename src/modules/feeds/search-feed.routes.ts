/**
 * @module feeds/search-feed.routes
 * `/suche.atom?q=…`: a search to follow in a feed reader, with the filters of `/suche` (parsed and
 * run by the search module), its newest dated hits first.
 *
 * Public only, whoever asks: feed readers fetch without cookies, so a feed that showed a member
 * more when opened in the browser would promise what the subscription never delivers, and an
 * answer with non-public hits could end up in a shared reader or an aggregator's cache. The same
 * address therefore always gives the same public feed.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from '../../http/input.ts';
import { siteBaseUrl, type RouteDeps } from '../../http/site.ts';
import { checkSearchParams, kindLabels, search, searchQuerySchema, searchQueryString, searchRequestOf, type SearchHit } from '../search/index.ts';
import { renderAtom, type AtomEntry } from './atom.ts';
import { FEED_SIZE } from './atom.queries.ts';
import { ATOM_TYPE, searchFeedPath } from './feeds.links.ts';

/** A hit as an entry; persons and Gremien have no date and are no news, so they are left out. */
export function searchHitEntry(hit: SearchHit, baseUrl: string): AtomEntry | undefined {
  if (!hit.date) return undefined;
  const context = [
    hit.reference ? `${hit.paperType ?? kindLabels[hit.kind]} ${hit.reference}` : kindLabels[hit.kind],
    hit.meeting ? `Sitzung „${hit.meeting.name}“` : null,
    hit.paper ? `zur Vorlage ${hit.paper.reference} „${hit.paper.name}“` : null,
    hit.decisionState ? `Beschluss: ${hit.decisionState}` : null,
  ].filter((c): c is string => c !== null);
  const snippet = hit.snippet?.map((p) => p.text).join('') ?? '';
  return {
    // a paper's id URL redirects to its permalink and survives a changed reference
    id: hit.kind === 'paper' ? `${baseUrl}/vorlagen/${hit.id}` : `${baseUrl}${hit.url}`,
    title: `${kindLabels[hit.kind]}: ${hit.title}`,
    updated: new Date(`${hit.date.slice(0, 10)}T00:00:00Z`),
    links: [{ rel: 'alternate', type: 'text/html', href: `${baseUrl}${hit.url}` }],
    summary: [`${context.join(', ')}.`, snippet].filter(Boolean).join(' '),
    categories: [kindLabels[hit.kind]],
  };
}

export function searchFeedRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/suche.atom',
      { schema: { querystring: searchQuerySchema }, config: { pageCache: true, publicOnly: true, inputErrors: 'text' } },
      async (request, reply) => {
        const parsed = checkSearchParams(request.query);
        if (!parsed.ok) return reply.code(400).type('text/plain; charset=utf-8').send(`Ungültige Anfrage: ${parsed.error}\n`);
        // newest first, always from the first page: a feed is the latest hits, not a page of them
        const params = { ...parsed.value, sortierung: 'datum' as const, seite: 1 };
        const { body, viewer } = request.site;
        const baseUrl = siteBaseUrl(request);
        const result = params.q ? await search(deps.db, { ...searchRequestOf(params, body.id, viewer), pageSize: FEED_SIZE }) : undefined;
        const entries = (result?.hits ?? []).map((h) => searchHitEntry(h, baseUrl)).filter((e): e is AtomEntry => e !== undefined);
        const query = searchQueryString(parsed.value);
        const self = `${baseUrl}${searchFeedPath(query)}`;
        const feed = renderAtom({
          id: self,
          title: params.q ? `Suche „${params.q}“ – ${body.name}` : `Suche – ${body.name}`,
          subtitle: params.q
            ? 'Die neuesten öffentlichen Treffer dieser Suche im Ratsinformationssystem'
            : 'Ohne Suchbegriff gibt es keine Treffer: bitte die Adresse mit ?q=… aufrufen.',
          updated: entries[0]?.updated ?? deps.now(),
          author: body.name,
          links: [
            { rel: 'self', type: ATOM_TYPE, href: self },
            { rel: 'alternate', type: 'text/html', href: `${baseUrl}/suche${query ? `?${query}` : ''}` },
          ],
          entries,
        });
        return reply.type(`${ATOM_TYPE}; charset=utf-8`).send(feed);
      },
    );
}
