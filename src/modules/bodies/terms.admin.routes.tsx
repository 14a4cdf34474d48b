/**
 * @module bodies/terms.admin.routes — `/verwaltung/wahlperioden`: the list and each Wahlperiode
 * for whoever reads master data; creating, changing and deleting for the administration
 * ('terms.change'). Everyone else gets 404 from the shell.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { may } from '../../access/index.ts';
import { sendBadRequest, sendNotFound } from '../../http/errors.ts';
import { field, formOf, positiveId, type FormBody } from '../../http/forms.ts';
import { param, type ZodTypeProvider } from '../../http/input.ts';
import { actorOf, formVersion, staleMessage, type FieldProblems } from '../../http/master-form.ts';
import { sendPage } from '../../http/render.ts';
import { staffRoute, type RouteDeps } from '../../http/site.ts';
import { normalDay } from '../../lib/form-values.ts';
import { berlinDate, formatDate } from '../../lib/format.ts';
import { z } from '../../lib/validation.ts';
import { recordHistory } from '../audit/index.ts';
import { listLegislativeTerms } from './bodies.terms.ts';
import {
  createTerm,
  deleteTerm,
  findTerm,
  parseTermInput,
  TERM_KIND,
  termLabels,
  termsOn,
  termUsage,
  updateTerm,
  type TermProblems,
  type TermRecord,
} from './terms.admin.ts';
import { TERMS_PATH, TermListView, TermPageView, type TermFormValues, type TermPageProps } from './views/admin/TermViews.tsx';

const noticeQuery = z.object({ hinweis: param.choice('Hinweis', ['gespeichert', 'angelegt', 'geloescht']) });
const notices = {
  gespeichert: 'Die Wahlperiode ist gespeichert.',
  angelegt: 'Die Wahlperiode ist angelegt.',
  geloescht: 'Die Wahlperiode ist gelöscht.',
} as const;

const staleDeleteMessage =
  'Jemand anderes hat die Wahlperiode inzwischen gespeichert. Unten steht der neue Stand: Prüfen Sie ihn und löschen Sie erneut, wenn sie trotzdem weg soll.';

const formNames: Record<keyof TermProblems, keyof TermFormValues> = { name: 'name', startDate: 'beginn', endDate: 'ende' };

const formValues = (form: FormBody): TermFormValues => ({
  name: field(form, 'name'),
  beginn: normalDay(field(form, 'beginn')),
  ende: normalDay(field(form, 'ende')),
});
const storedValues = (t: TermRecord): TermFormValues => ({ name: t.name, beginn: t.startDate, ende: t.endDate ?? '' });
const byFormName = (problems: TermProblems): FieldProblems =>
  Object.fromEntries(Object.entries(problems).map(([key, message]) => [formNames[key as keyof TermProblems], message]));

const shownDay = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value);

/** A stale save: the user's values beside the stored ones. */
function conflictOf(mine: TermFormValues, stored: TermRecord): NonNullable<TermPageProps['conflict']> {
  const theirs = storedValues(stored);
  return {
    message: staleMessage,
    rows: [
      { label: termLabels.name, mine: mine.name, stored: theirs.name },
      { label: termLabels.startDate, mine: shownDay(mine.beginn), stored: shownDay(theirs.beginn) },
      { label: termLabels.endDate, mine: shownDay(mine.ende), stored: shownDay(theirs.ende) },
    ],
  };
}

