/**
 * @module oparl/routes
 * The OParl 1.1 API under `/oparl/v1`: JSON in UTF-8, CORS for every answer (2.6), an ETag
 * with 304 for unchanged answers, and errors as OParl Error objects (2.9) — 404 for what does
 * not exist or is not public, 400 with a sentence for a bad parameter. The API is stateless
 * (2.3): it never looks at a session, so it shows exactly what the public sees.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { positiveId } from '../../http/forms.ts';
import { siteBaseUrl, type RouteDeps, type RouteObjectKind } from '../../http/site.ts';
import { findObject, organizationListScope } from './oparl.catalog.ts';
import { systemFacts, systemObject } from './oparl.bodies.ts';
import type { OparlContext } from './oparl.context.ts';
import type { JsonObject } from './oparl.format.ts';
import { listPage, type ListParams, type ListRequest } from './oparl.lists.ts';
import { oparlQuerySchema } from './oparl.params.ts';
import { InputError, pathParams, type ZodTypeProvider } from '../../http/input.ts';
import { API_PREFIX, bodyLists, canonicalApiPath, OparlUrls, typeUrl, type BodyListName, type OparlKind } from './oparl.urls.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

/** What each object kind's `:id` names, for the leak test's route registry. */
const routeObjectOf: Record<OparlKind, RouteObjectKind> = {
  body: 'body',
  'legislative-term': 'legislativeTerm',
  organization: 'organization',
  person: 'person',
  membership: 'membership',
  meeting: 'meeting',
  'agenda-item': 'agendaItem',
  paper: 'paper',
  consultation: 'consultation',
  file: 'file',
  location: 'location',
};

/** The portal's list pages, for `links.web` (OParl 1.1). */
const webLists: Partial<Record<BodyListName, string>> = {
  organization: '/gremien',
  person: '/personen',
  meeting: '/sitzungen',
  paper: '/vorlagen',
};

/**
 * An OParl Error object (type, message, debug). `debug` tells a developer what was asked and
 * why it failed; for a 404 it reads the same whether the object is missing or not public.
 */
export function sendOparlError(reply: FastifyReply, status: 400 | 404 | 500, message: string, debug: string): FastifyReply {
  const error: JsonObject = { type: typeUrl('Error'), message, debug };
  return reply.code(status).header('content-type', JSON_TYPE).header('cache-control', 'no-store').send(JSON.stringify(error));
}

const NOT_FOUND = 'Dieses Objekt gibt es in dieser Schnittstelle nicht.';
const askedFor = (request: FastifyRequest) => `${request.method} ${request.url.split('?')[0]}`;
/** The same words for a missing and a non-public object: debug must not tell them apart. */
const notFoundDebug = (request: FastifyRequest) => `${askedFor(request)}: kein öffentliches Objekt unter dieser ID`;

/** 301 to the canonical spelling of the path, with the query kept; false when it is canonical. */
function redirectToCanonical(request: FastifyRequest, reply: FastifyReply): boolean {
  const [pathname = '', query] = request.url.split(/\?(.*)/s, 2);
  const canonical = canonicalApiPath(pathname);
  if (canonical === undefined) return false;
  void reply.redirect(query ? `${canonical}?${query}` : canonical, 301);
  return true;
}

/** JSON with an ETag; a client that has it gets 304 (answers are cached by the shell). */
function sendJson(request: FastifyRequest, reply: FastifyReply, value: JsonObject): FastifyReply {
  const body = JSON.stringify(value);
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  reply.header('etag', etag).header('cache-control', 'public, max-age=60');
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.header('content-type', JSON_TYPE).send(body);
}

