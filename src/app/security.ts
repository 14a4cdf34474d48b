/**
 * @module app/security
 * Protection for every route: cookies, form bodies, CSRF tokens on every state-changing
 * request (multipart forms included), security headers with a Content-Security-Policy that allows no
 * script on public pages (back-office pages: the app's own script only, `backOfficePolicy`), HSTS
 * when served over HTTPS, and rate limits that routes opt into.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { multipartToken, readLeadingToken } from '../http/uploads.ts';

export interface SecurityOptions {
  /** Signs the CSRF cookie; the same on every instance. */
  cookieSecret: string;
  /** Mark cookies Secure (BASE_URL is https). */
  secureCookies: boolean;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const tokenHeaders = ['csrf-token', 'xsrf-token', 'x-csrf-token', 'x-xsrf-token'] as const;

function headerToken(request: FastifyRequest): string | undefined {
  for (const name of tokenHeaders) {
    const value = request.headers[name];
    if (typeof value === 'string' && value) return value;
  }
  return undefined;
}

/** The form field `_csrf` (url-encoded or the first part of a multipart form), else a header (scripts). */
function csrfToken(request: FastifyRequest): string | undefined {
  const body = request.body;
  const field = typeof body === 'object' && body !== null && '_csrf' in body ? body._csrf : undefined;
  return (typeof field === 'string' && field ? field : undefined) ?? multipartToken(request) ?? headerToken(request);
}

const publicPolicy = {
  'default-src': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
};

/**
 * Back-office pages may run the app's own bundled script (app/client-bundle) and send uploads
 * from it: script and fetch from this origin only, never inline, never from elsewhere.
 */
export const backOfficePolicy = Object.entries({ ...publicPolicy, 'script-src': ["'self'"], 'connect-src': ["'self'"] })
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join(';');

export class TooManyRequestsError extends Error {
  readonly statusCode = 429;
  constructor(readonly retryAfterSeconds: number) {
    super('too many requests');
  }
}

export async function installSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  await app.register(fastifyCookie, { secret: options.cookieSecret });
  await app.register(fastifyFormbody, { bodyLimit: 256 * 1024 });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'gremia_csrf',
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, signed: true, secure: options.secureCookies },
    getToken: csrfToken,
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: publicPolicy,
    },
    // sent only over HTTPS, below: over plain HTTP the header would be ignored or misleading
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
    frameguard: { action: 'deny' },
    // documents and feeds are open data: other sites may link and load them
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => new TooManyRequestsError(Math.ceil(context.ttl / 1000)),
  });
  app.addHook('preHandler', (request, reply, done) => {
    if (safeMethods.has(request.method)) return done();
    // a multipart form is not parsed yet: its token is its first part (http/uploads)
    if (!request.isMultipart() || headerToken(request)) return app.csrfProtection(request, reply, done);
    readLeadingToken(request).then(() => app.csrfProtection(request, reply, done), done);
  });
}
