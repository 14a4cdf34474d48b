/**
 * @module auth/routes
 * `/anmelden` (password, then the second factor when set up), `/abmelden`, `/passwort-vergessen`,
 * `/passwort-neu` and `/konto`. Login and reset requests are rate-limited per address; accounts
 * lock after repeated failures (auth/login).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendPage } from '../../http/render.ts';
import { SESSION_COOKIE, siteBaseUrl, type RouteDeps } from '../../http/site.ts';
import { field, formOf, safeNext } from '../../http/forms.ts';
import { param, type ZodTypeProvider } from '../../http/input.ts';
import { z } from '../../lib/validation.ts';
import { findAccount } from './accounts.ts';
import { audit } from './audit.ts';
import { findOwnAccount } from './own-account.ts';
import { attemptPasswordLogin, passwordMatches, recordFailedSecondFactor, setPassword } from './login.ts';
import { passwordProblem } from './passwords.ts';
import { findResetToken, requestPasswordReset, resetPassword } from './password-reset.ts';
import { completeSecondFactor, createSession, endSession, purgeExpiredSessions } from './sessions.ts';
import { beginTotpSetup, confirmTotpSetup, disableTotp, pendingTotpSetup, verifyLoginCode } from './totp.ts';
import { startPageOf } from './viewer.ts';
import { AccountView, ForgotPasswordView, LoginView, ResetPasswordView, SecondFactorView, TotpSetupView } from './views/AuthViews.tsx';

const account = { access: 'account' as const };

const notices: Record<string, string> = {
  'passwort-neu': 'Ihr neues Passwort ist gespeichert. Bitte melden Sie sich an.',
  abgemeldet: 'Sie sind abgemeldet.',
};

const loginQuery = z.object({ weiter: param.returnAddress(), hinweis: param.text('Hinweis', 40) });
const nextQuery = z.object({ weiter: param.returnAddress() });
const resetQuery = z.object({ token: param.token('Link') });

function lockedMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Zu viele Fehlversuche: Das Konto ist für ${minutes} Minute(n) gesperrt. Danach können Sie es erneut versuchen oder ein neues Passwort anfordern.`;
}

export function accountRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const loginLimit = { rateLimit: { max: deps.config.loginRateLimit, timeWindow: '1 minute' } };
  const resetLimit = { rateLimit: { max: Math.max(1, Math.floor(deps.config.loginRateLimit / 2)), timeWindow: '15 minutes' } };
  const secure = deps.config.baseUrl.startsWith('https://');
  const startSession = async (reply: FastifyReply, userId: number, pending: boolean) => {
    const token = await createSession(deps.db, userId, deps.now(), pending);
    reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
  };
  const dropSession = async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.site.session) await endSession(deps.db, request.site.session.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  };

  const route = app.withTypeProvider<ZodTypeProvider>();
  route.get('/anmelden', { schema: { querystring: loginQuery } }, async (request, reply) => {
    const { viewer } = request.site;
    const home = viewer.kind === 'account' && viewer.staffRoles.length > 0 ? '/verwaltung' : '/mein-bereich';
    const next = safeNext(request.query.weiter, home);
    if (viewer.kind === 'account') return reply.redirect(next, 303);
    const notice = request.query.hinweis ? notices[request.query.hinweis] : undefined;
    return sendPage(reply, <LoginView bodyName={request.site.body.name} next={request.query.weiter ? next : undefined} notice={notice} />);
  });

  app.post('/anmelden', { config: loginLimit }, async (request, reply) => {
    const form = formOf(request);
    const email = field(form, 'email');
    const password = field(form, 'passwort', { trim: false });
    const next = safeNext(field(form, 'weiter'), '/mein-bereich');
    const { body } = request.site;
    const view = (error: string, status: number) =>
      sendPage(reply, <LoginView bodyName={body.name} email={email} next={field(form, 'weiter') ? next : undefined} error={error} />, status);
    if (!email || !password) return view('Bitte geben Sie E-Mail-Adresse und Passwort ein.', 400);
    const login = await attemptPasswordLogin(deps.db, body.id, email, password.slice(0, 200), request.ip, deps.now());
    if (!login.ok) return view(login.error.kind === 'locked' ? lockedMessage(login.error.until, deps.now()) : 'E-Mail-Adresse oder Passwort ist falsch.', 401);
    const outcome = login.value;
    // a new session id at every login: a planted cookie never becomes a logged-in one
    await dropSession(request, reply);
    await purgeExpiredSessions(deps.db, deps.now());
    await startSession(reply, outcome.userId, outcome.needsSecondFactor);
    if (outcome.needsSecondFactor) return reply.redirect(`/anmelden/code${next === '/mein-bereich' ? '' : `?weiter=${encodeURIComponent(next)}`}`, 303);
    await audit(deps.db, { bodyId: body.id, userId: outcome.userId, ip: request.ip, event: 'login', detail: { secondFactor: false } });
    return reply.redirect(field(form, 'weiter') ? next : await startPageOf(deps.db, outcome.userId), 303);
  });

  route.get('/anmelden/code', { schema: { querystring: nextQuery } }, async (request, reply) => {
    if (!request.site.session?.pendingSecondFactor) return reply.redirect('/anmelden', 303);
    const next = request.query.weiter ? safeNext(request.query.weiter, '/mein-bereich') : undefined;
    return sendPage(reply, <SecondFactorView bodyName={request.site.body.name} next={next} />);
  });

  route.post('/anmelden/code', { schema: { querystring: nextQuery }, config: loginLimit }, async (request, reply) => {
    const { body, session } = request.site;
    if (!session?.pendingSecondFactor) return reply.redirect('/anmelden', 303);
    const code = field(formOf(request), 'code').replace(/\s/g, '');
    if (!(await verifyLoginCode(deps.db, session.userId, code, deps.now())).ok) {
      const locked = await recordFailedSecondFactor(deps.db, body.id, session.userId, request.ip, deps.now());
      if (locked) {
        await dropSession(request, reply);
        return sendPage(reply, <LoginView bodyName={body.name} error="Zu viele Fehlversuche: Das Konto ist für 15 Minuten gesperrt." />, 401);
      }
      const next = request.query.weiter ? safeNext(request.query.weiter, '/mein-bereich') : undefined;
      return sendPage(
        reply,
        <SecondFactorView bodyName={body.name} next={next} error="Der Code stimmt nicht oder wurde schon benutzt. Bitte nehmen Sie den aktuellen Code." />,
        401,
      );
    }
    await completeSecondFactor(deps.db, session.id, deps.now());
    await dropSession(request, reply);
    await startSession(reply, session.userId, false);
    await audit(deps.db, { bodyId: body.id, userId: session.userId, ip: request.ip, event: 'login', detail: { secondFactor: true } });
    return reply.redirect(request.query.weiter ? safeNext(request.query.weiter, '/mein-bereich') : await startPageOf(deps.db, session.userId), 303);
  });

  app.post('/abmelden', async (request, reply) => {
    const { session, body } = request.site;
    if (session) await audit(deps.db, { bodyId: body.id, userId: session.userId, ip: request.ip, event: 'logout' });
    await dropSession(request, reply);
    return reply.redirect('/anmelden?hinweis=abgemeldet', 303);
  });

  app.get('/passwort-vergessen', async (request, reply) => sendPage(reply, <ForgotPasswordView bodyName={request.site.body.name} />));

  app.post('/passwort-vergessen', { config: resetLimit }, async (request, reply) => {
    const { body } = request.site;
    const email = field(formOf(request), 'email');
    if (!email) return sendPage(reply, <ForgotPasswordView bodyName={body.name} error="Bitte geben Sie Ihre E-Mail-Adresse ein." />, 400);
    try {
      await requestPasswordReset(deps.db, deps.mailer, email, {
        bodyId: body.id,
        bodyName: body.name,
        baseUrl: siteBaseUrl(request),
        ip: request.ip,
        now: deps.now(),
      });
    } catch (err) {
      // the answer stays the same, so that it does not tell whether the address has an account
      request.log.error({ err }, 'password reset mail failed');
    }
    return sendPage(reply, <ForgotPasswordView bodyName={body.name} sent />);
  });

  route.get('/passwort-neu', { schema: { querystring: resetQuery } }, async (request, reply) => {
    const { body } = request.site;
    const token = request.query.token ?? '';
    const valid = await findResetToken(deps.db, body.id, token, deps.now());
    return sendPage(reply, <ResetPasswordView bodyName={body.name} token={valid ? token : undefined} email={valid?.email} />, valid ? 200 : 404);
  });

  app.post('/passwort-neu', { config: resetLimit }, async (request, reply) => {
    const { body } = request.site;
    const form = formOf(request);
    const token = field(form, 'token');
    const valid = await findResetToken(deps.db, body.id, token, deps.now());
    if (!valid) return sendPage(reply, <ResetPasswordView bodyName={body.name} token={undefined} />, 404);
    const password = field(form, 'passwort', { trim: false });
    const problem = passwordProblem(password, field(form, 'passwort2', { trim: false }));
    if (problem) return sendPage(reply, <ResetPasswordView bodyName={body.name} token={token} email={valid.email} error={problem} />, 400);
    if (!(await resetPassword(deps.db, body.id, token, password, deps.now(), request.ip)).ok)
      return sendPage(reply, <ResetPasswordView bodyName={body.name} token={undefined} />, 404);
    await dropSession(request, reply);
    return reply.redirect('/anmelden?hinweis=passwort-neu', 303);
  });

  const renderAccount = async (request: FastifyRequest, reply: FastifyReply, message: { notice?: string; error?: string } = {}, status = 200) => {
    const { body, viewer } = request.site;
    if (viewer.kind !== 'account') return reply.redirect('/anmelden', 303);
    const own = await findOwnAccount(deps.db, body.id, viewer);
    if (!own) return reply.redirect('/anmelden', 303);
    return sendPage(reply, <AccountView bodyName={body.name} account={own.account} gremien={own.gremien} units={own.units} {...message} />, status);
  };

  app.get('/konto', { config: account }, (request, reply) => renderAccount(request, reply));

  app.post('/konto/passwort', { config: { ...account, ...loginLimit } }, async (request, reply) => {
    const { body, viewer, session } = request.site;
    if (viewer.kind !== 'account') return reply.redirect('/anmelden', 303);
    const form = formOf(request);
    if (!(await passwordMatches(deps.db, viewer.userId, field(form, 'bisher', { trim: false }))))
      return renderAccount(request, reply, { error: 'Das bisherige Passwort stimmt nicht.' }, 400);
    const password = field(form, 'passwort', { trim: false });
    const problem = passwordProblem(password, field(form, 'passwort2', { trim: false }));
    if (problem) return renderAccount(request, reply, { error: problem }, 400);
    await setPassword(deps.db, body.id, viewer.userId, password, request.ip, session?.id);
    return renderAccount(request, reply, { notice: 'Das Passwort ist geändert. Andere Geräte sind abgemeldet.' });
  });

  app.get('/konto/zweiter-faktor', { config: account }, async (request, reply) => {
    const { body, viewer } = request.site;
    if (viewer.kind !== 'account') return reply.redirect('/anmelden', 303);
    const own = await findAccount(deps.db, body.id, viewer.userId);
    if (!own || own.totpEnabled) return reply.redirect('/konto', 303);
    const setup =
      (await pendingTotpSetup(deps.db, viewer.userId, own.email, body.name)) ?? (await beginTotpSetup(deps.db, viewer.userId, own.email, body.name));
    return sendPage(reply, <TotpSetupView bodyName={body.name} setup={setup} />);
  });

  app.post('/konto/zweiter-faktor', { config: { ...account, ...loginLimit } }, async (request, reply) => {
    const { body, viewer } = request.site;
    if (viewer.kind !== 'account') return reply.redirect('/anmelden', 303);
    const code = field(formOf(request), 'code').replace(/\s/g, '');
    if ((await confirmTotpSetup(deps.db, body.id, viewer.userId, code, deps.now(), request.ip)).ok)
      return renderAccount(request, reply, { notice: 'Der zweite Faktor ist eingerichtet. Ab der nächsten Anmeldung fragen wir nach dem Code.' });
    const own = await findAccount(deps.db, body.id, viewer.userId);
    const setup = own ? await pendingTotpSetup(deps.db, viewer.userId, own.email, body.name) : undefined;
    if (!setup) return reply.redirect('/konto/zweiter-faktor', 303);
    return sendPage(
      reply,
      <TotpSetupView
        bodyName={body.name}
        setup={setup}
        error="Der Code stimmt nicht. Prüfen Sie die Uhrzeit Ihres Geräts und nehmen Sie den aktuellen Code."
      />,
      400,
    );
  });

  app.post('/konto/zweiter-faktor/entfernen', { config: { ...account, ...loginLimit } }, async (request, reply) => {
    const { body, viewer } = request.site;
    if (viewer.kind !== 'account') return reply.redirect('/anmelden', 303);
    if (!(await passwordMatches(deps.db, viewer.userId, field(formOf(request), 'passwort', { trim: false }))))
      return renderAccount(request, reply, { error: 'Das Passwort stimmt nicht; der zweite Faktor bleibt eingerichtet.' }, 400);
    await disableTotp(deps.db, body.id, viewer.userId, request.ip);
    return renderAccount(request, reply, { notice: 'Der zweite Faktor ist entfernt.' });
  });
}
