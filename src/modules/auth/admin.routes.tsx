/**
 * @module auth/admin.routes — accounts, roles and the audit log under `/verwaltung` (administration
 * only: the shell answers everyone else with the plain 404 page). The workspace's start page
 * `/verwaltung` itself is the workspace module's.
 * An administrator cannot take the administration role from themselves nor disable their own
 * account, so that an installation never locks itself out by accident (auth/accounts).
 */
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../../http/site.ts';
import { accountAdminRoutes } from './admin.accounts.routes.tsx';
import { auditLogRoutes } from './admin.audit.routes.tsx';

export function adminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  accountAdminRoutes(app, deps);
  auditLogRoutes(app, deps);
}
