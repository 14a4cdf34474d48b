/**
 * @module search/routes
 * `/suche` (page), `/suche.json` (the same search for scripts) and the saved searches of
 * logged-in users: parse the request, ask the domain, render.
 */
import type { FastifyInstance } from 'fastify';
import { sendBadRequest, sendNotFound } from '../../http/errors.ts';
import { field, formOf, positiveId } from '../../http/forms.ts';
import { sendPage } from '../../http/render.ts';
import type { RouteDeps } from '../../http/site.ts';
import { checkSearchParams, parseSearchParams, searchQuerySchema, searchQueryString, searchRequestOf } from './search.params.ts';
import type { ZodTypeProvider } from '../../http/input.ts';
import { search } from './search.run.ts';
import { isSearchSaved, listSavedSearches, MAX_SAVED_SEARCHES, removeSavedSearch, saveSearch } from './search.saved.ts';
import { SavedSearchesPage } from './views/SavedSearchesPage.tsx';
import { SearchPage } from './views/SearchPage.tsx';

const account = { access: 'account' as const };

export function searchRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  route.get('/suche', { schema: { querystring: searchQuerySchema }, config: { pageCache: true } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const parsed = checkSearchParams(request.query);
    if (!parsed.ok) return sendBadRequest(request, reply, parsed.error);
    const params = parsed.value;
    if (!params.q) return sendPage(reply, <SearchPage bodyName={body.name} params={params} result={null} />);
    const result = await search(deps.db, searchRequestOf(params, body.id, viewer));
    // a reference typed exactly leads straight to its paper
    if (result.jump && params.art.length === 0 && params.seite === 1) return reply.redirect(result.jump, 303);
    const query = searchQueryString(params);
    const saving = viewer.kind === 'account' ? { saved: await isSearchSaved(deps.db, viewer.userId, query), query } : undefined;
    const notice = request.query.gespeichert === '1' ? 'Die Suche wurde gespeichert.' : undefined;
    // the feed of this search (filled by the feeds module)
    const feeds = (await deps.slots.fill('alternates', request.site, { page: 'search', q: params.q, queryString: query })).flat();
    return sendPage(reply, <SearchPage bodyName={body.name} params={params} result={result} saving={saving} notice={notice} feeds={feeds} />);
  });

  route.get('/suche.json', { schema: { querystring: searchQuerySchema }, config: { pageCache: true, inputErrors: 'json' } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const parsed = checkSearchParams(request.query);
    if (!parsed.ok) return reply.code(400).type('application/json; charset=utf-8').send({ error: parsed.error });
    const params = parsed.value;
    const result = params.q ? await search(deps.db, searchRequestOf(params, body.id, viewer)) : null;
    return reply.type('application/json; charset=utf-8').send({
      query: params.q,
      total: result?.total ?? 0,
      totalIsLowerBound: result?.totalIsLowerBound ?? false,
      page: result?.page ?? 1,
      pageSize: result?.pageSize ?? 0,
      jump: result?.jump ?? null,
      suggestion: result?.suggestion ?? null,
      facets: result?.facets ?? { kind: [], paperType: [], organization: [], year: [], decisionState: [] },
      hits: result?.hits ?? [],
    });
  });

  app.get('/suche/gespeichert', { config: account }, async (request, reply) => {
    const { body, viewer } = request.site;
    if (viewer.kind !== 'account') return sendNotFound(request, reply);
    const saved = await listSavedSearches(deps.db, viewer.userId);
    return sendPage(reply, <SavedSearchesPage bodyName={body.name} saved={saved} />);
  });

  app.post('/suche/speichern', { config: account }, async (request, reply) => {
    const { viewer } = request.site;
    if (viewer.kind !== 'account') return sendNotFound(request, reply);
    const form = formOf(request);
    // the query string is parsed like a search, so only a valid search can be saved
    const given = new URLSearchParams(field(form, 'query'));
    const values: Record<string, unknown> = Object.fromEntries(given.entries());
    for (const key of ['art', 'typ', 'gremium', 'jahr', 'beschluss']) values[key] = given.getAll(key);
    const reparsed = parseSearchParams(values);
    if (!reparsed.ok || !reparsed.value.q)
      return sendBadRequest(request, reply, 'Diese Suche lässt sich nicht speichern: Suchbegriffe fehlen oder sind ungültig.');
    const query = searchQueryString(reparsed.value);
    const name = field(form, 'name').trim().slice(0, 100) || reparsed.value.q;
    if (!(await saveSearch(deps.db, viewer.userId, name, query)).ok)
      return sendBadRequest(request, reply, `Sie haben bereits ${MAX_SAVED_SEARCHES} gespeicherte Suchen. Bitte löschen Sie zuerst eine.`);
    return reply.redirect(`/suche?${query}&gespeichert=1`, 303);
  });

  app.post<{ Params: { id: string } }>(
    '/suche/gespeichert/:id/loeschen',
    { config: { ...account, objects: { id: 'savedSearch' } } },
    async (request, reply) => {
      const { viewer } = request.site;
      const id = positiveId(request.params.id);
      if (viewer.kind !== 'account' || id === undefined) return sendNotFound(request, reply);
      if (!(await removeSavedSearch(deps.db, viewer.userId, id))) return sendNotFound(request, reply);
      return reply.redirect('/suche/gespeichert', 303);
    },
  );
}