export function termAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const route = app.withTypeProvider<ZodTypeProvider>();
  const today = () => berlinDate(deps.now());

  const page = async (request: FastifyRequest, reply: FastifyReply, props: Omit<TermPageProps, 'bodyName' | 'mayChange'>, status = 200) =>
    sendPage(reply, <TermPageView bodyName={request.site.body.name} mayChange={may(request.site.viewer, 'terms.change')} {...props} />, status);

  /** The stored Wahlperiode's page: its history and what lies in its dates come along. */
  const recordPage = async (request: FastifyRequest, reply: FastifyReply, term: TermRecord, props: Partial<TermPageProps>, status = 200) => {
    const bodyId = request.site.body.id;
    const [history, usage] = await Promise.all([recordHistory(deps.db, bodyId, TERM_KIND, term.id), termUsage(deps.db, bodyId, term)]);
    return page(request, reply, { term, values: storedValues(term), version: term.version, history, usage, ...props }, status);
  };

  route.get(TERMS_PATH, { ...staffRoute('masterData.read'), schema: { querystring: noticeQuery } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const terms = await listLegislativeTerms(deps.db, body.id);
    const day = today();
    const notice = request.query.hinweis === 'geloescht' ? notices.geloescht : undefined;
    return sendPage(
      reply,
      <TermListView bodyName={body.name} terms={terms} current={termsOn(terms, day)} today={day} mayChange={may(viewer, 'terms.change')} notice={notice} />,
    );
  });

  route.get(`${TERMS_PATH}/neu`, staffRoute('terms.change'), async (request, reply) => page(request, reply, { values: { name: '', beginn: '', ende: '' } }));

  route.post(`${TERMS_PATH}/neu`, staffRoute('terms.change'), async (request, reply) => {
    const values = formValues(formOf(request));
    const input = parseTermInput({ name: values.name, startDate: values.beginn, endDate: values.ende });
    if (!input.ok) return page(request, reply, { values, problems: byFormName(input.error) }, 400);
    const created = await createTerm(deps.db, request.site.body.id, input.value, actorOf(request));
    if (created.ok) return reply.redirect(`${TERMS_PATH}/${created.value.id}?hinweis=angelegt`, 303);
    if (created.error.kind === 'invalid') return page(request, reply, { values, problems: byFormName(created.error.problems) }, 400);
    return sendNotFound(request, reply);
  });

  const byId = { ...staffRoute('masterData.read', { id: 'legislativeTerm' }), schema: { params: z.object({ id: z.string() }), querystring: noticeQuery } };
  route.get(`${TERMS_PATH}/:id`, byId, async (request, reply) => {
    const id = positiveId(request.params.id);
    const term = id === undefined ? undefined : await findTerm(deps.db, request.site.body.id, id);
    if (!term) return sendNotFound(request, reply);
    const hinweis = request.query.hinweis;
    return recordPage(request, reply, term, { notice: hinweis && hinweis !== 'geloescht' ? notices[hinweis] : undefined });
  });

  const change = staffRoute('terms.change', { id: 'legislativeTerm' });
  route.post<{ Params: { id: string } }>(`${TERMS_PATH}/:id`, change, async (request, reply) => {
    const bodyId = request.site.body.id;
    const id = positiveId(request.params.id);
    const term = id === undefined ? undefined : await findTerm(deps.db, bodyId, id);
    if (!term || id === undefined) return sendNotFound(request, reply);
    const form = formOf(request);
    const version = formVersion(form);
    if (version === undefined) return sendBadRequest(request, reply, 'Dem Formular fehlt der Bearbeitungsstand. Bitte laden Sie die Seite neu.');
    const values = formValues(form);
    const input = parseTermInput({ name: values.name, startDate: values.beginn, endDate: values.ende });
    if (!input.ok) return recordPage(request, reply, term, { values, version, problems: byFormName(input.error) }, 400);
    const saved = await updateTerm(deps.db, bodyId, id, version, input.value, actorOf(request));
    if (saved.ok) return reply.redirect(`${TERMS_PATH}/${id}?hinweis=gespeichert`, 303);
    const { error } = saved;
    if (error.kind === 'missing') return sendNotFound(request, reply);
    if (error.kind === 'invalid') return recordPage(request, reply, term, { values, version, problems: byFormName(error.problems) }, 400);
    // the form now carries the stored version: saving again keeps the user's values on purpose
    return recordPage(request, reply, error.stored, { values, conflict: conflictOf(values, error.stored) }, 409);
  });

  route.post<{ Params: { id: string } }>(`${TERMS_PATH}/:id/loeschen`, change, async (request, reply) => {
    const bodyId = request.site.body.id;
    const id = positiveId(request.params.id);
    if (id === undefined) return sendNotFound(request, reply);
    const version = formVersion(formOf(request));
    if (version === undefined) return sendBadRequest(request, reply, 'Dem Formular fehlt der Bearbeitungsstand. Bitte laden Sie die Seite neu.');
    const deleted = await deleteTerm(deps.db, bodyId, id, version, actorOf(request));
    if (deleted.ok) return reply.redirect(`${TERMS_PATH}?hinweis=geloescht`, 303);
    const { error } = deleted;
    if (error.kind === 'missing') return sendNotFound(request, reply);
    if (error.kind === 'stale') return recordPage(request, reply, error.stored, { general: [staleDeleteMessage] }, 409);
    const term = await findTerm(deps.db, bodyId, id);
    return term ? recordPage(request, reply, term, { general: [error.message] }, 409) : sendNotFound(request, reply);
  });
}
