/** @module people/routes — `/personen` and `/personen/<id>`: parse the request, ask the domain, render. */
import type { FastifyInstance } from 'fastify';
import { berlinDate } from '../../lib/format.ts';
import { z } from '../../lib/validation.ts';
import { sendBadRequest, sendNotFound } from '../../web/errors.ts';
import { sendPage } from '../../web/render.ts';
import type { RouteDeps } from '../../web/site.ts';
import { findSubscriptionId } from '../members/members.queries.ts';
import type { SubscriptionState } from '../members/views/MemberControls.tsx';
import { currentTerm, listLegislativeTerms, windowFor } from '../organizations/organizations.terms.ts';
import { findPersonPage, listPersonFilterOptions, listPersons, type PersonListFilter } from './people.queries.ts';
import { PersonListView } from './views/PersonListView.tsx';
import { PersonPageView } from './views/PersonPageView.tsx';

const PAGE_SIZE = 50;

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const idParam = (label: string) =>
  z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: `${label}: eine Nummer erwartet` })
      .int(`${label}: eine Nummer erwartet`)
      .positive(`${label}: eine Nummer erwartet`)
      .max(2_147_483_647, `${label}: eine Nummer erwartet`)
      .optional(),
  );

const listQuery = z.object({
  name: z.preprocess(emptyAsUndefined, z.string({ error: 'Name: ein Text erwartet' }).trim().max(100, 'Name: höchstens 100 Zeichen').optional()),
  fraktion: idParam('Fraktion'),
  gremium: idParam('Gremium'),
  seite: z.preprocess(emptyAsUndefined, z.coerce.number({ error: 'Seite: eine Zahl erwartet' }).int('Seite: eine Zahl erwartet').min(1, 'Seite: ab 1').max(100_000).default(1)),
});

export function peopleRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/personen', { config: { pageCache: true } }, async (request, reply) => {
    const parsed = listQuery.safeParse(request.query);
    if (!parsed.success) return sendBadRequest(request, reply, parsed.error.issues.map((i) => i.message).join('; '));
    const q = parsed.data;
    const { body } = request.site;
    const today = berlinDate(deps.now());
    const window = windowFor(currentTerm(await listLegislativeTerms(deps.db, body.id), today), today);
    const filter: PersonListFilter = { name: q.name, fraktionId: q.fraktion, gremiumId: q.gremium, page: q.seite, pageSize: PAGE_SIZE };
    const [result, options] = await Promise.all([
      listPersons(deps.db, body.id, window, today, filter),
      listPersonFilterOptions(deps.db, body.id, window),
    ]);
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
    const { id } = request.params;
    if (!/^\d{1,9}$/.test(id)) return sendNotFound(request, reply);
    const today = berlinDate(deps.now());
    const window = windowFor(currentTerm(await listLegislativeTerms(deps.db, body.id), today), today);
    const person = await findPersonPage(deps.db, body.id, viewer, Number(id), window);
    if (!person) return sendNotFound(request, reply);
    const subscription: SubscriptionState | undefined =
      viewer.kind === 'account'
        ? { kind: 'person', targetId: person.id, subscriptionId: await findSubscriptionId(deps.db, viewer.userId, 'person', person.id), back: request.url }
        : undefined;
    return sendPage(reply, <PersonPageView bodyName={body.name} person={person} today={today} subscription={subscription} />);
  });
}
