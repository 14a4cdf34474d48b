/**
 * @module people/memberships.admin.routes — memberships in the back office and a Gremium's member
 * page. Every change needs 'memberships.change' and the object check `mayChangeMembershipsOf`
 * for the Gremium it is in and for the one it is moved to: a Sitzungsdienst changes only the
 * Gremien it runs, anything else answers 404 as if it did not exist.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { mayChangeMembershipsOf } from '../../access/index.ts';
import { sendBadRequest, sendNotFound } from '../../http/errors.ts';
import { field, formOf, positiveId } from '../../http/forms.ts';
import { param, pathParams, type ZodTypeProvider } from '../../http/input.ts';
import { actorOf, formVersion, staleMessage, type FieldProblems } from '../../http/master-form.ts';
import { sendPage } from '../../http/render.ts';
import { staffRoute, type RouteDeps } from '../../http/site.ts';
import { berlinDate } from '../../lib/format.ts';
import { z } from '../../lib/validation.ts';
import { recordHistory } from '../audit/index.ts';
import { findOrganizationFacts, listMembershipTargets } from './organization-facts.ts';
import {
  changeMembership,
  createMembership,
  findMembershipRecord,
  updateMembership,
  type MembershipRecord,
  type MembershipStep,
} from './membership-records.ts';
import { rosterOf, rosterWarnings } from './membership-roster.ts';
import { isoDay, type MembershipFormFields } from './membership-rules.ts';
import { emptyMembershipValues, membershipValuesOf, readMembershipForm } from './people.admin.params.ts';
import { isPersonOfBody, listLinkablePersons } from './people.admin.ts';
import { MemberRosterView } from './views/admin/MemberRosterView.tsx';
import { MembershipAdminView, type MembershipFormOptions } from './views/admin/MembershipAdminView.tsx';
import { membershipAdminHref, personAdminHref, rosterHref } from './views/admin/shared.tsx';

const notices: Record<string, string> = {
  angelegt: 'Die Mitgliedschaft ist angelegt.',
  gespeichert: 'Die Änderungen sind gespeichert.',
  beendet: 'Die Mitgliedschaft ist beendet.',
  wiederhergestellt: 'Die Mitgliedschaft läuft wieder (ohne Ende).',
  geloescht: 'Die Mitgliedschaft ist gelöscht.',
};
const notice = (key: string | undefined) => (key ? notices[key] : undefined);

const newQuery = z.object({ gremium: param.id('Gremium'), person: param.id('Person') });
const noticeQuery = z.object({ hinweis: param.text('Hinweis', 40) });
const rosterQuery = z.object({ stichtag: param.date('Stichtag'), hinweis: param.text('Hinweis', 40) });
const membership = { id: 'membership' } as const;

interface PageState {
  values?: MembershipFormFields;
  version?: number;
  problems?: FieldProblems;
  conflict?: MembershipFormFields;
  notice?: string | undefined;
  error?: string;
  from?: 'person' | 'gremium' | undefined;
}

export function membershipAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const today = () => berlinDate(deps.now());

  /** What the form offers: persons, the organizations the viewer may change (and the stored one), Fraktionen. */
  const optionsFor = async (request: FastifyRequest, keepOrganizationId?: number): Promise<MembershipFormOptions> => {
    const { body, viewer } = request.site;
    const [persons, targets] = await Promise.all([listLinkablePersons(deps.db, body.id, []), listMembershipTargets(deps.db, body.id)]);
    const open = (o: { endDate: string | null; id: number }) => o.endDate === null || o.endDate >= today() || o.id === keepOrganizationId;
    return {
      persons,
      organizations: targets.filter((o) => mayChangeMembershipsOf(viewer, o.id) && open(o)),
      fraktionen: targets.filter((o) => o.organizationType === 'Fraktion').map((o) => ({ id: o.id, name: o.name })),
    };
  };

  const renderNew = async (request: FastifyRequest, reply: FastifyReply, state: PageState, status = 200) =>
    sendPage(
      reply,
      <MembershipAdminView
        bodyName={request.site.body.name}
        values={state.values ?? emptyMembershipValues}
        version={0}
        options={await optionsFor(request)}
        problems={state.problems}
        today={today()}
        from={state.from}
      />,
      status,
    );

  const renderEdit = async (request: FastifyRequest, reply: FastifyReply, stored: MembershipRecord, state: PageState = {}, status = 200) => {
    const history = await recordHistory(deps.db, request.site.body.id, 'membership', stored.id);
    return sendPage(
      reply,
      <MembershipAdminView
        bodyName={request.site.body.name}
        membership={stored}
        values={state.values ?? membershipValuesOf(stored)}
        version={state.version ?? stored.version}
        options={await optionsFor(request, stored.organizationId)}
        problems={state.problems}
        conflict={state.conflict}
        notice={state.notice}
        error={state.error}
        history={history}
        today={today()}
      />,
      status,
    );
  };

  /** The membership, if it exists and the viewer may change its Gremium. */
  const changeable = async (request: { params: { id: string }; site: FastifyRequest['site'] }) => {
    const id = positiveId(request.params.id);
    const found = id === undefined ? undefined : await findMembershipRecord(deps.db, request.site.body.id, id);
    return found && mayChangeMembershipsOf(request.site.viewer, found.organizationId) ? found : undefined;
  };

  /** A Gremium named in the form that the viewer may not change: the answer is 404, not a message. */
  const forbiddenTarget = (request: FastifyRequest, values: MembershipFormFields) => {
    const target = positiveId(values.gremium);
    return target !== undefined && !mayChangeMembershipsOf(request.site.viewer, target);
  };

  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get('/verwaltung/mitgliedschaften/neu', { ...staffRoute('memberships.change'), schema: { querystring: newQuery } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const { gremium, person } = request.query;
    if (gremium !== undefined && (!mayChangeMembershipsOf(viewer, gremium) || !(await findOrganizationFacts(deps.db, body.id, gremium))))
      return sendNotFound(request, reply);
    if (person !== undefined && !(await isPersonOfBody(deps.db, body.id, person))) return sendNotFound(request, reply);
    const values = { ...emptyMembershipValues, gremium: gremium === undefined ? '' : String(gremium), person: person === undefined ? '' : String(person) };
    return renderNew(request, reply, { values, from: gremium !== undefined ? 'gremium' : person !== undefined ? 'person' : undefined });
  });

  app.post('/verwaltung/mitgliedschaften/neu', staffRoute('memberships.change'), async (request, reply) => {
    const form = formOf(request);
    const { values, input } = readMembershipForm(form, { requireStart: true });
    const von = field(form, 'von');
    const from = von === 'person' || von === 'gremium' ? von : undefined;
    if (forbiddenTarget(request, values)) return sendNotFound(request, reply);
    if (!input.ok) return renderNew(request, reply, { values, problems: input.problems, from }, 400);
    const created = await createMembership(deps.db, request.site.body.id, input.value, actorOf(request));
    if (!created.ok) return renderNew(request, reply, { values, problems: created.error, from }, 400);
    // back where the form was opened from: the person's page or the Gremium's members
    const back = from === 'person' ? personAdminHref(input.value.personId) : rosterHref(input.value.organizationId);
    return reply.redirect(`${back}${back.includes('?') ? '&' : '?'}hinweis=angelegt`, 303);
  });

  typed.get(
    '/verwaltung/mitgliedschaften/:id',
    { ...staffRoute('memberships.change', membership), schema: { params: pathParams('id'), querystring: noticeQuery } },
    async (request, reply) => {
      const found = await changeable(request);
      if (!found) return sendNotFound(request, reply);
      return renderEdit(request, reply, found, { notice: notice(request.query.hinweis) });
    },
  );

  app.post<{ Params: { id: string } }>('/verwaltung/mitgliedschaften/:id', staffRoute('memberships.change', membership), async (request, reply) => {
    const found = await changeable(request);
    if (!found) return sendNotFound(request, reply);
    const form = formOf(request);
    const version = formVersion(form);
    if (version === undefined) return sendBadRequest(request, reply, 'Dem Formular fehlt der Bearbeitungsstand. Bitte laden Sie die Seite neu.');
    const { values, input } = readMembershipForm(form, { keepRole: found.role, requireStart: false });
    if (forbiddenTarget(request, values)) return sendNotFound(request, reply);
    if (!input.ok) return renderEdit(request, reply, found, { values, version, problems: input.problems }, 400);
    const saved = await updateMembership(deps.db, request.site.body.id, found.id, version, input.value, actorOf(request));
    if (!saved) return sendNotFound(request, reply);
    if (!saved.ok && saved.error.kind === 'invalid') return renderEdit(request, reply, found, { values, version, problems: saved.error.problems }, 400);
    if (!saved.ok && saved.error.kind === 'conflict') {
      const latest = saved.error.stored;
      return renderEdit(request, reply, latest, { values, version: latest.version, conflict: membershipValuesOf(latest) }, 409);
    }
    return reply.redirect(`${membershipAdminHref(found.id)}?hinweis=gespeichert`, 303);
  });

  const step = (path: string, stepOf: (form: ReturnType<typeof formOf>) => MembershipStep | string, done: (m: MembershipRecord) => string) =>
    app.post<{ Params: { id: string } }>(`/verwaltung/mitgliedschaften/:id/${path}`, staffRoute('memberships.change', membership), async (request, reply) => {
      const found = await changeable(request);
      if (!found) return sendNotFound(request, reply);
      const form = formOf(request);
      const version = formVersion(form);
      if (version === undefined) return sendBadRequest(request, reply, 'Dem Formular fehlt der Bearbeitungsstand. Bitte laden Sie die Seite neu.');
      const wanted = stepOf(form);
      if (typeof wanted === 'string') return renderEdit(request, reply, found, { error: wanted }, 400);
      const changed = await changeMembership(deps.db, request.site.body.id, found.id, version, wanted, actorOf(request));
      if (!changed) return sendNotFound(request, reply);
      if (!changed.ok) {
        const latest = (await findMembershipRecord(deps.db, request.site.body.id, found.id)) ?? found;
        if (changed.error.kind === 'invalid') return renderEdit(request, reply, latest, { error: changed.error.message }, 400);
        return renderEdit(request, reply, latest, { error: staleMessage }, 409);
      }
      return reply.redirect(done(found), 303);
    });

  step(
    'beenden',
    (form) => {
      const end = isoDay(field(form, 'ende'));
      return end ? { kind: 'end', endDate: end } : 'Beenden zum: Bitte geben Sie ein gültiges Datum an, etwa 31.05.2028.';
    },
    (m) => `${membershipAdminHref(m.id)}?hinweis=beendet`,
  );
  step(
    'wiederherstellen',
    () => ({ kind: 'restore' }),
    (m) => `${membershipAdminHref(m.id)}?hinweis=wiederhergestellt`,
  );
  step(
    'loeschen',
    () => ({ kind: 'delete' }),
    (m) => `${rosterHref(m.organizationId)}?hinweis=geloescht`,
  );

  typed.get(
    '/verwaltung/gremien/:id/mitglieder',
    { ...staffRoute('masterData.read', { id: 'organization' }), schema: { params: pathParams('id'), querystring: rosterQuery } },
    async (request, reply) => {
      const { body, viewer } = request.site;
      const id = positiveId(request.params.id);
      const organization = id === undefined ? undefined : await findOrganizationFacts(deps.db, body.id, id);
      if (!organization) return sendNotFound(request, reply);
      const day = request.query.stichtag ?? today();
      const roster = await rosterOf(deps.db, body.id, organization.id, day);
      return sendPage(
        reply,
        <MemberRosterView
          bodyName={body.name}
          organization={organization}
          roster={roster}
          warnings={rosterWarnings(roster, organization.seats)}
          mayChange={mayChangeMembershipsOf(viewer, organization.id)}
          notice={notice(request.query.hinweis)}
        />,
      );
    },
  );
}
