/**
 * @module feeds/links
 * Where the feeds live, for the pages that point to them: `<link rel="alternate">` descriptors
 * (the shape of `AlternateLink` in ui/Layout) and the paths the feed routes answer on. The routes
 * build their own self links with the same functions, so a page and its feed always agree.
 * `feedPageExtensions` fills the pages' alternates slot with them.
 */
import type { PageExtensions } from '../../http/slots.ts';
import type { AlternateLink } from '../../ui/Layout.tsx';

export const ATOM_TYPE = 'application/atom+xml';
export const ICAL_TYPE = 'text/calendar';

/** The filters of the paper list (`/vorlagen?…`) a feed keeps, under the list's parameter names. */
export interface PaperFeedParams {
  /** A Gremium in the Beratungsfolge (organization id). */
  gremium?: number | undefined;
  /** The Art of the papers, e.g. „Antrag“. */
  art?: string | undefined;
  /** Words in the title or the reference. */
  q?: string | undefined;
  jahr?: number | undefined;
  /** Federführung (organization id). */
  federfuehrung?: number | undefined;
}

/** `/vorlagen.atom` with the list's filters in one fixed order (one URL per feed, one cache entry). */
export function paperFeedPath(params: PaperFeedParams = {}): string {
  const query = new URLSearchParams();
  if (params.gremium !== undefined) query.set('gremium', String(params.gremium));
  if (params.art) query.set('art', params.art);
  if (params.q) query.set('q', params.q);
  if (params.jahr !== undefined) query.set('jahr', String(params.jahr));
  if (params.federfuehrung !== undefined) query.set('federfuehrung', String(params.federfuehrung));
  const search = query.toString();
  return search ? `/vorlagen.atom?${search}` : '/vorlagen.atom';
}

/** The feed of a search: `/suche.atom` with the search's own query string. */
export const searchFeedPath = (queryString: string) => (queryString ? `/suche.atom?${queryString}` : '/suche.atom');
/** The papers a person submitted (Antragsteller/in), newest first. */
export const personPaperFeedPath = (personId: number) => `/personen/${personId}/vorlagen.atom`;

export const decisionFeedPath = '/beschluesse.atom';
export const bodyCalendarPath = '/sitzungen.ics';
export const organizationCalendarPath = (organizationId: number) => `/gremien/${organizationId}/sitzungen.ics`;
export const meetingCalendarPath = (meetingId: number) => `/sitzungen/${meetingId}.ics`;

/**
 * The Atom feed of new papers matching a paper list's filter. `gremiumName` only makes the title
 * more telling („Neue Vorlagen (Antrag) im Gremium Finanzausschuss“).
 */
export function feedLinksForPapers(params: PaperFeedParams & { gremiumName?: string | undefined } = {}): AlternateLink[] {
  const parts = ['Neue Vorlagen'];
  if (params.art) parts.push(`(${params.art})`);
  if (params.gremium !== undefined) parts.push(params.gremiumName ? `im Gremium ${params.gremiumName}` : 'dieses Gremiums');
  if (params.q) parts.push(`mit „${params.q}“`);
  if (params.jahr !== undefined) parts.push(`aus ${params.jahr}`);
  if (params.federfuehrung !== undefined) parts.push('dieser Federführung');
  return [{ type: ATOM_TYPE, title: parts.join(' '), href: paperFeedPath(params) }];
}

/** The Atom feed of new decisions (results of public agenda items). */
export function feedLinksForDecisions(): AlternateLink[] {
  return [{ type: ATOM_TYPE, title: 'Neue Beschlüsse', href: decisionFeedPath }];
}

/** The feed of a search's newest hits, for the search page. */
export function feedLinksForSearch(q: string, queryString: string): AlternateLink[] {
  return [{ type: ATOM_TYPE, title: `Neue Treffer der Suche „${q}“`, href: searchFeedPath(queryString) }];
}

/**
 * Calendars: one session's event when `meetingId` is given, a Gremium's sessions when `gremium`
 * is given (both for a session page of a Gremium), otherwise the sessions of the whole body.
 * With `baseUrl`, the calendars of many sessions carry their `webcal://` address to subscribe.
 */
export function calendarLinks(scope: { gremium?: number | undefined; meetingId?: number | undefined } = {}, baseUrl?: string): AlternateLink[] {
  const subscribe = (path: string) => (baseUrl ? { subscribe: webcalUrl(`${baseUrl}${path}`) } : {});
  const links: AlternateLink[] = [];
  if (scope.meetingId !== undefined) links.push({ type: ICAL_TYPE, title: 'Diese Sitzung', href: meetingCalendarPath(scope.meetingId) });
  if (scope.gremium !== undefined) {
    const href = organizationCalendarPath(scope.gremium);
    links.push({ type: ICAL_TYPE, title: 'Sitzungen des Gremiums', href, ...subscribe(href) });
  }
  if (links.length === 0) links.push({ type: ICAL_TYPE, title: 'Alle Sitzungen', href: bodyCalendarPath, ...subscribe(bodyCalendarPath) });
  return links;
}

/**
 * A `webcal://` address for an „Abonnieren“ link: calendar apps subscribe to it instead of
 * importing a copy. `absoluteUrl` is an http(s) URL, e.g. siteBaseUrl + a calendar path.
 */
export function webcalUrl(absoluteUrl: string): string {
  return absoluteUrl.replace(/^https?:\/\//i, 'webcal://');
}

/** The feeds and calendars the core pages point to, in the order the pages list them. */
export const feedPageExtensions: PageExtensions = {
  alternates: async (site, target) => {
    switch (target.page) {
      case 'paperList':
        return feedLinksForPapers({
          gremium: target.organizationId,
          art: target.paperType,
          gremiumName: target.organizationName,
          q: target.text,
          jahr: target.year,
          federfuehrung: target.directionId,
        });
      case 'organization':
        return [
          ...(target.meetings ? calendarLinks({ gremium: target.organizationId }, site.baseUrl) : []),
          ...(target.papers ? feedLinksForPapers({ gremium: target.organizationId, gremiumName: target.organizationName }) : []),
        ];
      case 'meetingList':
        return calendarLinks(target.organizationId === undefined ? {} : { gremium: target.organizationId }, site.baseUrl);
      case 'meeting':
        return calendarLinks({ meetingId: target.meetingId });
      case 'person':
        return target.papers ? [{ type: ATOM_TYPE, title: `Neue Vorlagen von ${target.personName}`, href: personPaperFeedPath(target.personId) }] : [];
      case 'search':
        return feedLinksForSearch(target.q, target.queryString);
    }
  },
};
