/** @module people/routes — `/personen` and `/personen/<id>`: parse the request, ask the domain, render. */
import type { FastifyInstance } from 'fastify';
import { berlinDate } from '../../lib/format.ts';
import { z } from '../../lib/validation.ts';
import { sendNotFound } from '../../http/errors.ts';
import { positiveId } from '../../http/forms.ts';
import { param, type ZodTypeProvider } from '../../http/input.ts';
import { sendPage } from '../../http/render.ts';
import type { RouteDeps } from '../../http/site.ts';
import { currentTerm, listLegislativeTerms, windowFor } from '../bodies/index.ts';
import { formatPersonName } from './people.names.ts';
import { findPersonPage, listPersonFilterOptions, listPersons, type PersonListFilter } from './people.queries.ts';
import { PersonListView } from './views/PersonListView.tsx';
import { PersonPageView } from './views/PersonPageView.tsx';

const PAGE_SIZE = 50;

const listQuery = z.object({
  name: param.text('Name', 100),
  fraktion: param.id('Fraktion'),
  gremium: param.id('Gremium'),
  seite: param.page(100_000),
});

export function peopleRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/personen', { schema: { querystring: listQuery }, config: { pageCache: true } }, async (request, reply) => {
    const q = request.query;
    const { body } = request.site;
    const today = berlinDate(deps.now());
    const window = windowFor(currentTerm(await listLegislativeTerms(deps.db, body.id), today), today);
    const filter: PersonListFilter = { name: q.name, fraktionId: q.fraktion, gremiumId: q.gremium, page: q.seite, pageSize: PAGE_SIZE };
    const [result, options] = await Promise.all([listPersons(deps.db, body.id, window, today, filter), listPersonFilterOptions(deps.db, body.id, window)]);
    const hrefFor = (page: number) => {
      const params = new URLSearchParams();
      if (q.name) params.set('name', q.name);
      if (q.fraktion !== undefined) params.set('fraktion', String(q.fraktion));
      if (q.gremium !== undefined) params.set('gremium', String(q.gremium));
      if (page > 1) params.set('seite', String(page));
      const query = params.toString();
      return query ? `/personen?${query}` : '/personen';
    };
    return sendPage(reply, <PersonListView bodyName={body.name} filter={filter} options={options} result={result} window={window} hrefFor={hrefFor} />);
  });

  app.get<{ Params: { id: string } }>('/personen/:id', { config: { pageCache: true, objects: { id: 'person' } } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const id = positiveId(request.params.id);
    if (id === undefined) return sendNotFound(request, reply);
    const today = berlinDate(deps.now());
    const window = windowFor(currentTerm(await listLegislativeTerms(deps.db, body.id), today), today);
    const person = await findPersonPage(deps.db, body.id, viewer, id, window);
    if (!person) return sendNotFound(request, reply);
    const [follow, alternates] = await Promise.all([
      deps.slots.fill('follow', request.site, { kind: 'person', id: person.id, back: request.url }),
      deps.slots.fill('alternates', request.site, { page: 'person', personId: person.id, personName: formatPersonName(person), papers: person.paperTotal > 0 }),
    ]);
    return sendPage(reply, <PersonPageView bodyName={body.name} person={person} today={today} follow={follow} alternates={alternates.flat()} />);
  });
}
