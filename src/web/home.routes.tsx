/**
 * @module web/home.routes
 * The start page. For now it points to the papers; the public-portal issue fills it with the
 * next sessions and recent decisions.
 */
import type { FastifyInstance } from 'fastify';
import { listPapers } from '../modules/papers/index.ts';
import { DateText } from '../ui/components.tsx';
import { Layout } from '../ui/Layout.tsx';
import { sendPage } from './render.ts';
import type { RouteDeps } from './site.ts';

export function homeRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/', { config: { pageCache: true } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const newest = await listPapers(deps.db, body.id, viewer, { sort: 'datum-absteigend', page: 1, pageSize: 8 });
    return sendPage(
      reply,
      <Layout
        title="Start"
        description={`Ratsinformationssystem ${body.name}: Vorlagen, Beratungen und Beschlüsse.`}
        bodyName={body.name}
        section="start"
        breadcrumbs={[]}
      >
        <h1>Ratsinformationssystem {body.name}</h1>
        <p>
          Hier finden Sie die Vorlagen, Anträge und Anfragen der Gremien mit ihrer Beratungsfolge und ihren Anlagen.{' '}
          <a href="/vorlagen">Alle Vorlagen durchsuchen und filtern</a>.
        </p>
        <h2>Neueste Vorlagen</h2>
        <ul class="paper-list">
          {newest.items.map((p) => (
            <li>
              <a class="paper-title" href={`/vorlagen/${p.slug}`}>
                {p.name}
              </a>
              <div class="paper-meta">
                {p.reference} · {p.paperType} · <DateText value={p.date} />
              </div>
            </li>
          ))}
        </ul>
      </Layout>,
    );
  });
}
