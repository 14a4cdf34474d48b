/**
 * @module app/app
 * The HTTP shell: Fastify with logging, body resolution per host, static assets, error pages,
 * and the route modules of the domains.
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import pino, { type Logger } from 'pino';
import type { Config } from '../config.ts';
import { createLogger } from '../logger.ts';
import type { Database } from '../db/client.ts';
import { anonymous, may, type Viewer } from '../access/index.ts';
import { accountRoutes } from '../modules/auth/auth.routes.tsx';
import { adminRoutes } from '../modules/auth/admin.routes.tsx';
import { workspaceRoutes } from '../modules/workspace/workspace.routes.tsx';
import { accountPageExtensions, grantSessionService, installationSecret } from '../modules/auth/index.ts';
import { findSession, type SessionInfo } from '../modules/auth/index.ts';
import { loadAccountViewer } from '../modules/auth/index.ts';
import { memberRoutes } from '../modules/members/members.routes.tsx';
import { API_PREFIX as OPARL_PREFIX } from '../modules/oparl/index.ts';
import { oparlPageRoutes } from '../modules/oparl/oparl.page.tsx';
import { searchRoutes } from '../modules/search/search.routes.tsx';
import { fileAdminRoutes } from '../modules/files/files.admin.routes.tsx';
import { fileUploadRoutes } from '../modules/files/files.upload.routes.ts';
import { bodyLogoRoutes } from '../modules/files/files.logo.routes.tsx';
import { searchAdminRoutes } from '../modules/search/search.admin.routes.tsx';
import { legalRoutes } from '../modules/legal/legal.routes.tsx';
import { legalAdminRoutes } from '../modules/legal/legal.admin.routes.tsx';
import { termAdminRoutes } from '../modules/bodies/terms.admin.routes.tsx';
import { bodySettingsRoutes } from '../modules/bodies/settings.admin.routes.tsx';
import { locationAdminRoutes } from '../modules/locations/locations.admin.routes.tsx';
import { oparlRoutes } from '../modules/oparl/oparl.routes.ts';
import { createMailer, type Mailer } from '../infra/mailer.ts';
import { berlinDate } from '../lib/format.ts';
import path from 'node:path';
import { BodyResolver } from '../modules/bodies/index.ts';
import type { FileStorage } from '../infra/storage.ts';
import { feedRoutes } from '../modules/feeds/feeds.routes.ts';
import { searchFeedRoutes } from '../modules/feeds/search-feed.routes.ts';
import { fileRoutes } from '../modules/files/files.routes.ts';
import { meetingRoutes } from '../modules/meetings/meetings.routes.tsx';
import { organizationRoutes } from '../modules/organizations/organizations.routes.tsx';
import { organizationAdminRoutes } from '../modules/organizations/organizations.admin.routes.tsx';
import { paperRoutes } from '../modules/papers/papers.routes.tsx';
import { peopleRoutes } from '../modules/people/people.routes.tsx';
import { peopleAdminRoutes } from '../modules/people/people.admin.routes.tsx';
import { membershipAdminRoutes } from '../modules/people/memberships.admin.routes.tsx';
import { homeRoutes } from '../modules/home/home.routes.tsx';
import { sendBadRequest, sendClientError, sendNotFound, sendServerError } from '../http/errors.ts';
import { collectRoutes } from '../http/route-registry.ts';
import { backOfficePolicy, installSecurity, TooManyRequestsError } from './security.ts';
import { loadBackOfficeScript } from './client-bundle.ts';
import { installPageCache, PageCache } from './page-cache.ts';
import { bodyBaseUrl, resolvedSite, routePermission, SESSION_COOKIE, setSite, siteIfResolved, type RouteDeps, type RouteModule } from '../http/site.ts';
import { InputError, installInputLayer } from '../http/input.ts';
import { installUploads } from '../http/uploads.ts';
import { pageSlots } from '../http/slots.ts';
import { memberPageExtensions } from '../modules/members/index.ts';
import { feedPageExtensions } from '../modules/feeds/index.ts';

export interface AppOptions {
  database: Database;
  storage: FileStorage;
  config: Config;
  /** The process logger; false silences logging (tests). Default: a new one at LOG_LEVEL. */
  logger?: Logger | false;
  now?: () => Date;
  /** Default: SMTP_URL, or .eml files under DATA_DIR/mail. */
  mailer?: Mailer;
}

