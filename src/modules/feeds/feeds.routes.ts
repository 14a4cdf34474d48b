/**
 * @module feeds/routes
 * Calendars (`/sitzungen.ics`, `/gremien/<id>/sitzungen.ics`, `/sitzungen/<id>.ics`) and Atom
 * feeds (`/vorlagen.atom` with the paper list's filters, `/beschluesse.atom`, a person's
 * `/personen/<id>/vorlagen.atom`). Each is cached like a page and built only from
 * what the request's viewer may see. Unknown ids answer with the common 404 page, malformed query
 * parameters with a short plain-text 400 (the input layer's sentence).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from '../../lib/validation.ts';
import { canSeeNonPublic } from '../../access/index.ts';
import { sendNotFound } from '../../http/errors.ts';
import { positiveId } from '../../http/forms.ts';
import { param, type ZodTypeProvider } from '../../http/input.ts';
import { siteBaseUrl, type RouteDeps } from '../../http/site.ts';
import { findPersonName } from '../people/index.ts';
import { renderAtom, type AtomFeed } from './atom.ts';
import { listFeedDecisions, listFeedPapers } from './atom.queries.ts';
import { findOrganizationName, listCalendarMeetings, type CalendarScope } from './calendar.queries.ts';
import { decisionEntry, meetingEvent, paperEntry } from './feeds.build.ts';
import { ATOM_TYPE, decisionFeedPath, paperFeedPath, personPaperFeedPath } from './feeds.links.ts';
import { renderCalendar, type CalendarEvent } from './ical.ts';

const cached = { config: { pageCache: true, inputErrors: 'text' as const } };

/** The filters of `/vorlagen`, under the same names and limits, so that a list's feed keeps them. */
const paperFeedQuery = z.object({
  gremium: param.id('Gremium'),
  art: param.text('Art', 100),
  q: param.text('Suchbegriff', 200),
  jahr: param.number('Jahr', 1900, 2100),
  federfuehrung: param.id('Federführung'),
});

const sendAtom = (reply: FastifyReply, feed: AtomFeed) => reply.type(`${ATOM_TYPE}; charset=utf-8`).send(renderAtom(feed));

/** The newest entry's time, or now for an empty feed (Atom requires `updated`). */
function newest(entries: { updated: Date }[], now: Date): Date {
  return entries.reduce<Date | undefined>((max, e) => (max && max > e.updated ? max : e.updated), undefined) ?? now;
}

