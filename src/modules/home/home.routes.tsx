/**
 * @module home/routes
 * The start page answers what visitors come for first: when is the next session, what is new,
 * what was decided – and a search box. Everything else is one link away.
 */
import type { FastifyInstance } from 'fastify';
import { berlinDate } from '../../lib/format.ts';
import { listMeetings, listRecentDecisions } from '../meetings/index.ts';
import { listPapers } from '../papers/index.ts';
import { PaperListEntry } from '../papers/index.ts';
import { calendarLinks, feedLinksForDecisions, feedLinksForPapers } from '../feeds/index.ts';
import { DateText, FeedLinks, SessionTime } from '../../ui/components.tsx';
import { Layout } from '../../ui/Layout.tsx';
import { sendPage } from '../../http/render.ts';
import type { RouteDeps } from '../../http/site.ts';

export function homeRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/', { config: { pageCache: true } }, async (request, reply) => {
    const { body, viewer } = request.site;
    const [next, newest, decisions] = await Promise.all([
      listMeetings(deps.db, body.id, { from: berlinDate(deps.now()), order: 'asc', page: 1, pageSize: 5 }),
      listPapers(deps.db, body.id, viewer, { sort: 'datum-absteigend', page: 1, pageSize: 6 }),
      listRecentDecisions(deps.db, body.id, viewer, 6),
    ]);
    const feeds = [...feedLinksForPapers(), ...feedLinksForDecisions(), ...calendarLinks()];
    return sendPage(
      reply,
      <Layout
        title="Start"
        description={`Ratsinformationssystem ${body.name}: nächste Sitzungen, neue Vorlagen und aktuelle Beschlüsse der Gremien.`}
        bodyName={body.name}
        section="start"
        alternates={feeds}
        breadcrumbs={[]}
      >
        <h1>Ratsinformationssystem {body.name}</h1>
        {/* the full search: papers, agendas, minutes, attachments, people and Gremien */}
        <form class="search-box" method="get" action="/suche" role="search">
          <label for="suche">Alle Inhalte durchsuchen</label>
          <div>
            <input id="suche" type="search" name="q" placeholder="Stichwort oder Vorlagennummer, z. B. Kita" />
            <button type="submit">Suchen</button>
          </div>
        </form>
        <div class="home-grid">
          <section aria-labelledby="naechste-sitzungen">
            <h2 id="naechste-sitzungen">Nächste Sitzungen</h2>
            {next.items.length === 0 ? (
              <p class="empty">Zurzeit sind keine Sitzungen angesetzt.</p>
            ) : (
              <ul class="paper-list">
                {next.items.map((m) => (
                  <li>
                    <a class="paper-title" href={`/sitzungen/${m.id}`}>
                      {m.organizations.map((o) => o.name).join(', ') || m.name}
                    </a>
                    <div class="paper-meta">
                      <SessionTime start={m.start} />
                      {m.cancelled ? ' – abgesagt' : ''}
                    </div>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <a href="/sitzungen">Alle Sitzungen</a> · <a href="/sitzungen?ansicht=kalender">Sitzungskalender</a>
            </p>
          </section>
          <section aria-labelledby="neue-vorlagen">
            <h2 id="neue-vorlagen">Neue Vorlagen</h2>
            <ul class="paper-list">
              {newest.items.map((p) => (
                <PaperListEntry paper={p} />
              ))}
            </ul>
            <p>
              <a href="/vorlagen">Alle Vorlagen</a>
            </p>
          </section>
          <section aria-labelledby="beschluesse">
            <h2 id="beschluesse">Aktuelle Beschlüsse</h2>
            {decisions.length === 0 ? (
              <p class="empty">Noch keine Beschlüsse.</p>
            ) : (
              <ul class="paper-list">
                {decisions.map((d) => (
                  <li>
                    <a class="paper-title" href={`/tagesordnungspunkte/${d.agendaItemId}`}>
                      {d.name}
                    </a>
                    <div class="paper-meta">
                      {d.result} · {d.organizations.join(', ')}
                      {d.meeting.start ? (
                        <>
                          {' · '}
                          <DateText value={d.meeting.start} />
                        </>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <FeedLinks links={feeds} />
        <nav aria-labelledby="bereiche">
          <h2 id="bereiche">Alle Bereiche</h2>
          <ul class="sections-list">
            <li>
              <a href="/sitzungen">Sitzungen</a> – Termine, Tagesordnungen, Niederschriften
            </li>
            <li>
              <a href="/vorlagen">Vorlagen</a> – Beschlussvorlagen, Mitteilungen, Anträge und Anfragen
            </li>
            <li>
              <a href="/gremien">Gremien</a> – Kreistag, Ausschüsse, Beiräte und Fraktionen
            </li>
            <li>
              <a href="/personen">Personen</a> – Mitglieder der Gremien
            </li>
          </ul>
        </nav>
      </Layout>,
    );
  });
}
