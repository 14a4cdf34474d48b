/**
 * @module legal/admin.routes — `/verwaltung/rechtliches`: the administration edits the texts of
 * the legal pages (administration only: the shell answers everyone else 404). Every save is
 * sanitised, version-checked and audit-logged (legal/repo).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendBadRequest } from '../../http/errors.ts';
import { field, formOf } from '../../http/forms.ts';
import { param, type ZodTypeProvider } from '../../http/input.ts';
import { sendPage } from '../../http/render.ts';
import { siteBaseUrl, type RouteDeps } from '../../http/site.ts';
import { z } from '../../lib/validation.ts';
import { legalPageKinds, legalPages, type LegalPageKind } from './legal.kinds.ts';
import { readLegalForm, type LegalFormValues } from './legal.params.ts';
import { feedbackAddressOf, findStoredLegalText, legalTextOf, saveLegalText, type LegalText } from './legal.repo.ts';
import { ADMIN_PATH, LegalEditView, LegalOverviewView } from './views/LegalAdminViews.tsx';

const admin = { config: { access: 'admin' as const, objects: {} } };
const noticeQuery = z.object({ hinweis: param.choice('Hinweis', ['gespeichert']) });

const conflictMessage =
  'Jemand anderes hat diese Seite gespeichert, während Sie sie bearbeitet haben. Der inzwischen gespeicherte Stand steht darüber. Übernehmen Sie, was bleiben soll, und speichern Sie erneut.';

const valuesOf = (text: LegalText): LegalFormValues => ({ html: text.html, videoUrl: text.videoUrl ?? '', feedbackEmail: text.feedbackEmail ?? '' });

export function legalAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get(ADMIN_PATH, admin, async (request, reply) => {
    const { body } = request.site;
    const texts = await Promise.all(legalPageKinds.map((kind) => legalTextOf(deps.db, body, kind, siteBaseUrl(request))));
    return sendPage(reply, <LegalOverviewView bodyName={body.name} texts={texts} feedbackAddress={await feedbackAddressOf(deps.db, body)} />);
  });

  const render = (
    request: FastifyRequest,
    reply: FastifyReply,
    kind: LegalPageKind,
    state: Omit<Parameters<typeof LegalEditView>[0], 'bodyName' | 'page'>,
    status = 200,
  ) => sendPage(reply, <LegalEditView bodyName={request.site.body.name} page={legalPages[kind]} {...state} />, status);

  // one route per page instead of a path parameter: the five paths are all there is
  for (const kind of legalPageKinds) {
    const path = `${ADMIN_PATH}/${kind}`;
    app.withTypeProvider<ZodTypeProvider>().get(path, { ...admin, schema: { querystring: noticeQuery } }, async (request, reply) => {
      const text = await legalTextOf(deps.db, request.site.body, kind, siteBaseUrl(request));
      const notice = request.query.hinweis === 'gespeichert' ? 'Der Text ist gespeichert und auf der Website zu sehen.' : undefined;
      return render(request, reply, kind, { values: valuesOf(text), version: text.version, notice });
    });

    app.post(path, admin, async (request, reply) => {
      const { body, viewer } = request.site;
      const form = formOf(request);
      const versionField = field(form, 'version');
      if (!/^\d{1,9}$/.test(versionField)) return sendBadRequest(request, reply, 'Dem Formular fehlt der Bearbeitungsstand. Bitte laden Sie die Seite neu.');
      const version = Number(versionField);
      const { values, input } = readLegalForm(form);
      if (!input.ok) return render(request, reply, kind, { values, version, problems: input.error }, 400);
      const actor = { userId: viewer.kind === 'account' ? viewer.userId : null, ip: request.ip };
      const saved = await saveLegalText(deps.db, body.id, kind, version, input.value, actor);
      if (saved.ok) return reply.redirect(`${path}?hinweis=gespeichert`, 303);
      if (saved.error === 'empty')
        return render(request, reply, kind, { values, version, problems: ['Text: Nach dem Entfernen nicht erlaubter Inhalte bleibt kein Text übrig.'] }, 400);
      const latest = await findStoredLegalText(deps.db, body.id, kind);
      // the form now carries the stored version: saving again replaces the other change on purpose
      return render(request, reply, kind, { values, version: latest?.version ?? 0, problems: [conflictMessage], conflict: latest }, 409);
    });
  }
}
