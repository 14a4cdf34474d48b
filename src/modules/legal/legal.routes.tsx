/**
 * @module legal/routes — the legally required pages under stable German permalinks
 * (`/impressum`, `/datenschutz`, `/barrierefreiheit`, `/leichte-sprache`, `/gebaerdensprache`) and
 * the feedback form on barriers (`/barrierefreiheit/rueckmeldung`), rate-limited per address like
 * the other public forms.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { formOf } from '../../http/forms.ts';
import { param, type ZodTypeProvider } from '../../http/input.ts';
import { sendPage } from '../../http/render.ts';
import { siteBaseUrl, type RouteDeps } from '../../http/site.ts';
import { z } from '../../lib/validation.ts';
import { sendFeedback, type Feedback } from './legal.feedback.ts';
import { FEEDBACK_PATH, legalPageKinds, legalPages } from './legal.kinds.ts';
import { readFeedbackForm } from './legal.params.ts';
import { feedbackAddressOf, legalTextOf } from './legal.repo.ts';
import { FeedbackSentView, FeedbackView } from './views/FeedbackView.tsx';
import { LegalPageView } from './views/LegalPageView.tsx';

const page = { config: { access: 'public' as const, objects: {} } };
/** `?seite=` fills the "which page" field when a page links the form. */
const feedbackQuery = z.object({ seite: param.text('Seite', 500) });
const emptyFeedback: Feedback = { message: '', page: '', name: '', email: '' };

export function legalRoutes(app: FastifyInstance, deps: RouteDeps): void {
  for (const kind of legalPageKinds) {
    const info = legalPages[kind];
    app.get(info.path, page, async (request, reply) => {
      const { body } = request.site;
      const baseUrl = siteBaseUrl(request);
      const text = await legalTextOf(deps.db, body, kind, baseUrl);
      return sendPage(reply, <LegalPageView bodyName={body.name} page={info} text={text} canonical={`${baseUrl}${info.path}`} />);
    });
  }

  const renderForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    values: Feedback,
    state: { problems?: string[]; error?: string } = {},
    status = 200,
  ) => {
    const { body } = request.site;
    const available = (await feedbackAddressOf(deps.db, body)) !== undefined;
    return sendPage(reply, <FeedbackView bodyName={body.name} values={values} available={available} {...state} />, status);
  };

  app
    .withTypeProvider<ZodTypeProvider>()
    .get(FEEDBACK_PATH, { ...page, schema: { querystring: feedbackQuery } }, async (request, reply) =>
      renderForm(request, reply, { ...emptyFeedback, page: request.query.seite ?? '' }),
    );

  const feedbackLimit = { rateLimit: { max: Math.max(1, Math.floor(deps.config.loginRateLimit / 2)), timeWindow: '15 minutes' } };
  app.post(FEEDBACK_PATH, { config: { ...page.config, ...feedbackLimit } }, async (request, reply) => {
    const { body } = request.site;
    const { values, input } = readFeedbackForm(formOf(request));
    if (!input.ok) return renderForm(request, reply, values, { problems: input.error }, 400);
    const to = await feedbackAddressOf(deps.db, body);
    if (!to) return renderForm(request, reply, values, { error: 'Die Rückmeldung kann nicht gesendet werden: Es ist keine Adresse dafür hinterlegt.' }, 503);
    try {
      await sendFeedback(deps.mailer, input.value, { bodyName: body.name, siteUrl: siteBaseUrl(request), to, sentAt: deps.now() });
    } catch (error) {
      request.log.error({ err: error }, 'accessibility feedback mail failed');
      return renderForm(
        request,
        reply,
        values,
        { error: 'Die Rückmeldung konnte gerade nicht gesendet werden. Ihr Text steht unverändert im Formular; bitte versuchen Sie es später noch einmal.' },
        502,
      );
    }
    return reply.redirect(`${FEEDBACK_PATH}/gesendet`, 303);
  });

  app.get(`${FEEDBACK_PATH}/gesendet`, page, async (request, reply) => sendPage(reply, <FeedbackSentView bodyName={request.site.body.name} />));
}
