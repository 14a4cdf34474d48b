/**
 * @module auth/admin.routes — `/verwaltung`: accounts, roles and the audit log (administration only).
 * Every route is `access: 'admin'`: the shell answers everyone else with the plain 404 page.
 * An administrator cannot take the administration role from themselves nor disable their own
 * account, so that an installation never locks itself out by accident.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { sendBadRequest, sendNotFound } from '../../http/errors.ts';
import { param, pathParams, type ZodTypeProvider } from '../../http/input.ts';
import { z } from '../../lib/validation.ts';
import { field, fields, formOf, positiveId, type FormBody } from '../../http/forms.ts';
import { sendPage } from '../../http/render.ts';
import { siteBaseUrl, type RouteDeps } from '../../http/site.ts';
import type { Db } from '../../db/client.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { formatPersonName } from '../people/index.ts';
import { persons } from '../people/people.tables.ts';
import { AccountError, createAccount, findAccount, listAccounts, updateAccount, type Account, type AccountInput, type RoleGrant } from './accounts.ts';
import { audit, auditEventNames, listAuditEvents } from './audit.ts';
import { disableTotp } from './totp.ts';
import { users } from './auth.tables.ts';
import { sendInvitation } from './password-reset.ts';
import {
  AccountListView,
  AccountPageView,
  AdminHomeView,
  AuditLogView,
  NewAccountView,
  formValuesOf,
  type AccountFormOptions,
  type AccountFormValues,
  type NamedOption,
} from './views/AdminViews.tsx';

const admin = { config: { access: 'admin' as const, objects: {} } };
const adminAccount = { config: { access: 'admin' as const, objects: { id: 'account' as const } } };
const noticeQuery = z.object({ hinweis: param.text('Hinweis', 40) });
const auditQuery = z.object({
  vor: param.number('„vor“ (Nummer eines Eintrags)', 1, Number.MAX_SAFE_INTEGER),
  ereignis: param.choice('Ereignis', Object.keys(auditEventNames) as [string, ...string[]]),
});

const AUDIT_PAGE_SIZE = 100;
const MAX_TEXT = 200;

const notices: Record<string, string> = {
  angelegt: 'Das Konto ist angelegt. Die Einladung mit dem Link zum Festlegen des Passworts ist verschickt.',
  'angelegt-ohne-einladung': 'Das Konto ist angelegt, aber die Einladung konnte nicht verschickt werden. Bitte senden Sie sie unten erneut.',
  gespeichert: 'Die Änderungen sind gespeichert.',
  eingeladen: 'Eine E-Mail mit einem neuen Link zum Festlegen des Passworts ist verschickt.',
  entsperrt: 'Das Konto ist entsperrt; die Fehlversuche sind zurückgesetzt.',
  'ohne-zweiten-faktor': 'Der zweite Faktor ist entfernt; die Person meldet sich mit dem Passwort an und kann ihn neu einrichten.',
};

const emptyValues: AccountFormValues = { displayName: '', email: '', personId: '', unitId: '', roles: [], disabled: false };

/** The submitted form as typed, and what it asks for (or a German sentence on what is wrong). */
function readAccountForm(form: FormBody, withDisabled: boolean): { values: AccountFormValues; input: AccountInput | string } {
  const values: AccountFormValues = {
    displayName: field(form, 'name'),
    email: field(form, 'email'),
    personId: field(form, 'person'),
    unitId: field(form, 'einheit'),
    roles: [...new Set(fields(form, 'rolle').map((r) => r.trim()))],
    disabled: withDisabled && field(form, 'deaktiviert') === 'ja',
  };
  const problems: string[] = [];
  if (values.displayName.length > MAX_TEXT) problems.push(`Der Name darf höchstens ${MAX_TEXT} Zeichen lang sein.`);
  if (values.email.length > MAX_TEXT) problems.push(`Die E-Mail-Adresse darf höchstens ${MAX_TEXT} Zeichen lang sein.`);
  const optionalId = (value: string, problem: string): number | null => {
    if (value === '') return null;
    const id = positiveId(value);
    if (id === undefined) problems.push(problem);
    return id ?? null;
  };
  const personId = optionalId(values.personId, 'Die gewählte Person gibt es nicht.');
  const unitId = optionalId(values.unitId, 'Die gewählte Organisationseinheit gibt es nicht.');
  const roles: RoleGrant[] = [];
  for (const value of values.roles) {
    if (value === 'mandatstraeger' || value === 'administration') {
      roles.push({ role: value, organizationId: null });
      continue;
    }
    const match = /^(sachbearbeitung|sitzungsdienst):(\d{1,9})$/.exec(value);
    const organizationId = positiveId(match?.[2]);
    if (match && organizationId !== undefined) roles.push({ role: match[1] as 'sachbearbeitung' | 'sitzungsdienst', organizationId });
    else problems.push('Eine der gewählten Rollen gibt es nicht.');
  }
  if (problems.length) return { values, input: problems.join(' ') };
  return { values, input: { displayName: values.displayName, email: values.email, personId, unitId, roles, disabled: values.disabled } };
}

