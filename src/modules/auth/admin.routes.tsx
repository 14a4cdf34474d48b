/** @module auth/admin.routes — `/verwaltung`: accounts, roles and the audit log (administration only). */
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../web/site.ts';

export function adminRoutes(_app: FastifyInstance, _deps: RouteDeps): void {}
