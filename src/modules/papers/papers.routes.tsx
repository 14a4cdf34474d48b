/**
 * @module papers/routes
 * `/vorlagen` and `/vorlagen/<slug>`: parse the request, ask the domain, render.
 */
import type { FastifyInstance } from 'fastify';
import { z } from '../../lib/validation.ts';
import { sendBadRequest, sendNotFound } from '../../web/errors.ts';
import { sendPage } from '../../web/render.ts';
import { siteBaseUrl, type RouteDeps } from '../../web/site.ts';
import { feedLinksForPapers } from '../feeds/index.ts';
import { findNote, findSubscriptionId } from '../members/members.queries.ts';
import { listPaperFilterOptions, listPapers, paperSorts, type PaperListFilter } from './papers.list.ts';
import { findPaperPage, findPaperSlugById } from './papers.queries.ts';
import { referenceToSlug } from './reference.ts';
import { PaperListView } from './views/PaperListView.tsx';
import { PaperPageView } from './views/PaperPageView.tsx';
import type { PaperNoteState, SubscriptionState } from '../members/views/MemberControls.tsx';

const PAGE_SIZE = 20;

const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);
const idParam = (label: string) =>
  z.preprocess(emptyAsUndefined, z.coerce.number({ error: `${label}: eine Nummer erwartet` }).int().positive(`${label}: eine Nummer erwartet`).optional());

const listQuery = z.object({
  q: z.preprocess(emptyAsUndefined, z.string().trim().max(200, 'Suchbegriff: höchstens 200 Zeichen').optional()),
  art: z.preprocess(emptyAsUndefined, z.string().max(100).optional()),
  jahr: z.preprocess(
    emptyAsUndefined,
    z.coerce.number({ error: 'Jahr: eine Jahreszahl erwartet' }).int().min(1900, 'Jahr: zwischen 1900 und 2100').max(2100, 'Jahr: zwischen 1900 und 2100').optional(),
  ),
  federfuehrung: idParam('Federführung'),
  gremium: idParam('Gremium'),
  sortierung: z.preprocess(
    emptyAsUndefined,
    z.enum(paperSorts, { error: `Sortierung: eine von ${paperSorts.join(', ')}` }).default('datum-absteigend'),
  ),
  seite: z.preprocess(emptyAsUndefined, z.coerce.number({ error: 'Seite: eine Zahl erwartet' }).int().min(1, 'Seite: ab 1').max(100_000).default(1)),
});

const queryKeys: Record<keyof z.infer<typeof listQuery>, true> = { q: true, art: true, jahr: true, federfuehrung: true, gremium: true, sortierung: true, seite: true };

export function paperRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/vorlagen', { config: { pageCache: true } }, async (request, reply) => {
    const parsed = listQuery.safeParse(request.query);
    if (!parsed.success) return sendBadRequest(request, reply, parsed.error.issues.map((i) => i.message).join('; '));
    const q = parsed.data;
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
    const [result, options] = await Promise.all([
      listPapers(deps.db, body.id, viewer, filter),
      listPaperFilterOptions(deps.db, body.id, viewer),
    ]);
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
    const feeds = feedLinksForPapers({
      gremium: filter.organizationId,
      art: filter.paperType,
      gremiumName: options.organizations.find((o) => o.id === filter.organizationId)?.name,
    });
    return sendPage(reply, <PaperListView bodyName={body.name} filter={filter} options={options} result={result} hrefFor={hrefFor} feeds={feeds} />);
  });

  app.get<{ Params: { key: string } }>('/vorlagen/:key', { config: { pageCache: true, objects: { key: 'paper' } } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const { key } = request.params;
    if (/^\d+$/.test(key)) {
      const slug = await findPaperSlugById(deps.db, body.id, viewer, Number(key));
      return slug ? reply.redirect(`/vorlagen/${slug}`, 301) : sendNotFound(request, reply);
    }
    const paper = await findPaperPage(deps.db, body.id, viewer, key);
    if (!paper) {
      // a reference typed as printed („VO/2025/246“) leads to its permalink
      const slug = referenceToSlug(key);
      if (slug && slug !== key) return reply.redirect(`/vorlagen/${slug}`, 301);
      return sendNotFound(request, reply);
    }
    // a logged-in reader also gets their private note and the subscription button
    let member: { note: PaperNoteState; subscription: SubscriptionState } | undefined;
    if (viewer.kind === 'account') {
      const back = `/vorlagen/${paper.slug}`;
      const [note, subscriptionId] = await Promise.all([
        findNote(deps.db, viewer.userId, { kind: 'paper', id: paper.id }),
        findSubscriptionId(deps.db, viewer.userId, 'paper', paper.id),
      ]);
      member = {
        note: { paperId: paper.id, text: note?.text ?? '', version: note?.version ?? 0, back: `${back}#meine-notiz` },
        subscription: { kind: 'paper', targetId: paper.id, subscriptionId, back },
      };
    }
    return sendPage(
      reply,
      <PaperPageView
        paper={paper}
        bodyName={body.name}
        canonicalUrl={`${siteBaseUrl(request, deps.config)}/vorlagen/${paper.slug}`}
        now={deps.now()}
        note={member?.note}
        subscription={member?.subscription}
      />,
    );
  });
}
