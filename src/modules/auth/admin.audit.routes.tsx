/** @module auth/admin.audit.routes — `/verwaltung/protokoll`: the audit log, a page at a time (administration only). */
import type { FastifyInstance } from 'fastify';
import { param, type ZodTypeProvider } from '../../http/input.ts';
import { sendPage } from '../../http/render.ts';
import type { RouteDeps } from '../../http/site.ts';
import { z } from '../../lib/validation.ts';
import { auditLogPage } from './audit-log.ts';
import { auditEventNames } from './audit.ts';
import { AuditLogView } from './views/admin/AuditLogView.tsx';

const auditQuery = z.object({
  vor: param.number('„vor“ (Nummer eines Eintrags)', 1, Number.MAX_SAFE_INTEGER),
  ereignis: param.choice('Ereignis', Object.keys(auditEventNames) as [string, ...string[]]),
});

export function auditLogRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/verwaltung/protokoll', { config: { access: 'admin', objects: {} }, schema: { querystring: auditQuery } }, async (request, reply) => {
      const { body } = request.site;
      const { vor: before, ereignis: event } = request.query;
      const page = await auditLogPage(deps.db, body.id, { before, event });
      const olderHref =
        page.olderThan === undefined
          ? undefined
          : `/verwaltung/protokoll?${new URLSearchParams({ ...(event ? { ereignis: event } : {}), vor: String(page.olderThan) }).toString()}`;
      return sendPage(
        reply,
        <AuditLogView
          bodyName={body.name}
          rows={page.rows}
          event={event}
          before={before}
          olderHref={olderHref}
          accountNames={page.accountNames}
          organizationNames={page.organizationNames}
        />,
      );
    });
}
