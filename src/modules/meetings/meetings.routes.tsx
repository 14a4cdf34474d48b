/** @module meetings/routes — `/sitzungen/<id>`. */
import type { FastifyInstance } from 'fastify';
import { sendNotFound } from '../../web/errors.ts';
import { sendPage } from '../../web/render.ts';
import type { RouteDeps } from '../../web/site.ts';
import { findMeetingPage } from './meetings.queries.ts';
import { MeetingPageView } from './views/MeetingPageView.tsx';

export function meetingRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get<{ Params: { id: string } }>('/sitzungen/:id', { config: { pageCache: true } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const { id } = request.params;
    const meeting = /^\d{1,9}$/.test(id) ? await findMeetingPage(deps.db, body.id, viewer, Number(id)) : undefined;
    if (!meeting) return sendNotFound(request, reply);
    return sendPage(reply, <MeetingPageView meeting={meeting} bodyName={body.name} />);
  });
}
