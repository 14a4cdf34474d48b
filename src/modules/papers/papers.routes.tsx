/**
 * @module papers/routes
 * `/vorlagen` and `/vorlagen/<slug>`: parse the request, ask the domain, render.
 */
import type { FastifyInstance } from 'fastify';
import { z } from '../../lib/validation.ts';
import { sendNotFound } from '../../http/errors.ts';
import { positiveId } from '../../http/forms.ts';
import { param, type ZodTypeProvider } from '../../http/input.ts';
import { sendPage } from '../../http/render.ts';
import { siteBaseUrl, type RouteDeps } from '../../http/site.ts';
import { listPaperFilterOptions, listPapers, paperSorts, type PaperListFilter } from './papers.list.ts';
import { findPaperPage, findPaperSlugById } from './papers.queries.ts';
import { referenceToSlug } from './reference.ts';
import { PaperListView } from './views/PaperListView.tsx';
import { PaperPageView } from './views/PaperPageView.tsx';

const PAGE_SIZE = 20;

const listQuery = z.object({
  q: param.text('Suchbegriff', 200),
  art: param.text('Vorlagenart', 100),
  jahr: param.number('Jahr', 1900, 2100),
  federfuehrung: param.id('Federführung'),
  gremium: param.id('Gremium'),
  sortierung: param.choice('Sortierung', paperSorts).default('datum-absteigend'),
  seite: param.page(100_000),
});

const queryKeys: Record<keyof z.infer<typeof listQuery>, true> = {
  q: true,
  art: true,
  jahr: true,
  federfuehrung: true,
  gremium: true,
  sortierung: true,
  seite: true,
};

export function paperRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  route.get('/vorlagen', { schema: { querystring: listQuery }, config: { pageCache: true } }, async (request, reply) => {
    const q = request.query;
    const filter: PaperListFilter = {
      text: q.q,
      paperType: q.art,
      year: q.jahr,
      directionId: q.federfuehrung,
      organizationId: q.gremium,
      sort: q.sortierung,
      page: q.seite,
      pageSize: PAGE_SIZE,
    };
    const { body, viewer } = request.site;
    const [result, options] = await Promise.all([listPapers(deps.db, body.id, viewer, filter), listPaperFilterOptions(deps.db, body.id, viewer)]);
    const current: Record<string, string | number | undefined> = {
      q: q.q,
      art: q.art,
      jahr: q.jahr,
      federfuehrung: q.federfuehrung,
      gremium: q.gremium,
      sortierung: q.sortierung === 'datum-absteigend' ? undefined : q.sortierung,
      seite: q.seite === 1 ? undefined : q.seite,
    };
    const hrefFor = (changes: Record<string, string | number | undefined>) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries({ ...current, ...changes })) {
        if (key in queryKeys && value !== undefined && !(key === 'seite' && value === 1)) params.set(key, String(value));
      }
      const query = params.toString();
      return query ? `/vorlagen?${query}` : '/vorlagen';
    };
    const feeds = (
      await deps.slots.fill('alternates', request.site, {
        page: 'paperList',
        organizationId: filter.organizationId,
        paperType: filter.paperType,
        text: filter.text,
        year: filter.year,
        directionId: filter.directionId,
        organizationName: options.organizations.find((o) => o.id === filter.organizationId)?.name,
      })
    ).flat();
    return sendPage(reply, <PaperListView bodyName={body.name} filter={filter} options={options} result={result} hrefFor={hrefFor} feeds={feeds} />);
  });

  app.get<{ Params: { key: string } }>('/vorlagen/:key', { config: { pageCache: true, objects: { key: 'paper' } } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const { key } = request.params;
    if (/^\d+$/.test(key)) {
      const id = positiveId(key);
      const slug = id === undefined ? undefined : await findPaperSlugById(deps.db, body.id, viewer, id);
      return slug ? reply.redirect(`/vorlagen/${slug}`, 301) : sendNotFound(request, reply);
    }
    const paper = await findPaperPage(deps.db, body.id, viewer, key);
    if (!paper) {
      // a reference typed as printed („VO/2025/246“) leads to its permalink
      const slug = referenceToSlug(key);
      if (slug && slug !== key) return reply.redirect(`/vorlagen/${slug}`, 301);
      return sendNotFound(request, reply);
    }
    // what the feature modules add (for a logged-in reader: the subscription button and their note)
    const back = `/vorlagen/${paper.slug}`;
    const [follow, note] = await Promise.all([
      deps.slots.fill('follow', request.site, { kind: 'paper', id: paper.id, back }),
      deps.slots.fill('paperNote', request.site, { paperId: paper.id, back }),
    ]);
    return sendPage(
      reply,
      <PaperPageView
        paper={paper}
        bodyName={body.name}
        canonicalUrl={`${siteBaseUrl(request)}/vorlagen/${paper.slug}`}
        now={deps.now()}
        follow={follow}
        note={note}
      />,
    );
  });
}
