/**
 * @module people/admin.routes — `/verwaltung/personen`: the list ('masterData.read'), a new
 * person and saving one ('persons.change'), a person's page with memberships and history
 * ('masterData.read'; the form only for 'persons.change'), „Ausscheiden“ and deleting.
 * The linked account comes through the `linkedAccount` slot, which the auth module fills.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { may, mayChangeMembershipsOf } from '../../access/index.ts';
import { sendBadRequest, sendNotFound } from '../../http/errors.ts';
import { field, formOf, positiveId } from '../../http/forms.ts';
import { param, pathParams, type ZodTypeProvider } from '../../http/input.ts';
import { actorOf, formVersion, type FieldProblems } from '../../http/master-form.ts';
import { sendPage } from '../../http/render.ts';
import { staffRoute, type RouteDeps } from '../../http/site.ts';
import { berlinDate } from '../../lib/format.ts';
import { z } from '../../lib/validation.ts';
import { recordHistory } from '../audit/index.ts';
import { isoDay } from './membership-rules.ts';
import { emptyPersonValues, personValuesOf, readPersonForm } from './people.admin.params.ts';
import { listPersonMemberships, listStaffPersons, personKinds, type StaffPersonFilter } from './person-directory.ts';
import { createPerson, findPersonRecord, fraktionChoices, updatePerson, type PersonRecord } from './person-records.ts';
import { deletePerson, retirePerson } from './person-removal.ts';
import type { PersonFormFields } from './person-rules.ts';
import { PersonAdminView } from './views/admin/PersonAdminView.tsx';
import { PersonListAdminView } from './views/admin/PersonListAdminView.tsx';

const PAGE_SIZE = 50;

const notices: Record<string, string> = {
  angelegt: 'Die Person ist angelegt.',
  gespeichert: 'Die Änderungen sind gespeichert.',
  ausgeschieden: 'Die Person ist ausgeschieden: Ihre laufenden Mitgliedschaften enden zum gewählten Tag, später beginnende sind gelöscht.',
  geloescht: 'Die Person ist gelöscht.',
};

const listQuery = z.object({
  q: param.text('Name', 100),
  fraktion: param.id('Fraktion'),
  art: param.choice('Auswahl', personKinds),
  seite: param.page(100_000),
  hinweis: param.text('Hinweis', 40),
});
const noticeQuery = z.object({ hinweis: param.text('Hinweis', 40) });
const person = { id: 'person' } as const;

interface PageState {
  values?: PersonFormFields;
  version?: number;
  problems?: FieldProblems;
  conflict?: PersonFormFields;
  notice?: string | undefined;
  error?: string;
}

export function peopleAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const today = () => berlinDate(deps.now());

  const renderNew = async (request: FastifyRequest, reply: FastifyReply, state: PageState = {}, status = 200) => {
    const { body, viewer } = request.site;
    return sendPage(
      reply,
      <PersonAdminView
        bodyName={body.name}
        values={state.values ?? emptyPersonValues}
        version={0}
        fraktionen={await fraktionChoices(deps.db, body.id, today())}
        problems={state.problems}
        mayEdit
        mayAddMembership={false}
        mayChangeMembershipOf={(id) => mayChangeMembershipsOf(viewer, id)}
        mayManageAccounts={may(viewer, 'administration')}
        today={today()}
      />,
      status,
    );
  };

  const renderPerson = async (request: FastifyRequest, reply: FastifyReply, stored: PersonRecord, state: PageState = {}, status = 200) => {
    const { body, viewer } = request.site;
    const [fraktionen, memberships, history, linked] = await Promise.all([
      fraktionChoices(deps.db, body.id, today(), stored.fraktion?.id ?? null),
      listPersonMemberships(deps.db, body.id, stored.id),
      recordHistory(deps.db, body.id, 'person', stored.id),
      deps.slots.fill('linkedAccount', request.site, { personId: stored.id }),
    ]);
    return sendPage(
      reply,
      <PersonAdminView
        bodyName={body.name}
        person={stored}
        values={state.values ?? personValuesOf(stored)}
        version={state.version ?? stored.version}
        fraktionen={fraktionen}
        problems={state.problems}
        conflict={state.conflict}
        notice={state.notice}
        error={state.error}
        mayEdit={may(viewer, 'persons.change')}
        mayAddMembership={may(viewer, 'memberships.change')}
        mayChangeMembershipOf={(id) => mayChangeMembershipsOf(viewer, id)}
        mayManageAccounts={may(viewer, 'administration')}
        memberships={memberships}
        linkedAccounts={linked.flat()}
        history={history}
        today={today()}
      />,
      status,
    );
  };

  const stored = (request: { params: { id: string }; site: FastifyRequest['site'] }) => {
    const id = positiveId(request.params.id);
    return id === undefined ? undefined : findPersonRecord(deps.db, request.site.body.id, id, today());
  };

  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get('/verwaltung/personen', { ...staffRoute('masterData.read'), schema: { querystring: listQuery } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const q = request.query;
    const filter: StaffPersonFilter = { q: q.q, fraktionId: q.fraktion, kind: q.art, page: q.seite, pageSize: PAGE_SIZE };
    const [result, fraktionen] = await Promise.all([listStaffPersons(deps.db, body.id, today(), filter), fraktionChoices(deps.db, body.id, today())]);
    const hrefFor = (page: number) => {
      const params = new URLSearchParams();
      if (q.q) params.set('q', q.q);
      if (q.fraktion !== undefined) params.set('fraktion', String(q.fraktion));
      if (q.art) params.set('art', q.art);
      if (page > 1) params.set('seite', String(page));
      const query = params.toString();
      return query ? `/verwaltung/personen?${query}` : '/verwaltung/personen';
    };
    return sendPage(
      reply,
      <PersonListAdminView
        bodyName={body.name}
        filter={filter}
        fraktionen={fraktionen}
        result={result}
        hrefFor={hrefFor}
        mayCreate={may(viewer, 'persons.change')}
        notice={q.hinweis ? notices[q.hinweis] : undefined}
      />,
    );
  });

  app.get('/verwaltung/personen/neu', staffRoute('persons.change'), (request, reply) => renderNew(request, reply));

  app.post('/verwaltung/personen/neu', staffRoute('persons.change'), async (request, reply) => {
    const { values, input } = readPersonForm(formOf(request), null);
    if (!input.ok) return renderNew(request, reply, { values, problems: input.problems }, 400);
    const created = await createPerson(deps.db, request.site.body.id, input.value, actorOf(request), today());
    if (!created.ok) return renderNew(request, reply, { values, problems: created.error }, 400);
    return reply.redirect(`/verwaltung/personen/${created.value.id}?hinweis=angelegt`, 303);
  });

  typed.get(
    '/verwaltung/personen/:id',
    { ...staffRoute('masterData.read', person), schema: { params: pathParams('id'), querystring: noticeQuery } },
    async (request, reply) => {
      const found = await stored(request);
      if (!found) return sendNotFound(request, reply);
      return renderPerson(request, reply, found, { notice: request.query.hinweis ? notices[request.query.hinweis] : undefined });
    },
  );

  app.post<{ Params: { id: string } }>('/verwaltung/personen/:id', staffRoute('persons.change', person), async (request, reply) => {
    const found = await stored(request);
    if (!found) return sendNotFound(request, reply);
    const form = formOf(request);
    const version = formVersion(form);
    if (version === undefined) return sendBadRequest(request, reply, 'Dem Formular fehlt der Bearbeitungsstand. Bitte laden Sie die Seite neu.');
    const { values, input } = readPersonForm(form, found.formOfAddress);
    if (!input.ok) return renderPerson(request, reply, found, { values, version, problems: input.problems }, 400);
    const saved = await updatePerson(deps.db, request.site.body.id, found.id, version, input.value, actorOf(request), today());
    if (!saved) return sendNotFound(request, reply);
    if (!saved.ok && saved.error.kind === 'invalid') return renderPerson(request, reply, found, { values, version, problems: saved.error.problems }, 400);
    if (!saved.ok && saved.error.kind === 'conflict') {
      const latest = saved.error.stored;
      // the stored version goes into the form: saving again overwrites the other change on purpose
      return renderPerson(request, reply, latest, { values, version: latest.version, conflict: personValuesOf(latest) }, 409);
    }
    return reply.redirect(`/verwaltung/personen/${found.id}?hinweis=gespeichert`, 303);
  });

  app.post<{ Params: { id: string } }>('/verwaltung/personen/:id/ausscheiden', staffRoute('persons.change', person), async (request, reply) => {
    const found = await stored(request);
    if (!found) return sendNotFound(request, reply);
    const date = isoDay(field(formOf(request), 'datum'));
    if (!date) return renderPerson(request, reply, found, { error: 'Ausgeschieden zum: Bitte geben Sie ein gültiges Datum an, etwa 31.05.2028.' }, 400);
    const done = await retirePerson(deps.db, request.site.body.id, found.id, date, actorOf(request));
    if (!done) return sendNotFound(request, reply);
    return reply.redirect(`/verwaltung/personen/${found.id}?hinweis=ausgeschieden`, 303);
  });

  app.post<{ Params: { id: string } }>('/verwaltung/personen/:id/loeschen', staffRoute('persons.change', person), async (request, reply) => {
    const found = await stored(request);
    if (!found) return sendNotFound(request, reply);
    const version = formVersion(formOf(request));
    if (version === undefined) return sendBadRequest(request, reply, 'Dem Formular fehlt der Bearbeitungsstand. Bitte laden Sie die Seite neu.');
    const deleted = await deletePerson(deps.db, request.site.body.id, found.id, version, actorOf(request));
    if (!deleted) return sendNotFound(request, reply);
    if (!deleted.ok && deleted.error.kind === 'conflict')
      return renderPerson(
        request,
        reply,
        found,
        { error: 'Die Person wurde inzwischen geändert. Bitte prüfen Sie den Stand unten und löschen Sie dann erneut.' },
        409,
      );
    if (!deleted.ok && deleted.error.kind === 'referenced')
      return renderPerson(
        request,
        reply,
        found,
        {
          error: `Die Person kann nicht gelöscht werden, solange noch etwas auf sie verweist: ${deleted.error.references.join(', ')}. Lassen Sie die Person stattdessen ausscheiden.`,
        },
        409,
      );
    return reply.redirect('/verwaltung/personen?hinweis=geloescht', 303);
  });
}
