/**
 * @module auth/admin.routes — `/verwaltung`: accounts, roles and the audit log (administration only).
 * Every route is `access: 'admin'`: the shell answers everyone else with the plain 404 page.
 * An administrator cannot take the administration role from themselves nor disable their own
 * account, so that an installation never locks itself out by accident (auth/accounts).
 */
import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../http/render.ts';
import type { RouteDeps } from '../../http/site.ts';
import { accountAdminRoutes } from './admin.accounts.routes.tsx';
import { auditLogRoutes } from './admin.audit.routes.tsx';
import { AdminHomeView } from './views/admin/AdminHomeView.tsx';

export function adminRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/verwaltung', { config: { access: 'admin', objects: {} } }, async (request, reply) =>
    sendPage(reply, <AdminHomeView bodyName={request.site.body.name} />),
  );
  accountAdminRoutes(app, deps);
  auditLogRoutes(app, deps);
}