export function oparlRoutes(app: FastifyInstance, deps: RouteDeps): void {
  void app.register(
    async (plugin) => {
      const api = plugin.withTypeProvider<ZodTypeProvider>();
      const listQuery = { querystring: oparlQuerySchema('list') };
      const objectQuery = { querystring: oparlQuerySchema('object') };
      const contextOf = (request: FastifyRequest, omitInternal = false): OparlContext => ({
        db: deps.db,
        bodyId: request.site.body.id,
        urls: new OparlUrls(siteBaseUrl(request)),
        omitInternal,
      });
      const routeConfig = (objects: Record<string, RouteObjectKind> = {}) => ({ publicOnly: true, pageCache: true, objects });

      // `/paper/01` reaches its route, `/paper/1/` only the not-found handler: both redirect
      plugin.addHook('preHandler', async (request, reply) => {
        if (redirectToCanonical(request, reply)) return reply;
      });
      api.setNotFoundHandler((request, reply) => {
        if (redirectToCanonical(request, reply)) return reply;
        return sendOparlError(
          reply,
          404,
          'Unter dieser Adresse gibt es nichts. Der Einstieg ist /oparl/v1/system.',
          `${askedFor(request)}: keine Route der Schnittstelle`,
        );
      });
      api.setErrorHandler((error, request, reply) => {
        if (error instanceof InputError) return sendOparlError(reply, 400, error.message, `${askedFor(request)}: ${error.problems.join(' ')}`);
        const status = typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : 500;
        if (status >= 400 && status < 500) {
          const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(status);
          return sendOparlError(reply, 400, 'Die Anfrage ist ungültig.', `${askedFor(request)}: ${code}`);
        }
        request.log.error({ err: error }, 'oparl request failed');
        // the request id finds the log entry; the error itself stays in the log
        return sendOparlError(
          reply,
          500,
          'Ein Fehler im Server. Bitte versuchen Sie es später noch einmal.',
          `Anfrage ${request.id}; Einzelheiten im Serverprotokoll`,
        );
      });

      api.get('/', { config: routeConfig() }, async (_request, reply) => reply.redirect(`${API_PREFIX}/system`, 301));

      api.get('/system', { schema: objectQuery, config: routeConfig() }, async (request, reply) => {
        const ctx = contextOf(request);
        const facts = await systemFacts(ctx);
        if (!facts) return sendOparlError(reply, 404, NOT_FOUND, notFoundDebug(request));
        return sendJson(request, reply, systemObject(ctx, facts));
      });

      // System.body: the one body this host serves
      api.get('/body', { schema: listQuery, config: routeConfig() }, async (request, reply) => {
        const params = request.query;
        const ctx = contextOf(request, params.omit_internal);
        return sendJson(request, reply, await listPage(ctx, { kind: 'body', url: ctx.urls.bodies() }, params));
      });

      for (const kind of Object.keys(routeObjectOf) as OparlKind[]) {
        api.get(
          `/${kind}/:id`,
          { schema: { ...objectQuery, params: pathParams('id') }, config: routeConfig({ id: routeObjectOf[kind] }) },
          async (request, reply) => {
            const params = request.query;
            const id = positiveId(request.params.id);
            const ctx = contextOf(request, params.omit_internal);
            const object = id === undefined ? undefined : await findObject(ctx, kind, id);
            return object ? sendJson(request, reply, object) : sendOparlError(reply, 404, NOT_FOUND, notFoundDebug(request));
          },
        );
      }

      const sendList = async (request: FastifyRequest & { query: ListParams }, reply: FastifyReply, list: (ctx: OparlContext) => ListRequest) => {
        const params = request.query;
        const ctx = contextOf(request, params.omit_internal);
        return sendJson(request, reply, await listPage(ctx, list(ctx), params));
      };
      const ownBody = (request: { params: { id: string }; site: FastifyRequest['site'] }) => positiveId(request.params.id) === request.site.body.id;

      for (const list of Object.keys(bodyLists) as BodyListName[]) {
        const kind = bodyLists[list];
        api.get(`/body/:id/${kind}`, { schema: { ...listQuery, params: pathParams('id') }, config: routeConfig({ id: 'body' }) }, async (request, reply) => {
          if (!ownBody(request)) return sendOparlError(reply, 404, NOT_FOUND, notFoundDebug(request));
          const web = webLists[list];
          return sendList(request, reply, (ctx) => ({
            kind,
            url: ctx.urls.bodyList(ctx.bodyId, list),
            ...(web ? { web: ctx.urls.web(web) } : {}),
          }));
        });
      }

      // Organization.meeting and Organization.consultation
      for (const list of ['meeting', 'consultation'] as const) {
        api.get(
          `/organization/:id/${list}`,
          { schema: { ...listQuery, params: pathParams('id') }, config: routeConfig({ id: 'organization' }) },
          async (request, reply) => {
            const id = positiveId(request.params.id);
            const organization = id === undefined ? undefined : await findObject(contextOf(request, true), 'organization', id);
            if (id === undefined || !organization || organization.deleted) return sendOparlError(reply, 404, NOT_FOUND, notFoundDebug(request));
            return sendList(request, reply, (ctx) => ({
              kind: list,
              url: ctx.urls.organizationList(id, list),
              scope: organizationListScope[list](id),
            }));
          },
        );
      }
    },
    { prefix: API_PREFIX },
  );
}
