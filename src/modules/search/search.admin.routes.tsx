/**
 * @module search/admin.routes — `/verwaltung/synonyme`: the body's synonym list (administration only).
 * The shell answers everyone else with the plain 404 page; the form carries the CSRF token.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendBadRequest } from '../../http/errors.ts';
import { field, formOf } from '../../http/forms.ts';
import { INT4_MAX, param, type ZodTypeProvider } from '../../http/input.ts';
import { sendPage } from '../../http/render.ts';
import type { RouteDeps } from '../../http/site.ts';
import { z } from '../../lib/validation.ts';
import { audit } from '../auth/index.ts';
import { parseSynonyms, saveSynonyms, synonymList, synonymProblems } from './search.synonyms.ts';
import { SynonymsView, type SynonymsViewProps } from './views/SynonymsView.tsx';

const admin = { config: { access: 'admin' as const, objects: {} } };
const noticeQuery = z.object({ hinweis: param.choice('Hinweis', ['gespeichert', 'standard']) });
const notices = {
  gespeichert: 'Die Liste ist gespeichert. Sie gilt ab der nächsten Suche.',
  standard: 'Die Standardliste gilt wieder. Sie gilt ab der nächsten Suche.',
} as const;

/** The form as sent: the list as typed (kept when refused), the version it was loaded at, the button pressed. */
const synonymForm = z.object({
  synonyme: z.string().superRefine((text, ctx) => {
    for (const message of synonymProblems(text)) ctx.addIssue({ code: 'custom', message });
  }),
  version: z.coerce.number().int().min(0).max(INT4_MAX),
  aktion: z.enum(['speichern', 'standard']),
});

const conflictMessage =
  'Jemand anderes hat die Liste gespeichert, während Sie sie bearbeitet haben. Ihre Fassung ist noch nicht gespeichert: Sie steht unten im Formular, der inzwischen gespeicherte Stand darüber. Prüfen Sie beides und speichern Sie erneut.';

export function searchAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const render = (request: FastifyRequest, reply: FastifyReply, props: Omit<SynonymsViewProps, 'bodyName'>, status = 200) =>
    sendPage(reply, <SynonymsView bodyName={request.site.body.name} {...props} />, status);

  app.withTypeProvider<ZodTypeProvider>().get('/verwaltung/synonyme', { ...admin, schema: { querystring: noticeQuery } }, async (request, reply) => {
    const list = await synonymList(deps.db, request.site.body.id);
    const hint = request.query.hinweis;
    return render(request, reply, { ...list, notice: hint === undefined ? undefined : notices[hint as keyof typeof notices] });
  });

  app.post('/verwaltung/synonyme', admin, async (request, reply) => {
    const { body, viewer } = request.site;
    const form = formOf(request);
    const typed = field(form, 'synonyme', { trim: false }).replace(/\r\n?/g, '\n');
    const version = z.coerce
      .number()
      .int()
      .min(0)
      .max(INT4_MAX)
      .safeParse(field(form, 'version') || undefined);
    if (!version.success) return sendBadRequest(request, reply, 'Dem Formular fehlt der Bearbeitungsstand. Bitte laden Sie die Seite neu.');
    const restore = field(form, 'aktion') === 'standard';
    // restoring the defaults does not need a valid list in the field
    const parsed = synonymForm.safeParse({ synonyme: restore ? '' : typed, version: version.data, aktion: restore ? 'standard' : 'speichern' });
    if (!parsed.success) {
      const { own } = await synonymList(deps.db, body.id);
      return render(request, reply, { text: typed, version: version.data, own, problems: parsed.error.issues.map((i) => i.message) }, 400);
    }
    const text = restore ? null : typed.trim();
    const saved = await saveSynonyms(deps.db, body.id, text, version.data);
    if (saved === undefined) {
      const current = await synonymList(deps.db, body.id);
      // saving the form again overwrites the other change on purpose
      return render(
        request,
        reply,
        { text: typed, version: current.version, own: current.own, conflict: { text: current.text, own: current.own }, problems: [conflictMessage] },
        409,
      );
    }
    await audit(deps.db, {
      bodyId: body.id,
      userId: viewer.kind === 'account' ? viewer.userId : null,
      ip: request.ip,
      event: 'search.synonyms-changed',
      detail: { groups: text === null ? 0 : parseSynonyms(text).length, defaults: restore, version: saved },
    });
    return reply.redirect(`/verwaltung/synonyme?hinweis=${restore ? 'standard' : 'gespeichert'}`, 303);
  });
}
