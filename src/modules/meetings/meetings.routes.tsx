/** @module meetings/routes — `/sitzungen` (list and calendar), `/sitzungen/<id>`, `/tagesordnungspunkte/<id>`. */
import type { FastifyInstance } from 'fastify';
import { berlinDate } from '../../lib/format.ts';
import { z } from '../../lib/validation.ts';
import { sendBadRequest, sendNotFound } from '../../http/errors.ts';
import { param, periodProblem, type ZodTypeProvider } from '../../http/input.ts';
import { positiveId } from '../../http/forms.ts';
import { sendPage } from '../../http/render.ts';
import type { RouteDeps } from '../../http/site.ts';
import { listConsultationsOfPaper } from '../papers/index.ts';
import { findAgendaItemPage } from './agenda-item.queries.ts';
import { listMeetings, listMeetingsInMonth, listOrganizationsWithMeetings } from './meetings.list.ts';
import { findMeetingPage } from './meetings.queries.ts';
import { AgendaItemPageView } from './views/AgendaItemPageView.tsx';
import { MeetingListView, type MeetingQuery } from './views/MeetingListView.tsx';
import { MeetingPageView } from './views/MeetingPageView.tsx';

const PAGE_SIZE = 25;
const listQuery = z.object({
  ansicht: param.choice('Ansicht', ['liste', 'kalender']).default('liste'),
  gremium: param.id('Gremium'),
  zeitraum: param.choice('Zeitraum', ['kommende', 'vergangene']).default('kommende'),
  von: param.date('Von'),
  bis: param.date('Bis'),
  monat: param.month('Monat'),
  seite: param.page(10_000),
});

export function meetingRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/sitzungen', { schema: { querystring: listQuery }, config: { pageCache: true } }, async (request, reply) => {
    const q = request.query;
    const period = periodProblem(q.von, q.bis);
    if (period) return sendBadRequest(request, reply, period);
    const { body } = request.site;
    const today = berlinDate(deps.now());
    const query: MeetingQuery = {
      view: q.ansicht,
      organizationId: q.gremium,
      period: q.zeitraum,
      from: q.von,
      until: q.bis,
      month: q.monat ?? today.slice(0, 7),
      page: q.seite,
    };
    const current: Record<string, string | number | undefined> = {
      ansicht: q.ansicht === 'liste' ? undefined : q.ansicht,
      gremium: q.gremium,
      zeitraum: q.zeitraum === 'kommende' ? undefined : q.zeitraum,
      von: q.von,
      bis: q.bis,
      monat: q.monat,
      seite: q.seite === 1 ? undefined : q.seite,
    };
    const hrefFor = (changes: Record<string, string | number | undefined>) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries({ ...current, ...changes }))
        if (value !== undefined && !(key === 'seite' && value === 1)) params.set(key, String(value));
      const text = params.toString();
      return text ? `/sitzungen?${text}` : '/sitzungen';
    };
    const organizations = await listOrganizationsWithMeetings(deps.db, body.id);
    const alternates = (await deps.slots.fill('alternates', request.site, { page: 'meetingList', organizationId: query.organizationId })).flat();
    if (query.view === 'kalender') {
      const calendar = await listMeetingsInMonth(deps.db, body.id, query.month, query.organizationId, request.site.viewer);
      return sendPage(
        reply,
        <MeetingListView
          bodyName={body.name}
          query={query}
          organizations={organizations}
          calendar={calendar}
          hrefFor={hrefFor}
          alternates={alternates}
          now={deps.now()}
        />,
      );
    }
    const upcoming = query.period === 'kommende';
    const result = await listMeetings(
      deps.db,
      body.id,
      {
        organizationId: query.organizationId,
        from: query.from ?? (upcoming ? today : undefined),
        until: query.until ?? (upcoming ? undefined : today),
        order: upcoming ? 'asc' : 'desc',
        page: query.page,
        pageSize: PAGE_SIZE,
      },
      request.site.viewer,
    );
    return sendPage(
      reply,
      <MeetingListView
        bodyName={body.name}
        query={query}
        organizations={organizations}
        list={{ ...result, pageSize: PAGE_SIZE }}
        hrefFor={hrefFor}
        alternates={alternates}
        now={deps.now()}
      />,
    );
  });

  app.get<{ Params: { id: string } }>('/sitzungen/:id', { config: { pageCache: true, objects: { id: 'meeting' } } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const id = positiveId(request.params.id);
    const meeting = id === undefined ? undefined : await findMeetingPage(deps.db, body.id, viewer, id);
    if (!meeting) return sendNotFound(request, reply);
    const [alternates, zip] = await Promise.all([
      deps.slots.fill('alternates', request.site, { page: 'meeting', meetingId: meeting.id }),
      deps.slots.fill('meetingZip', request.site, { meetingId: meeting.id }),
    ]);
    const zipNonPublic = zip.some((z) => z.nonPublic);
    return sendPage(
      reply,
      <MeetingPageView meeting={meeting} bodyName={body.name} alternates={alternates.flat()} zipNonPublic={zipNonPublic} now={deps.now()} />,
    );
  });

  app.get<{ Params: { id: string } }>('/tagesordnungspunkte/:id', { config: { pageCache: true, objects: { id: 'agendaItem' } } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const id = positiveId(request.params.id);
    const item = id === undefined ? undefined : await findAgendaItemPage(deps.db, body.id, viewer, id);
    if (!item) return sendNotFound(request, reply);
    const steps = item.paper ? ((await listConsultationsOfPaper(deps.db, body.id, viewer, item.paper.id)) ?? []) : [];
    return sendPage(reply, <AgendaItemPageView item={item} steps={steps} bodyName={body.name} now={deps.now()} />);
  });
}