export function feedRoutes(app: FastifyInstance, deps: RouteDeps): void {
  /** The viewer's events of a scope; their agenda is the public part unless the viewer may see more. */
  async function eventsOf(request: FastifyRequest, scope: CalendarScope): Promise<CalendarEvent[]> {
    const { body, viewer } = request.site;
    const baseUrl = siteBaseUrl(request);
    const meetings = await listCalendarMeetings(deps.db, body.id, viewer, scope);
    const context = { baseUrl, uidHost: new URL(baseUrl).hostname, wholeAgenda: canSeeNonPublic(viewer) };
    return meetings.map((m) => meetingEvent(m, context));
  }
  const sendCalendar = (reply: FastifyReply, name: string, events: CalendarEvent[]) =>
    reply.type('text/calendar; charset=utf-8').send(renderCalendar({ name, stamp: deps.now(), events }));

  app.get('/sitzungen.ics', cached, async (request, reply) => {
    const since = new Date(deps.now().getTime());
    since.setUTCMonth(since.getUTCMonth() - 12);
    return sendCalendar(reply, `Sitzungen – ${request.site.body.name}`, await eventsOf(request, { kind: 'body', since }));
  });

  app.get<{ Params: { id: string } }>(
    '/gremien/:id/sitzungen.ics',
    { config: { ...cached.config, objects: { id: 'organization' } } },
    async (request, reply) => {
      const id = positiveId(request.params.id);
      const name = id === undefined ? undefined : await findOrganizationName(deps.db, request.site.body.id, id);
      if (id === undefined || name === undefined) return sendNotFound(request, reply);
      const events = await eventsOf(request, { kind: 'organization', organizationId: id });
      return sendCalendar(reply, `Sitzungen ${name} – ${request.site.body.name}`, events);
    },
  );

  app.get<{ Params: { id: string } }>('/sitzungen/:id.ics', { config: { ...cached.config, objects: { id: 'meeting' } } }, async (request, reply) => {
    const id = positiveId(request.params.id);
    const [event] = id === undefined ? [] : await eventsOf(request, { kind: 'meeting', meetingId: id });
    // a session without a date has no calendar entry yet
    if (!event) return sendNotFound(request, reply);
    return sendCalendar(reply, `${event.summary} – ${request.site.body.name}`, [event]);
  });

  app.withTypeProvider<ZodTypeProvider>().get('/vorlagen.atom', { ...cached, schema: { querystring: paperFeedQuery } }, async (request, reply) => {
    const { gremium, art, q, jahr, federfuehrung } = request.query;
    const { body, viewer } = request.site;
    const gremiumName = gremium === undefined ? undefined : await findOrganizationName(deps.db, body.id, gremium);
    if (gremium !== undefined && gremiumName === undefined) return sendNotFound(request, reply);
    const baseUrl = siteBaseUrl(request);
    const criteria = { organizationId: gremium, paperType: art, text: q, year: jahr, directionId: federfuehrung };
    const entries = (await listFeedPapers(deps.db, body.id, viewer, criteria)).map((p) => paperEntry(p, baseUrl));
    const filters = [gremiumName ? `Gremium ${gremiumName}` : null, art ? `Art ${art}` : null, q ? `„${q}“` : null, jahr ? `Jahr ${jahr}` : null].filter(
      (f): f is string => f !== null,
    );
    const path = paperFeedPath({ gremium, art, q, jahr, federfuehrung });
    const self = `${baseUrl}${path}`;
    return sendAtom(reply, {
      id: self,
      title: `Neue Vorlagen${filters.length > 0 ? ` (${filters.join(', ')})` : ''} – ${body.name}`,
      subtitle: 'Die zuletzt veröffentlichten Vorlagen im Ratsinformationssystem',
      updated: newest(entries, deps.now()),
      author: body.name,
      links: [
        { rel: 'self', type: ATOM_TYPE, href: self },
        // the list with the very same filters
        { rel: 'alternate', type: 'text/html', href: `${baseUrl}${path.replace('/vorlagen.atom', '/vorlagen')}` },
      ],
      entries,
    });
  });

  // a person's papers are public record of what they submitted; public only, like the search feed
  app.get<{ Params: { id: string } }>(
    '/personen/:id/vorlagen.atom',
    { config: { ...cached.config, publicOnly: true, objects: { id: 'person' } } },
    async (request, reply) => {
      const { body, viewer } = request.site;
      const id = positiveId(request.params.id);
      const name = id === undefined ? undefined : await findPersonName(deps.db, body.id, id);
      if (id === undefined || name === undefined) return sendNotFound(request, reply);
      const baseUrl = siteBaseUrl(request);
      const entries = (await listFeedPapers(deps.db, body.id, viewer, { originatorPersonId: id })).map((p) => paperEntry(p, baseUrl));
      const self = `${baseUrl}${personPaperFeedPath(id)}`;
      return sendAtom(reply, {
        id: self,
        title: `Vorlagen von ${name} – ${body.name}`,
        subtitle: `Anträge, Anfragen und andere Vorlagen, die ${name} eingereicht hat, die neuesten zuerst`,
        updated: newest(entries, deps.now()),
        author: body.name,
        links: [
          { rel: 'self', type: ATOM_TYPE, href: self },
          { rel: 'alternate', type: 'text/html', href: `${baseUrl}/personen/${id}` },
        ],
        entries,
      });
    },
  );

  app.get('/beschluesse.atom', cached, async (request, reply) => {
    const { body, viewer } = request.site;
    const baseUrl = siteBaseUrl(request);
    const entries = (await listFeedDecisions(deps.db, body.id, viewer)).map((d) => decisionEntry(d, baseUrl));
    const self = `${baseUrl}${decisionFeedPath}`;
    return sendAtom(reply, {
      id: self,
      title: `Beschlüsse – ${body.name}`,
      subtitle: 'Ergebnisse der öffentlichen Tagesordnungspunkte, die neuesten Sitzungen zuerst',
      updated: newest(entries, deps.now()),
      author: body.name,
      links: [
        { rel: 'self', type: ATOM_TYPE, href: self },
        { rel: 'alternate', type: 'text/html', href: `${baseUrl}/sitzungen` },
      ],
      entries,
    });
  });
}
