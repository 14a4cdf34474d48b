/** @module files/admin-routes — the administration's view of text extraction, and „erneut versuchen“. */
import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../http/render.ts';
import { INT4_MAX, param, type ZodTypeProvider } from '../../http/input.ts';
import { z } from '../../lib/validation.ts';
import type { RouteDeps } from '../../http/site.ts';
import { retryFailedTexts, textStateSummary } from './text-jobs.ts';
import { TextStateView } from './views/TextStateView.tsx';

const admin = { config: { access: 'admin' as const, objects: {} } };
/** Set by the redirect after „erneut versuchen“: how many files are read again. */
const retriedQuery = z.object({ wiederholt: param.number('wiederholt', 0, INT4_MAX) });

export function fileAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/verwaltung/texterkennung', { ...admin, schema: { querystring: retriedQuery } }, async (request, reply) => {
    const { body } = request.site;
    const retried = request.query.wiederholt;
    const notice = retried !== undefined && retried > 0 ? `${retried} Datei(en) werden erneut gelesen.` : undefined;
    return sendPage(reply, <TextStateView bodyName={body.name} summary={await textStateSummary(deps.db, body.id)} notice={notice} />);
  });

  app.post('/verwaltung/texterkennung/wiederholen', admin, async (request, reply) => {
    const count = await retryFailedTexts(deps.db, request.site.body.id);
    return reply.redirect(`/verwaltung/texterkennung?wiederholt=${count}`, 303);
  });
}
