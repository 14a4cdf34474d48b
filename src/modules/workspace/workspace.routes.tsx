/**
 * @module workspace/routes — `/verwaltung`: the workspace's start page „Meine Aufgaben“, for
 * every staff role (Sachbearbeitung, Sitzungsdienst, Administration); everyone else gets 404.
 */
import type { FastifyInstance } from 'fastify';
import { sendPage } from '../../http/render.ts';
import { staffRoute, type RouteDeps } from '../../http/site.ts';
import { tasksFor } from './workspace.tasks.ts';
import { WorkspaceHomeView } from './views/WorkspaceHomeView.tsx';

export function workspaceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/verwaltung', staffRoute('workspace'), async (request, reply) => {
    const { body, viewer } = request.site;
    const groups = await tasksFor(deps.db, body.id, viewer, deps.now());
    return sendPage(reply, <WorkspaceHomeView bodyName={body.name} groups={groups} name={viewer.kind === 'account' ? viewer.displayName : 'Verwaltung'} />);
  });
}
