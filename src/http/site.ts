/**
 * @module http/site
 * What every request knows once the shell has looked at it: which body it is for and who is
 * asking. Route handlers read `request.site`; nothing else decides visibility.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import type { bodies } from '../db/schema.ts';
import type { Permission, SessionInfo, Viewer } from '../access/index.ts';
import type { FileStorage } from '../infra/storage.ts';
import type { Mailer } from '../infra/mailer.ts';
import type { PageSlots } from './slots.ts';

/** A body (Körperschaft) as its row reads; the bodies module owns the table. */
export type Body = typeof bodies.$inferSelect;

export interface Site {
  body: Body;
  /** The body's absolute base URL without trailing slash, from configuration only. */
  baseUrl: string;
  viewer: Viewer;
  /** The login session, also while it still waits for the second factor (viewer anonymous then). */
  session: SessionInfo | undefined;
}

const sites = new WeakMap<FastifyRequest, Site>();

/** The shell sets a request's site once its host has named a body. */
export function setSite(request: FastifyRequest, site: Site): void {
  sites.set(request, site);
}

/**
 * The request's site, or undefined where the shell resolved none: `/healthz` and `/static`, a
 * host no body answers on, an error before the shell looked. For error pages and hooks only.
 */
export function siteIfResolved(request: FastifyRequest): Site | undefined {
  return sites.get(request);
}

/** Behind `request.site`: a route runs only after the shell resolved its body, so a miss is a bug. */
export function resolvedSite(this: FastifyRequest): Site {
  const site = sites.get(this);
  if (!site) throw new Error(`request.site read for ${this.url} before the shell resolved a body`);
  return site;
}

/** The session cookie: a random token, HttpOnly, SameSite=Lax; its digest is the session's id. */
export const SESSION_COOKIE = 'gremia_sitzung';

/** Who may reach a route at all; what they see on it is the visibility policy's business. */
export type RouteAccess = 'public' | 'account' | 'admin' | 'staff';

/**
 * What a route's path parameters name, so that the leak test can request every route with
 * non-public objects. A GET route with a parameter and no entry here fails that test.
 */
export type RouteObjectKind =
  | 'paper'
  | 'savedSearch'
  | 'meeting'
  | 'agendaItem'
  | 'file'
  | 'organization'
  | 'person'
  | 'account'
  | 'subscription'
  | 'fileName'
  | 'body'
  | 'legislativeTerm'
  | 'membership'
  | 'consultation'
  | 'location';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the shell (setSite); reading it where no body was resolved throws. */
    readonly site: Site;
  }
  interface FastifyContextConfig {
    /**
     * Default 'public'. 'account': anonymous readers are sent to the login; 'admin': others get
     * 404; 'staff': everyone without `permission` gets 404 (access/permissions).
     */
    access?: RouteAccess;
    /** With `access: 'staff'`: what the route does, in the words of access/permissions. */
    permission?: Permission;
    objects?: Record<string, RouteObjectKind>;
    /**
     * A public interface (the OParl API): it never reads the session, so everyone gets what the
     * public gets, and it answers cross-origin requests (CORS `*`).
     */
    publicOnly?: boolean;
    /** How bad input is answered: the German error page (default), `{ error }` as JSON, or a line of text (feeds). */
    inputErrors?: 'json' | 'text';
    /**
     * The route may change the body row itself (its settings, its logo): the shell reads the
     * bodies again before the answer leaves, so the next page shows the change.
     */
    changesBody?: boolean;
  }
}

/** What route modules get from the shell. */
export interface RouteDeps {
  db: Db;
  database: Database;
  storage: FileStorage;
  config: Config;
  mailer: Mailer;
  /** The clock, replaceable in tests. */
  now: () => Date;
  /** What feature modules add to the core pages (see http/slots). */
  slots: PageSlots;
}

export type RouteModule = (app: FastifyInstance, deps: RouteDeps) => void;

/**
 * The absolute base URL of a body: BASE_URL for a single body; with several bodies the host
 * name BODY_HOSTS gives it, with the scheme of BASE_URL. Never a header's host: a forged
 * X-Forwarded-Host must not put its own name into reset links, canonical links or OParl ids.
 */
export function bodyBaseUrl(config: Config, configuredHost: string | undefined): string {
  if (configuredHost === undefined) return config.baseUrl;
  return `${new URL(config.baseUrl).protocol}//${configuredHost}`;
}

/** The base URL of the request's body (see bodyBaseUrl). */
export function siteBaseUrl(request: { site: Site }): string {
  return request.site.baseUrl;
}

/**
 * The config of a back-office route: who may use it, and what its path parameters name.
 * `app.get(path, staffRoute('locations.change', { id: 'location' }), handler)`.
 */
export function staffRoute(permission: Permission, objects: Record<string, RouteObjectKind> = {}) {
  return { config: { access: 'staff' as const, permission, objects } };
}

/** The permission a route needs, if any: 'admin' routes need the administration. */
export function routePermission(config: { access?: RouteAccess; permission?: Permission }): Permission | undefined {
  if (config.access === 'admin') return 'administration';
  if (config.access === 'staff') return config.permission ?? 'administration';
  return undefined;
}
