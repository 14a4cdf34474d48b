/** @module organizations/routes — `/gremien` and `/gremien/<id>`: parse the request, ask the domain, render. */
import type { FastifyInstance } from 'fastify';
import { berlinDate } from '../../lib/format.ts';
import { z } from '../../lib/validation.ts';
import { sendBadRequest, sendNotFound } from '../../http/errors.ts';
import { positiveId } from '../../http/forms.ts';
import { param, pathParams, type ZodTypeProvider } from '../../http/input.ts';
import { sendPage } from '../../http/render.ts';
import type { RouteDeps } from '../../http/site.ts';
import { groupOrganizations } from './organizations.groups.ts';
import { findOrganizationPage, listOrganizations } from './organizations.queries.ts';
import { currentTerm, listLegislativeTerms, windowFor } from '../bodies/index.ts';
import { OrganizationListView } from './views/OrganizationListView.tsx';
import { OrganizationPageView, showsMeetings } from './views/OrganizationPageView.tsx';

const pageQuery = z.object({ wahlperiode: param.id('Wahlperiode') });

export function organizationRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/gremien', { config: { pageCache: true } }, async (request, reply) => {
    const { body } = request.site;
    const today = berlinDate(deps.now());
    const window = windowFor(currentTerm(await listLegislativeTerms(deps.db, body.id), today), today);
    const groups = groupOrganizations(await listOrganizations(deps.db, body.id, window));
    return sendPage(reply, <OrganizationListView bodyName={body.name} groups={groups} window={window} />);
  });

  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/gremien/:id',
      { schema: { params: pathParams('id'), querystring: pageQuery }, config: { pageCache: true, objects: { id: 'organization' } } },
      async (request, reply) => {
        const { body, viewer } = request.site;
        const id = positiveId(request.params.id);
        if (id === undefined) return sendNotFound(request, reply);
        const wanted = request.query.wahlperiode;
        const today = berlinDate(deps.now());
        const terms = await listLegislativeTerms(deps.db, body.id);
        const term = wanted === undefined ? currentTerm(terms, today) : terms.find((t) => t.id === wanted);
        if (wanted !== undefined && !term) return sendBadRequest(request, reply, 'Wahlperiode: keine Wahlperiode dieser Körperschaft');
        const window = windowFor(term, today);
        const organization = await findOrganizationPage(deps.db, body.id, viewer, id, window, today);
        if (!organization) return sendNotFound(request, reply);
        const [follow, alternates] = await Promise.all([
          deps.slots.fill('follow', request.site, { kind: 'organization', id: organization.id, back: request.url }),
          // the Gremium's session calendar and the feed of its new papers, as the sessions and paper lists offer them
          deps.slots.fill('alternates', request.site, {
            page: 'organization',
            organizationId: organization.id,
            organizationName: organization.name,
            meetings: showsMeetings(organization),
            papers: organization.paperSource === 'consultation',
          }),
        ]);
        return sendPage(
          reply,
          <OrganizationPageView
            bodyName={body.name}
            organization={organization}
            terms={terms}
            window={window}
            chosen={wanted !== undefined}
            follow={follow}
            alternates={alternates.flat()}
          />,
        );
      },
    );
}