/** The body's persons, units and Gremien for the form; deleted ones only while the account still names them. */
async function formOptions(db: Db, bodyId: number, account?: Account): Promise<AccountFormOptions> {
  const keepOrgs = account ? [...account.roles.map((r) => r.organizationId), account.unitId].filter((id): id is number => id !== null) : [];
  const keepPersons = account?.personId != null ? [account.personId] : [];
  const orgs = await db
    .select({ id: organizations.id, name: organizations.name, type: organizations.organizationType })
    .from(organizations)
    .where(
      and(
        eq(organizations.bodyId, bodyId),
        inArray(organizations.organizationType, ['Gremium', 'Verwaltungsbereich']),
        keepOrgs.length ? or(isNull(organizations.deletedAt), inArray(organizations.id, keepOrgs)) : isNull(organizations.deletedAt),
      ),
    );
  const people = await db
    .select({ id: persons.id, title: persons.title, givenName: persons.givenName, familyName: persons.familyName, affix: persons.affix })
    .from(persons)
    .where(and(eq(persons.bodyId, bodyId), keepPersons.length ? or(isNull(persons.deletedAt), inArray(persons.id, keepPersons)) : isNull(persons.deletedAt)))
    .orderBy(asc(persons.familyName), asc(persons.givenName), asc(persons.id));
  const byName = (a: NamedOption, b: NamedOption) => a.name.localeCompare(b.name, 'de');
  return {
    persons: people.map((p) => ({ id: p.id, name: formatPersonName(p) })),
    units: orgs.filter((o) => o.type === 'Verwaltungsbereich').map(({ id, name }) => ({ id, name })).sort(byName),
    gremien: orgs.filter((o) => o.type === 'Gremium').map(({ id, name }) => ({ id, name })).sort(byName),
  };
}

