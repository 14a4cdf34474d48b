/** @module files/admin-routes — the administration's view of text extraction, and „erneut versuchen“. */
import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../web/render.ts';
import type { RouteDeps } from '../../web/site.ts';
import { retryFailedTexts, textStateSummary } from './text-jobs.ts';
import { TextStateView } from './views/TextStateView.tsx';

const admin = { config: { access: 'admin' as const, objects: {} } };

export function fileAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/verwaltung/texterkennung', admin, async (request, reply) => {
    const { body } = request.site;
    const retried = Number((request.query as Record<string, unknown>)['wiederholt']);
    const notice = Number.isInteger(retried) && retried > 0 ? `${retried} Datei(en) werden erneut gelesen.` : undefined;
    return sendPage(reply, <TextStateView bodyName={body.name} summary={await textStateSummary(deps.db, body.id)} notice={notice} />);
  });

  app.post('/verwaltung/texterkennung/wiederholen', admin, async (request, reply) => {
    const count = await retryFailedTexts(deps.db, request.site.body.id);
    return reply.redirect(`/verwaltung/texterkennung?wiederholt=${count}`, 303);
  });
}