const routeModules: RouteModule[] = [
  homeRoutes,
  paperRoutes,
  meetingRoutes,
  fileRoutes,
  feedRoutes,
  organizationRoutes,
  peopleRoutes,
  peopleAdminRoutes,
  membershipAdminRoutes,
  accountRoutes,
  adminRoutes,
  memberRoutes,
  oparlRoutes,
  oparlPageRoutes,
  searchRoutes,
  fileAdminRoutes,
  searchFeedRoutes,
  searchAdminRoutes,
  legalRoutes,
  legalAdminRoutes,
  workspaceRoutes,
  organizationAdminRoutes,
  termAdminRoutes,
  bodySettingsRoutes,
  locationAdminRoutes,
  fileUploadRoutes,
  bodyLogoRoutes,
];

/** Paths that answer without a body: health checks and assets. */
const bodyless = (url: string) => url === '/healthz' || url.startsWith('/static/');

/** Text answers worth compressing; not octet-stream, PDF or archives (compressed already). */
const compressedTypes = /^(?:text\/(?:html|calendar|css|plain|csv)|application\/(?:json|xml|[\w.-]+\+(?:json|xml)))(?:;|$)/;

const silentLogger: FastifyBaseLogger = pino({ level: 'silent' });

// one stylesheet for the browser, kept in two files: the base and the layout across widths
const stylesheet = Buffer.concat(
  ['gremia.css', 'gremia-layout.css', 'gremia-backoffice.css'].map((f) => fs.readFileSync(new URL(`./static/${f}`, import.meta.url))),
);
const stylesheetEtag = `"${createHash('sha256').update(stylesheet).digest('hex').slice(0, 16)}"`;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  // typed as Fastify's base logger so route modules see the default instance type
  const loggerInstance: FastifyBaseLogger = options.logger === false ? silentLogger : (options.logger ?? createLogger(config));
  // X-Forwarded-* only from the proxies named in TRUST_PROXY: otherwise anyone could pick the
  // address that rate limits and the audit log see
  const app = Fastify({
    loggerInstance,
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    // errors of the router itself, before any route: German pages too
    frameworkErrors: (error, request, reply) => {
      if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return void sendClientError(request, reply, 414, 'Bitte prüfen Sie den Link.');
      return void sendBadRequest(request, reply, 'Die Adresse ist fehlerhaft kodiert. Bitte prüfen Sie den Link.');
    },
  });
  installInputLayer(app);
  const now = options.now ?? (() => new Date());
  const routes = collectRoutes(app);
  await installUploads(app);
  await installSecurity(app, {
    cookieSecret: await installationSecret(database.db, 'cookie'),
    secureCookies: config.baseUrl.startsWith('https://'),
  });
  const mailer = options.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: path.join(config.dataDir, 'mail') });
  app.addHook('onClose', async () => {
    if (!options.mailer) mailer.close();
  });

  const backOfficeScript = await loadBackOfficeScript();
  const resolver = new BodyResolver(database.db, config.bodyHosts);
  await resolver.refresh();
  const pageCache = new PageCache();
  const stopListening = config.pageCache ? await database.listenForChanges(pageCache) : undefined;
  app.addHook('onClose', async () => stopListening?.());
  const serveFromCache = installPageCache(app, pageCache);

  app.decorateRequest('site', { getter: resolvedSite });
  app.addHook('onRequest', async (request, reply) => {
    if (bodyless(request.url)) return;
    // request.host reads X-Forwarded-Host only from a trusted proxy; either way it only chooses
    // among the configured hosts
    const resolved = await resolver.resolve(request.host);
    if (!resolved) {
      await sendNotFound(request, reply);
      return reply;
    }
    const { body } = resolved;
    const baseUrl = bodyBaseUrl(config, resolved.configuredHost);
    const publicOnly = request.routeOptions.config.publicOnly === true;
    const { viewer, session } = publicOnly ? { viewer: anonymous, session: undefined } : await viewerOf(request.cookies[SESSION_COOKIE], body.id);
    setSite(request, { body, baseUrl, viewer, session });
    const access = request.routeOptions.config.access ?? 'public';
    if (access === 'account' && viewer.kind !== 'account') {
      const back = request.method === 'GET' ? `?weiter=${encodeURIComponent(request.url)}` : '';
      return reply.redirect(`/anmelden${back}`, 303);
    }
    const permission = routePermission(request.routeOptions.config);
    if (permission !== undefined && !may(viewer, permission)) {
      await sendNotFound(request, reply);
      return reply;
    }
    if (await serveFromCache(request, reply)) return reply;
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.config.changesBody === true && reply.statusCode < 400) await resolver.refresh();
    return payload;
  });
  // what a logged-in person sees must not sit in any shared cache
  app.addHook('onSend', async (request, reply, payload) => {
    const site = siteIfResolved(request);
    if (site && site.viewer.kind !== 'anonymous') reply.header('cache-control', 'private, no-store');
    if (request.routeOptions.config.publicOnly === true || request.url.startsWith(`${OPARL_PREFIX}/`)) reply.header('access-control-allow-origin', '*');
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) reply.header('vary', 'Cookie');
    if (routePermission(request.routeOptions.config) !== undefined) reply.header('content-security-policy', backOfficePolicy);
    return payload;
  });

  // Pages, JSON, iCal and Atom compressed for clients that accept it. Its hooks run per route,
  // after the ones above: the page cache stores (and serves) the uncompressed answer, which is
  // compressed on the way out; Vary gets Accept-Encoding beside Cookie. Files opt out (files.routes).
  await app.register(compress, {
    encodings: ['br', 'gzip', 'deflate'],
    customTypes: compressedTypes,
    // requests stay as they are: a compressed form body is no browser's and no client's of ours
    globalDecompression: false,
  });

  async function viewerOf(token: string | undefined, bodyId: number): Promise<{ viewer: Viewer; session: SessionInfo | undefined }> {
    if (!token) return { viewer: anonymous, session: undefined };
    const at = now();
    const session = await findSession(database.db, bodyId, token, at);
    if (!session || session.pendingSecondFactor) return { viewer: anonymous, session };
    return { viewer: await loadAccountViewer(database.db, session, berlinDate(at)), session };
  }

  app.get('/healthz', async (_request, reply) => reply.type('text/plain; charset=utf-8').send('ok'));
  app.get('/static/verwaltung.js', async (request, reply) => {
    reply.header('etag', backOfficeScript.etag).header('cache-control', 'public, max-age=3600');
    if (request.headers['if-none-match'] === backOfficeScript.etag) return reply.code(304).send();
    return reply.type('text/javascript; charset=utf-8').send(backOfficeScript.code);
  });
  app.get('/static/gremia.css', async (request, reply) => {
    reply.header('etag', stylesheetEtag).header('cache-control', 'public, max-age=3600');
    if (request.headers['if-none-match'] === stylesheetEtag) return reply.code(304).send();
    return reply.type('text/css; charset=utf-8').send(stylesheet);
  });

  const deps: RouteDeps = {
    db: database.db,
    database,
    storage: options.storage,
    config,
    mailer,
    now,
    // what the feature modules add to the core pages
    slots: pageSlots(memberPageExtensions(database.db), feedPageExtensions, accountPageExtensions(database.db)),
    grantSessionService: (input) => grantSessionService(database.db, input),
  };
  for (const register of routeModules) register(app, deps);
  app.decorate('routeRegistry', routes);

  app.setNotFoundHandler((request, reply) => sendNotFound(request, reply));
  app.setErrorHandler((error, request, reply) => {
    const status = typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : 500;
    if (status === 404) return sendNotFound(request, reply);
    if (error instanceof InputError) {
      request.log.info({ problems: error.problems }, 'bad input');
      const format = request.routeOptions.config.inputErrors;
      if (format === 'json') return reply.code(400).type('application/json; charset=utf-8').header('cache-control', 'no-store').send({ error: error.message });
      if (format === 'text') return reply.code(400).type('text/plain; charset=utf-8').send(`Ungültige Anfrage: ${error.message}\n`);
      return sendBadRequest(request, reply, error.message);
    }
    if (error instanceof TooManyRequestsError) {
      reply.header('retry-after', String(error.retryAfterSeconds));
      return sendClientError(
        request,
        reply,
        429,
        `Zu viele Versuche. Bitte warten Sie ${Math.max(1, Math.ceil(error.retryAfterSeconds / 60))} Minute(n) und versuchen Sie es dann erneut.`,
      );
    }
    if (status === 403 && typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('FST_CSRF')) {
      request.log.info({ code: error.code }, 'csrf token rejected');
      const message =
        'Das Formular ist abgelaufen oder kam nicht von dieser Seite. Bitte gehen Sie zurück, laden Sie die Seite neu und senden Sie es noch einmal.';
      if (request.routeOptions.config.inputErrors === 'json')
        return reply.code(403).type('application/json; charset=utf-8').header('cache-control', 'no-store').send({ error: message });
      return sendClientError(request, reply, 403, message);
    }
    if (status === 413) return sendClientError(request, reply, 413, 'Die gesendeten Daten sind zu groß.');
    if (status >= 400 && status < 500) {
      request.log.info({ err: error }, 'client error');
      return sendBadRequest(request, reply, 'Die Anfrage konnte nicht verarbeitet werden.');
    }
    request.log.error({ err: error }, 'request failed');
    return sendServerError(request, reply);
  });
  return app;
}
