/**
 * @module auth/admin.accounts.routes — `/verwaltung/konten`: the list, a new account, an account's
 * form, invitations, unlocking and removing a lost second factor (administration only).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendBadRequest, sendNotFound } from '../../http/errors.ts';
import { field, formOf, positiveId } from '../../http/forms.ts';
import { param, pathParams, type ZodTypeProvider } from '../../http/input.ts';
import { sendPage } from '../../http/render.ts';
import { siteBaseUrl, type RouteDeps } from '../../http/site.ts';
import { z } from '../../lib/validation.ts';
import { accountFormOptions, emptyFormValues, formValuesOf, namesOfAccounts, type AccountFormValues } from './account-form.ts';
import { createAccount, findAccount, listAccounts, unlockAccount, updateAccount, type Account } from './accounts.ts';
import { readAccountForm } from './admin.params.ts';
import { audit } from './audit.ts';
import { sendInvitation } from './password-reset.ts';
import { disableTotp } from './totp.ts';
import { AccountListView } from './views/admin/AccountListView.tsx';
import { AccountPageView } from './views/admin/AccountPageView.tsx';
import { NewAccountView } from './views/admin/NewAccountView.tsx';

const admin = { config: { access: 'admin' as const, objects: {} } };
const adminAccount = { config: { access: 'admin' as const, objects: { id: 'account' as const } } };
const noticeQuery = z.object({ hinweis: param.text('Hinweis', 40) });

const notices: Record<string, string> = {
  angelegt: 'Das Konto ist angelegt. Die Einladung mit dem Link zum Festlegen des Passworts ist verschickt.',
  'angelegt-ohne-einladung': 'Das Konto ist angelegt, aber die Einladung konnte nicht verschickt werden. Bitte senden Sie sie unten erneut.',
  gespeichert: 'Die Änderungen sind gespeichert.',
  eingeladen: 'Eine E-Mail mit einem neuen Link zum Festlegen des Passworts ist verschickt.',
  entsperrt: 'Das Konto ist entsperrt; die Fehlversuche sind zurückgesetzt.',
  'ohne-zweiten-faktor': 'Der zweite Faktor ist entfernt; die Person meldet sich mit dem Passwort an und kann ihn neu einrichten.',
};

const conflictMessage =
  'Jemand anderes hat dieses Konto gespeichert, während Sie es bearbeitet haben. Ihre Änderungen sind noch nicht gespeichert: Sie stehen unten im Formular, der inzwischen gespeicherte Stand darüber. Prüfen Sie beides und speichern Sie erneut.';

function viewerId(request: FastifyRequest): number | null {
  const { viewer } = request.site;
  return viewer.kind === 'account' ? viewer.userId : null;
}

export function accountAdminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const invite = (request: FastifyRequest, userId: number) => {
    const { body } = request.site;
    return sendInvitation(deps.db, deps.mailer, userId, {
      bodyId: body.id,
      bodyName: body.name,
      baseUrl: siteBaseUrl(request),
      ip: request.ip,
      now: deps.now(),
    });
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
    const options = await accountFormOptions(deps.db, body.id, account);
    const names = await namesOfAccounts(deps.db, body.id, [account]);
    return sendPage(
      reply,
      <AccountPageView
        bodyName={body.name}
        account={account}
        values={state.values ?? formValuesOf(account)}
        version={state.version ?? account.version}
        options={options}
        organizationNames={names.organizations}
        personNames={names.persons}
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
    return sendPage(reply, <NewAccountView bodyName={body.name} values={values} options={await accountFormOptions(deps.db, body.id)} error={error} />, status);
  };

  const accountOf = async (request: { params: { id: string }; site: FastifyRequest['site'] }) => {
    const id = positiveId(request.params.id);
    return id === undefined ? undefined : findAccount(deps.db, request.site.body.id, id);
  };

  app.get('/verwaltung/konten', admin, async (request, reply) => {
    const { body } = request.site;
    const accounts = await listAccounts(deps.db, body.id);
    const names = await namesOfAccounts(deps.db, body.id, accounts);
    return sendPage(
      reply,
      <AccountListView bodyName={body.name} accounts={accounts} organizationNames={names.organizations} personNames={names.persons} now={deps.now()} />,
    );
  });

  app.get('/verwaltung/konten/neu', admin, (request, reply) => renderNew(request, reply, emptyFormValues));

  app.post('/verwaltung/konten', admin, async (request, reply) => {
    const { body } = request.site;
    const { values, input } = readAccountForm(formOf(request), false);
    if (!input.ok) return renderNew(request, reply, values, input.error, 400);
    const created = await createAccount(deps.db, body.id, input.value, { userId: viewerId(request), ip: request.ip });
    if (!created.ok) return renderNew(request, reply, values, created.error, 400);
    const account = created.value;
    let notice = 'angelegt';
    try {
      await invite(request, account.id);
    } catch (err) {
      request.log.error({ err, account: account.id }, 'invitation mail failed');
      notice = 'angelegt-ohne-einladung';
    }
    return reply.redirect(`/verwaltung/konten/${account.id}?hinweis=${notice}`, 303);
  });

  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/verwaltung/konten/:id', { ...adminAccount, schema: { params: pathParams('id'), querystring: noticeQuery } }, async (request, reply) => {
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
    if (!input.ok) return reject(input.error);
    const saved = await updateAccount(deps.db, body.id, account.id, version, input.value, { userId: viewerId(request), ip: request.ip });
    if (!saved) return sendNotFound(request, reply);
    if (!saved.ok && saved.error.kind === 'invalid') return reject(saved.error.message);
    if (!saved.ok) {
      const latest = await findAccount(deps.db, body.id, account.id);
      if (!latest) return sendNotFound(request, reply);
      // saving the form again overwrites the other change on purpose
      return renderAccount(request, reply, latest, { values, version: latest.version, conflict: true, error: conflictMessage }, 409);
    }
    return reply.redirect(`/verwaltung/konten/${account.id}?hinweis=gespeichert`, 303);
  });

  app.post<{ Params: { id: string } }>('/verwaltung/konten/:id/einladung', adminAccount, async (request, reply) => {
    const { body } = request.site;
    const account = await accountOf(request);
    if (!account) return sendNotFound(request, reply);
    if (account.disabled)
      return renderAccount(
        request,
        reply,
        account,
        { error: 'Das Konto ist deaktiviert; ein Link zum Passwort würde nicht funktionieren. Heben Sie erst die Deaktivierung auf.' },
        400,
      );
    try {
      await invite(request, account.id);
    } catch (err) {
      request.log.error({ err, account: account.id }, 'invitation mail failed');
      return renderAccount(request, reply, account, { error: 'Die E-Mail konnte nicht verschickt werden. Bitte versuchen Sie es später noch einmal.' }, 502);
    }
    await audit(deps.db, {
      bodyId: body.id,
      userId: viewerId(request),
      ip: request.ip,
      event: 'user.updated',
      detail: { account: account.id, invitation: true },
    });
    return reply.redirect(`/verwaltung/konten/${account.id}?hinweis=eingeladen`, 303);
  });

  app.post<{ Params: { id: string } }>('/verwaltung/konten/:id/entsperren', adminAccount, async (request, reply) => {
    const account = await accountOf(request);
    if (!account) return sendNotFound(request, reply);
    await unlockAccount(deps.db, request.site.body.id, account.id, { userId: viewerId(request), ip: request.ip });
    return reply.redirect(`/verwaltung/konten/${account.id}?hinweis=entsperrt`, 303);
  });

  // for a lost phone: the person logs in with the password alone and sets up a new second factor
  app.post<{ Params: { id: string } }>('/verwaltung/konten/:id/zweiter-faktor-entfernen', adminAccount, async (request, reply) => {
    const account = await accountOf(request);
    if (!account) return sendNotFound(request, reply);
    await disableTotp(deps.db, request.site.body.id, account.id, request.ip, viewerId(request) ?? account.id);
    return reply.redirect(`/verwaltung/konten/${account.id}?hinweis=ohne-zweiten-faktor`, 303);
  });
}