async function organizationNames(db: Db, bodyId: number, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: organizations.id, name: organizations.name }).from(organizations).where(and(eq(organizations.bodyId, bodyId), inArray(organizations.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function personNames(db: Db, bodyId: number, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: persons.id, title: persons.title, givenName: persons.givenName, familyName: persons.familyName, affix: persons.affix })
    .from(persons)
    .where(and(eq(persons.bodyId, bodyId), inArray(persons.id, unique)));
  return new Map(rows.map((r) => [r.id, formatPersonName(r)]));
}

const orgIdsOf = (accounts: Account[]) => accounts.flatMap((a) => [...a.roles.map((r) => r.organizationId), a.unitId]).filter((id): id is number => id !== null);
const personIdsOf = (accounts: Account[]) => accounts.map((a) => a.personId).filter((id): id is number => id !== null);

function viewerId(request: FastifyRequest): number | null {
  const { viewer } = request.site;
  return viewer.kind === 'account' ? viewer.userId : null;
}

export function adminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const invite = (request: FastifyRequest, userId: number) => {
    const { body } = request.site;
    return sendInvitation(deps.db, deps.mailer, userId, { bodyId: body.id, bodyName: body.name, baseUrl: siteBaseUrl(request), ip: request.ip, now: deps.now() });
  };

  /** The account page: `account` as stored, `values` as typed (or stored), `version` for the hidden field. */
  const renderAccount = async (
    request: FastifyRequest,
    reply: FastifyReply,
    account: Account,
    state: { values?: AccountFormValues; version?: number; notice?: string; error?: string; conflict?: boolean } = {},
    status = 200,
  ) => {
    const { body } = request.site;
    const options = await formOptions(deps.db, body.id, account);
    const names = await organizationNames(deps.db, body.id, orgIdsOf([account]));
    const people = await personNames(deps.db, body.id, personIdsOf([account]));
    return sendPage(
      reply,
      <AccountPageView
        bodyName={body.name}
        account={account}
        values={state.values ?? formValuesOf(account)}
        version={state.version ?? account.version}
        options={options}
        organizationNames={names}
        personNames={people}
        now={deps.now()}
        notice={state.notice}
        error={state.error}
        conflict={state.conflict}
      />,
      status,
    );
  };

  const renderNew = async (request: FastifyRequest, reply: FastifyReply, values: AccountFormValues, error?: string, status = 200) => {
    const { body } = request.site;
    return sendPage(reply, <NewAccountView bodyName={body.name} values={values} options={await formOptions(deps.db, body.id)} error={error} />, status);
  };

  const accountOf = async (request: { params: { id: string }; site: FastifyRequest['site'] }) => {
    const id = positiveId(request.params.id);
    return id === undefined ? undefined : findAccount(deps.db, request.site.body.id, id);
  };

  app.get('/verwaltung', admin, async (request, reply) => sendPage(reply, <AdminHomeView bodyName={request.site.body.name} />));

  app.get('/verwaltung/konten', admin, async (request, reply) => {
    const { body } = request.site;
    const accounts = await listAccounts(deps.db, body.id);
    const names = await organizationNames(deps.db, body.id, orgIdsOf(accounts));
    const people = await personNames(deps.db, body.id, personIdsOf(accounts));
    return sendPage(reply, <AccountListView bodyName={body.name} accounts={accounts} organizationNames={names} personNames={people} now={deps.now()} />);
  });

  app.get('/verwaltung/konten/neu', admin, (request, reply) => renderNew(request, reply, emptyValues));

  app.post('/verwaltung/konten', admin, async (request, reply) => {
    const { body } = request.site;
    const { values, input } = readAccountForm(formOf(request), false);
    if (typeof input === 'string') return renderNew(request, reply, values, input, 400);
    let account: Account;
    try {
      account = await createAccount(deps.db, body.id, input, { userId: viewerId(request), ip: request.ip });
    } catch (err) {
      if (err instanceof AccountError) return renderNew(request, reply, values, err.message, 400);
      throw err;
    }
    let notice = 'angelegt';
    try {
      await invite(request, account.id);
    } catch (err) {
      request.log.error({ err, account: account.id }, 'invitation mail failed');
      notice = 'angelegt-ohne-einladung';
    }
    return reply.redirect(`/verwaltung/konten/${account.id}?hinweis=${notice}`, 303);
  });

  app.withTypeProvider<ZodTypeProvider>().get('/verwaltung/konten/:id', { ...adminAccount, schema: { params: pathParams('id'), querystring: noticeQuery } }, async (request, reply) => {
    const account = await accountOf(request);
    if (!account) return sendNotFound(request, reply);
    const hint = request.query.hinweis;
    return renderAccount(request, reply, account, { notice: typeof hint === 'string' ? notices[hint] : undefined });
  });

  app.post<{ Params: { id: string } }>('/verwaltung/konten/:id', adminAccount, async (request, reply) => {
    const { body } = request.site;
    const account = await accountOf(request);
    if (!account) return sendNotFound(request, reply);
    const form = formOf(request);
    const version = positiveId(field(form, 'version'));
    if (version === undefined) return sendBadRequest(request, reply, 'Dem Formular fehlt der Bearbeitungsstand. Bitte laden Sie die Seite neu.');
    const { values, input } = readAccountForm(form, true);
    const reject = (error: string) => renderAccount(request, reply, account, { values, version, error }, 400);
    if (typeof input === 'string') return reject(input);
    if (account.id === viewerId(request)) {
      if (!input.roles.some((r) => r.role === 'administration'))
        return reject('Sie können sich die Rolle Administration nicht selbst entziehen – sonst könnte sich das System aussperren. Bitten Sie eine andere Person mit Administration darum.');
      if (input.disabled) return reject('Sie können Ihr eigenes Konto nicht deaktivieren. Bitten Sie eine andere Person mit Administration darum.');
    }
    let outcome: Awaited<ReturnType<typeof updateAccount>>;
    try {
      outcome = await updateAccount(deps.db, body.id, account.id, version, input, { userId: viewerId(request), ip: request.ip });
    } catch (err) {
      if (err instanceof AccountError) return reject(err.message);
      throw err;
    }
    if (outcome === 'missing') return sendNotFound(request, reply);
    if (outcome === 'conflict') {
      const latest = await findAccount(deps.db, body.id, account.id);
      if (!latest) return sendNotFound(request, reply);
      return renderAccount(
        request,
        reply,
        latest,
        {
          values,
          // saving the form again overwrites the other change on purpose
          version: latest.version,
          conflict: true,
          error:
            'Jemand anderes hat dieses Konto gespeichert, während Sie es bearbeitet haben. Ihre Änderungen sind noch nicht gespeichert: Sie stehen unten im Formular, der inzwischen gespeicherte Stand darüber. Prüfen Sie beides und speichern Sie erneut.',
        },
        409,
      );
    }
    return reply.redirect(`/verwaltung/konten/${account.id}?hinweis=gespeichert`, 303);
  });

  app.post<{ Params: { id: string } }>('/verwaltung/konten/:id/einladung', adminAccount, async (request, reply) => {
    const { body } = request.site;
    const account = await accountOf(request);
    if (!account) return sendNotFound(request, reply);
    if (account.disabled) return renderAccount(request, reply, account, { error: 'Das Konto ist deaktiviert; ein Link zum Passwort würde nicht funktionieren. Heben Sie erst die Deaktivierung auf.' }, 400);
    try {
      await invite(request, account.id);
    } catch (err) {
      request.log.error({ err, account: account.id }, 'invitation mail failed');
      return renderAccount(request, reply, account, { error: 'Die E-Mail konnte nicht verschickt werden. Bitte versuchen Sie es später noch einmal.' }, 502);
    }
    await audit(deps.db, { bodyId: body.id, userId: viewerId(request), ip: request.ip, event: 'user.updated', detail: { account: account.id, invitation: true } });
    return reply.redirect(`/verwaltung/konten/${account.id}?hinweis=eingeladen`, 303);
  });

  app.post<{ Params: { id: string } }>('/verwaltung/konten/:id/entsperren', adminAccount, async (request, reply) => {
    const { body } = request.site;
    const account = await accountOf(request);
    if (!account) return sendNotFound(request, reply);
    await deps.db.transaction(async (tx) => {
      await tx.update(users).set({ lockedUntil: null, failedLogins: 0 }).where(and(eq(users.bodyId, body.id), eq(users.id, account.id)));
      await audit(tx, { bodyId: body.id, userId: viewerId(request), ip: request.ip, event: 'user.updated', detail: { account: account.id, unlocked: true } });
    });
    return reply.redirect(`/verwaltung/konten/${account.id}?hinweis=entsperrt`, 303);
  });

  // for a lost phone: the person logs in with the password alone and sets up a new second factor
  app.post<{ Params: { id: string } }>('/verwaltung/konten/:id/zweiter-faktor-entfernen', adminAccount, async (request, reply) => {
    const account = await accountOf(request);
    if (!account) return sendNotFound(request, reply);
    await disableTotp(deps.db, request.site.body.id, account.id, request.ip, viewerId(request) ?? account.id);
    return reply.redirect(`/verwaltung/konten/${account.id}?hinweis=ohne-zweiten-faktor`, 303);
  });

  app.withTypeProvider<ZodTypeProvider>().get('/verwaltung/protokoll', { ...admin, schema: { querystring: auditQuery } }, async (request, reply) => {
    const { body } = request.site;
    const { vor: before, ereignis: event } = request.query;
    const found = await listAuditEvents(deps.db, body.id, { limit: AUDIT_PAGE_SIZE + 1, before, event });
    const rows = found.slice(0, AUDIT_PAGE_SIZE);
    const last = rows.at(-1);
    const olderHref =
      found.length > AUDIT_PAGE_SIZE && last ? `/verwaltung/protokoll?${new URLSearchParams({ ...(event ? { ereignis: event } : {}), vor: String(last.id) }).toString()}` : undefined;
    const idsOf = (key: string) => rows.map((r) => r.detail?.[key]).filter((v): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 2 ** 31);
    const accountIds = [...new Set(idsOf('account'))];
    const accounts = accountIds.length
      ? await deps.db.select({ id: users.id, name: users.displayName }).from(users).where(and(eq(users.bodyId, body.id), inArray(users.id, accountIds)))
      : [];
    return sendPage(
      reply,
      <AuditLogView
        bodyName={body.name}
        rows={rows}
        event={event}
        before={before}
        olderHref={olderHref}
        accountNames={new Map(accounts.map((a) => [a.id, a.name]))}
        organizationNames={await organizationNames(deps.db, body.id, idsOf('organizationId'))}
      />,
    );
  });
}
