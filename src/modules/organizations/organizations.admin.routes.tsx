/**
 * @module organizations/admin.routes
 * `/verwaltung/gremien`: the list of the body's organizations (reading master data: Sitzungsdienst
 * and administration), the form to create and change one, and ending, restoring and deleting it
 * (the administration: 'organizations.change'). Everyone else gets 404 from the shell. Handlers
 * parse, call organizations.manage and render; every refusal keeps what was typed.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { may, mayChangeOrganization, staffRolesOf } from '../../access/index.ts';
import { sendBadRequest, sendNotFound } from '../../http/errors.ts';
import { formOf, positiveId } from '../../http/forms.ts';
import type { ZodTypeProvider } from '../../http/input.ts';
import { actorOf, formVersion, problemsByField, staleMessage } from '../../http/master-form.ts';
import { sendPage } from '../../http/render.ts';
import { staffRoute, type RouteDeps } from '../../http/site.ts';
import { berlinDate } from '../../lib/format.ts';
import { recordHistory } from '../audit/index.ts';
import { ADMIN_PATH, draftOf, endDayOf, formNames, formProblems, listQuery, notices, pageQuery } from './organizations.admin.params.ts';
import { emptyDraft, parseOrganizationDraft, type OrganizationDraft } from './organizations.input.ts';
import { kindOf, kindText } from './organizations.kinds.ts';
import { createOrganization, deleteOrganization, endOrganization, restoreOrganization, updateOrganization } from './organizations.manage.ts';
import {
  councilOf,
  draftOfRecord,
  draftTexts,
  fieldLabels,
  findOrganizationRecord,
  isEnded,
  listOrganizationRecords,
  nameLookup,
  organizationFormChoices,
  recordTexts,
  referencesTo,
  type OrganizationRecord,
} from './organizations.records.ts';
import { OrganizationAdminListView } from './views/admin/OrganizationAdminListView.tsx';
import { OrganizationFormView, referenceText, type OrganizationFormProps } from './views/admin/OrganizationFormView.tsx';

const missingVersion = 'Dem Formular fehlt der Bearbeitungsstand. Bitte laden Sie die Seite neu.';
const sessionServiceKindProblem =
  'Art: Als Sitzungsdienst legen Sie Ausschüsse und Beiräte an und pflegen die Gremien, die Sie betreuen. Kreistag, Fraktionen und Verwaltungseinheiten pflegt die Administration.';

const staleAction =
  'Jemand anderes hat diese Organisation inzwischen gespeichert. Hier steht jetzt der gespeicherte Stand: Prüfen Sie ihn und wiederholen Sie den Schritt, wenn er noch passt.';

export function organizationAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const today = () => berlinDate(deps.now());

  typed.get(ADMIN_PATH, { ...staffRoute('masterData.read'), schema: { querystring: listQuery } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const { q, art, hinweis } = request.query;
    const state = request.query.stand ?? 'laufend';
    const records = await listOrganizationRecords(deps.db, body.id);
    const council = councilOf(records, body.classification);
    const day = today();
    const names = new Map(records.map((r) => [r.id, r.name]));
    const wanted = q?.toLocaleLowerCase('de');
    const rows = records
      .filter((r) => state === 'alle' || (state === 'beendet') === isEnded(r, day))
      .filter((r) => art === undefined || (kindOf(r) ?? 'sonstige') === art)
      .filter((r) => wanted === undefined || `${r.name}\n${r.shortName ?? ''}`.toLocaleLowerCase('de').includes(wanted))
      .map((r) => ({
        id: r.id,
        name: r.name,
        shortName: r.shortName,
        kind: kindText(r, council),
        parent: r.parentId === null ? null : (names.get(r.parentId) ?? null),
        seats: r.seats,
        startDate: r.startDate,
        endDate: r.endDate,
        ended: isEnded(r, day),
      }));
    return sendPage(
      reply,
      <OrganizationAdminListView
        bodyName={body.name}
        council={council}
        rows={rows}
        total={records.length}
        q={q}
        kind={art}
        state={state}
        mayChange={may(viewer, 'organizations.change')}
        notice={hinweis === 'geloescht' ? 'Gelöscht.' : undefined}
      />,
    );
  });

  /** The form page of a new organization, with what was typed and what is wrong. */
  const renderNew = async (request: FastifyRequest, reply: FastifyReply, draft: OrganizationDraft, problems?: OrganizationFormProps['problems']) => {
    const { body } = request.site;
    const choices = await organizationFormChoices(deps.db, body, { today: today() });
    return sendPage(
      reply,
      <OrganizationFormView bodyName={body.name} draft={draft} version={0} choices={choices} mayChange problems={problems} today={today()} />,
      problems ? 400 : 200,
    );
  };

  /** The record page: the stored row (or what was typed), its choices, references and history. */
  const renderRecord = async (
    request: FastifyRequest,
    reply: FastifyReply,
    record: OrganizationRecord,
    state: Partial<Pick<OrganizationFormProps, 'draft' | 'problems' | 'failure' | 'conflict' | 'notice'>> = {},
    status = 200,
  ) => {
    const { body, viewer } = request.site;
    const day = today();
    const mayChange = mayChangeOrganization(viewer, { id: record.id, kinds: [kindOf(record)] });
    const [choices, names, history, references] = await Promise.all([
      organizationFormChoices(deps.db, body, { id: record.id, locationId: record.locationId, today: day }),
      nameLookup(deps.db, body),
      recordHistory(deps.db, body.id, 'organization', record.id),
      mayChange ? referencesTo(deps.db, record.id) : Promise.resolve([]),
    ]);
    return sendPage(
      reply,
      <OrganizationFormView
        bodyName={body.name}
        record={record}
        texts={recordTexts(record, names)}
        draft={state.draft ?? draftOfRecord(record)}
        version={record.version}
        choices={choices}
        mayChange={mayChange}
        problems={state.problems}
        failure={state.failure}
        conflict={state.conflict}
        notice={state.notice}
        history={history}
        references={references}
        today={day}
      />,
      status,
    );
  };

  /** The live row a path names, or undefined (the handler answers 404). */
  const recordOf = async (request: FastifyRequest) => {
    const id = positiveId((request.params as { id?: string }).id);
    return id === undefined ? undefined : findOrganizationRecord(deps.db, request.site.body.id, id);
  };

  app.get(`${ADMIN_PATH}/neu`, staffRoute('organizations.change'), async (request, reply) => renderNew(request, reply, emptyDraft));

  app.post(`${ADMIN_PATH}/neu`, staffRoute('organizations.change'), async (request, reply) => {
    const draft = draftOf(formOf(request));
    const parsed = parseOrganizationDraft(draft);
    if (!parsed.success) return renderNew(request, reply, draft, problemsByField(parsed.error, formNames));
    const { body, viewer } = request.site;
    if (!mayChangeOrganization(viewer, { kinds: [parsed.data.kind] })) return renderNew(request, reply, draft, { [formNames.kind]: sessionServiceKindProblem });
    const created = await createOrganization(deps.db, body, actorOf(request), parsed.data, today());
    if (!created.ok) return renderNew(request, reply, draft, formProblems(created.error));
    // a Gremium the Sitzungsdienst sets up is one it runs from now on: members, sessions
    if (viewer.kind === 'account' && !staffRolesOf(viewer).includes('administration'))
      await deps.grantSessionService({ bodyId: body.id, userId: viewer.userId, organizationId: created.value.id, actor: actorOf(request) });
    return reply.redirect(`${ADMIN_PATH}/${created.value.id}?hinweis=angelegt`, 303);
  });

  typed.get(`${ADMIN_PATH}/:id`, { ...staffRoute('masterData.read', { id: 'organization' }), schema: { querystring: pageQuery } }, async (request, reply) => {
    const record = await recordOf(request);
    if (!record) return sendNotFound(request, reply);
    const { hinweis } = request.query;
    return renderRecord(request, reply, record, { notice: hinweis ? notices[hinweis] : undefined });
  });

  app.post(`${ADMIN_PATH}/:id`, staffRoute('organizations.change', { id: 'organization' }), async (request, reply) => {
    const record = await recordOf(request);
    if (!record || !mayChangeOrganization(request.site.viewer, { id: record.id, kinds: [kindOf(record)] })) return sendNotFound(request, reply);
    const form = formOf(request);
    const version = formVersion(form);
    if (version === undefined) return sendBadRequest(request, reply, missingVersion);
    const draft = draftOf(form);
    const parsed = parseOrganizationDraft(draft);
    if (parsed.success && !mayChangeOrganization(request.site.viewer, { id: record.id, kinds: [parsed.data.kind] }))
      return renderRecord(request, reply, { ...record, version }, { draft, problems: { [formNames.kind]: sessionServiceKindProblem } }, 400);
    // what was typed stays, at the version it was loaded at
    if (!parsed.success) return renderRecord(request, reply, { ...record, version }, { draft, problems: problemsByField(parsed.error, formNames) }, 400);
    const { body } = request.site;
    const saved = await updateOrganization(deps.db, body, actorOf(request), record.id, version, parsed.data, today());
    if (!saved) return sendNotFound(request, reply);
    if (saved.ok) return reply.redirect(`${ADMIN_PATH}/${record.id}?hinweis=${saved.value.changed ? 'gespeichert' : 'unveraendert'}`, 303);
    if (saved.error.kind === 'invalid')
      return renderRecord(request, reply, { ...record, version }, { draft, problems: formProblems(saved.error.problems) }, 400);
    const { stored } = saved.error;
    const names = await nameLookup(deps.db, body);
    const mine = draftTexts(draft, stored, names);
    const theirs = recordTexts(stored, names);
    const rows = (Object.keys(fieldLabels) as (keyof typeof fieldLabels)[]).map((k) => ({ label: fieldLabels[k], mine: mine[k], stored: theirs[k] }));
    return renderRecord(request, reply, stored, { draft, conflict: { message: staleMessage, rows } }, 409);
  });

  app.post(`${ADMIN_PATH}/:id/beenden`, staffRoute('organizations.change', { id: 'organization' }), async (request, reply) => {
    const record = await recordOf(request);
    if (!record || !mayChangeOrganization(request.site.viewer, { id: record.id, kinds: [kindOf(record)] })) return sendNotFound(request, reply);
    const form = formOf(request);
    const version = formVersion(form);
    if (version === undefined) return sendBadRequest(request, reply, missingVersion);
    const day = endDayOf(form);
    if (day === undefined) return renderRecord(request, reply, record, { failure: 'Beenden: bitte den letzten Tag als gültiges Datum angeben.' }, 400);
    const ended = await endOrganization(deps.db, request.site.body, actorOf(request), record.id, version, day);
    if (!ended) return sendNotFound(request, reply);
    if (ended.ok) return reply.redirect(`${ADMIN_PATH}/${record.id}?hinweis=beendet`, 303);
    if (ended.error.kind === 'invalid') return renderRecord(request, reply, record, { failure: ended.error.message }, 400);
    return renderRecord(request, reply, ended.error.stored, { failure: staleAction }, 409);
  });

  app.post(`${ADMIN_PATH}/:id/wiederherstellen`, staffRoute('organizations.change', { id: 'organization' }), async (request, reply) => {
    const record = await recordOf(request);
    if (!record || !mayChangeOrganization(request.site.viewer, { id: record.id, kinds: [kindOf(record)] })) return sendNotFound(request, reply);
    const version = formVersion(formOf(request));
    if (version === undefined) return sendBadRequest(request, reply, missingVersion);
    const restored = await restoreOrganization(deps.db, request.site.body, actorOf(request), record.id, version, today());
    if (!restored) return sendNotFound(request, reply);
    if (restored.ok) return reply.redirect(`${ADMIN_PATH}/${record.id}?hinweis=wiederhergestellt`, 303);
    if (restored.error.kind === 'invalid') return renderRecord(request, reply, record, { failure: restored.error.message }, 400);
    return renderRecord(request, reply, restored.error.stored, { failure: staleAction }, 409);
  });

  app.post(`${ADMIN_PATH}/:id/loeschen`, staffRoute('organizations.change', { id: 'organization' }), async (request, reply) => {
    const record = await recordOf(request);
    if (!record || !mayChangeOrganization(request.site.viewer, { id: record.id, kinds: [kindOf(record)] })) return sendNotFound(request, reply);
    const version = formVersion(formOf(request));
    if (version === undefined) return sendBadRequest(request, reply, missingVersion);
    const deleted = await deleteOrganization(deps.db, request.site.body, actorOf(request), record.id, version);
    if (!deleted) return sendNotFound(request, reply);
    if (deleted.ok) return reply.redirect(`${ADMIN_PATH}?hinweis=geloescht`, 303);
    if (deleted.error.kind === 'referenced')
      return renderRecord(
        request,
        reply,
        record,
        { failure: `Nicht gelöscht: Auf „${record.name}“ verweisen noch ${referenceText(deleted.error.references)}. Beenden Sie sie stattdessen.` },
        409,
      );
    return renderRecord(request, reply, deleted.error.stored, { failure: staleAction }, 409);
  });
}
