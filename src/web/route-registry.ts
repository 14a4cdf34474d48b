/**
 * @module web/route-registry
 * Every route the app registers, with its configuration: the leak test walks this list, so a
 * new route is tested as soon as it exists.
 */
import type { FastifyInstance } from 'fastify';
import type { RouteAccess, RouteObjectKind } from './site.ts';

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess;
  objects: Record<string, RouteObjectKind>;
  publicOnly: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeRegistry: RegisteredRoute[];
  }
}

/** Starts recording; call before any route is added. */
export function collectRoutes(app: FastifyInstance): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const config = (route.config ?? {}) as { access?: RouteAccess; objects?: Record<string, RouteObjectKind>; publicOnly?: boolean };
    for (const method of methods)
      if (method !== 'HEAD') routes.push({ method, url: route.url, access: config.access ?? 'public', objects: config.objects ?? {}, publicOnly: config.publicOnly === true });
  });
  return routes;
}
