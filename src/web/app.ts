/**
 * @module web/app
 * The HTTP shell: Fastify with logging, body resolution per host, static assets, error pages,
 * and the route modules of the domains.
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import type { Config } from '../config.ts';
import { createLogger } from '../logger.ts';
import type { Database } from '../db/client.ts';
import { anonymous } from '../modules/access/visibility.ts';
import { BodyResolver } from '../modules/bodies/index.ts';
import type { FileStorage } from '../modules/files/index.ts';
import { feedRoutes } from '../modules/feeds/index.ts';
import { fileRoutes } from '../modules/files/files.routes.ts';
import { meetingRoutes } from '../modules/meetings/meetings.routes.tsx';
import { organizationRoutes } from '../modules/organizations/organizations.routes.tsx';
import { paperRoutes } from '../modules/papers/papers.routes.tsx';
import { peopleRoutes } from '../modules/people/people.routes.tsx';
import { homeRoutes } from './home.routes.tsx';
import { sendBadRequest, sendNotFound, sendServerError } from './errors.ts';
import { installPageCache, PageCache } from './page-cache.ts';
import type { RouteDeps, RouteModule, Site } from './site.ts';

export interface AppOptions {
  database: Database;
  storage: FileStorage;
  config: Config;
  /** The process logger; false silences logging (tests). Default: a new one at LOG_LEVEL. */
  logger?: Logger | false;
  now?: () => Date;
}

const routeModules: RouteModule[] = [homeRoutes, paperRoutes, meetingRoutes, fileRoutes, feedRoutes, organizationRoutes, peopleRoutes];

/** Paths that answer without a body: health checks and assets. */
const bodyless = (url: string) => url === '/healthz' || url.startsWith('/static/');

const silentLogger: FastifyBaseLogger = pino({ level: 'silent' });

const stylesheet = fs.readFileSync(new URL('./static/gremia.css', import.meta.url));
const stylesheetEtag = `"${createHash('sha256').update(stylesheet).digest('hex').slice(0, 16)}"`;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  // typed as Fastify's base logger so route modules see the default instance type
  const loggerInstance: FastifyBaseLogger = options.logger === false ? silentLogger : (options.logger ?? createLogger(config));
  const app = Fastify({ loggerInstance, trustProxy: true });

  const resolver = new BodyResolver(database.db, config.bodyHosts);
  await resolver.refresh();
  const pageCache = new PageCache();
  const stopListening = config.pageCache ? await database.listenForChanges(pageCache) : undefined;
  app.addHook('onClose', async () => stopListening?.());
  const serveFromCache = installPageCache(app, pageCache);

  app.decorateRequest('site', undefined as unknown as Site);
  app.addHook('onRequest', async (request, reply) => {
    if (bodyless(request.url)) return;
    const body = await resolver.resolve(request.headers.host);
    if (!body) {
      await sendNotFound(request, reply);
      return reply;
    }
    request.site = { body, viewer: anonymous };
    if (await serveFromCache(request, reply)) return reply;
  });

  app.get('/healthz', async (_request, reply) => reply.type('text/plain; charset=utf-8').send('ok'));
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
    now: options.now ?? (() => new Date()),
  };
  for (const register of routeModules) register(app, deps);

  app.setNotFoundHandler((request, reply) => sendNotFound(request, reply));
  app.setErrorHandler((error, request, reply) => {
    const status = typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : 500;
    if (status === 404) return sendNotFound(request, reply);
    if (status >= 400 && status < 500) {
      request.log.info({ err: error }, 'client error');
      return sendBadRequest(request, reply, 'Die Anfrage konnte nicht verarbeitet werden.');
    }
    request.log.error({ err: error }, 'request failed');
    return sendServerError(request, reply);
  });
  return app;
}
