/**
 * @module http/route-registry
 * Every route the app registers, with its configuration: the leak test walks this list, so a
 * new route is tested as soon as it exists.
 */
import type { FastifyInstance } from 'fastify';
import { z } from '../lib/validation.ts';
import { inputKinds, type InputKind } from './input.ts';
import type { Permission } from '../access/index.ts';
import { routePermission, type RouteAccess, type RouteObjectKind } from './site.ts';

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess;
  /** For back-office routes ('admin', 'staff'): the permission the shell checks. */
  permission: Permission | undefined;
  objects: Record<string, RouteObjectKind>;
  publicOnly: boolean;
  /** The query parameters the route declares, with what each is (the hostile-input test feeds them). */
  query: Record<string, InputKind>;
}

/** Parameter names and kinds of a query schema: an object's keys, or `meta({ parameters })`. */
function queryParameters(schema: unknown): Record<string, InputKind> {
  if (!(schema instanceof z.ZodType)) return {};
  const declared = (schema.meta() as { parameters?: Record<string, InputKind> } | undefined)?.parameters;
  if (declared) return declared;
  if (!(schema instanceof z.ZodObject)) return {};
  return Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => [name, kindOf(field)]));
}

/** The kind of a parameter, looking through `.default()` and `.optional()` wrappers. */
function kindOf(field: z.ZodType): InputKind {
  let current: z.ZodType | undefined = field;
  while (current) {
    const found = inputKinds.get(current)?.inputKind;
    if (found) return found;
    current = (current as { _zod: { def: { innerType?: z.ZodType } } })._zod.def.innerType;
  }
  return 'other';
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
    const config = (route.config ?? {}) as { access?: RouteAccess; permission?: Permission; objects?: Record<string, RouteObjectKind>; publicOnly?: boolean };
    for (const method of methods)
      if (method !== 'HEAD')
        routes.push({
          method,
          url: route.url,
          access: config.access ?? 'public',
          permission: routePermission(config),
          objects: config.objects ?? {},
          publicOnly: config.publicOnly === true,
          query: queryParameters(route.schema?.querystring),
        });
  });
  return routes;
}
