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

export interface PaperFeedParams {
  /** A Gremium in the Beratungsfolge (organization id). */
  gremium?: number | undefined;
  /** The Art of the papers, e.g. „Antrag“. */
  art?: string | undefined;
}

/** `/vorlagen.atom`, with `gremium` before `art` when given (one URL per feed, one cache entry). */
export function paperFeedPath(params: PaperFeedParams = {}): string {
  const query = new URLSearchParams();
  if (params.gremium !== undefined) query.set('gremium', String(params.gremium));
  if (params.art) query.set('art', params.art);
  const search = query.toString();
  return search ? `/vorlagen.atom?${search}` : '/vorlagen.atom';
}

export const decisionFeedPath = '/beschluesse.atom';
export const bodyCalendarPath = '/sitzungen.ics';
export const organizationCalendarPath = (organizationId: number) => `/gremien/${organizationId}/sitzungen.ics`;
export const meetingCalendarPath = (meetingId: number) => `/sitzungen/${meetingId}.ics`;

/**
 * The Atom feed of new papers matching a paper list's filter. `gremiumName` only makes the title
 * more telling („Neue Vorlagen im Gremium Finanzausschuss“).
 */
export function feedLinksForPapers(params: PaperFeedParams & { gremiumName?: string | undefined } = {}): AlternateLink[] {
  const parts = ['Neue Vorlagen'];
  if (params.art) parts.push(`(${params.art})`);
  if (params.gremium !== undefined) parts.push(params.gremiumName ? `im Gremium ${params.gremiumName}` : 'dieses Gremiums');
  return [{ type: ATOM_TYPE, title: `${parts.join(' ')} als Atom-Feed`, href: paperFeedPath(params) }];
}

/** The Atom feed of new decisions (results of public agenda items). */
export function feedLinksForDecisions(): AlternateLink[] {
  return [{ type: ATOM_TYPE, title: 'Neue Beschlüsse als Atom-Feed', href: decisionFeedPath }];
}

/**
 * Calendars: one session's event when `meetingId` is given, a Gremium's sessions when `gremium`
 * is given (both for a session page of a Gremium), otherwise the sessions of the whole body.
 */
export function calendarLinks(scope: { gremium?: number | undefined; meetingId?: number | undefined } = {}): AlternateLink[] {
  const links: AlternateLink[] = [];
  if (scope.meetingId !== undefined)
    links.push({ type: ICAL_TYPE, title: 'Diese Sitzung als Kalendereintrag (iCalendar)', href: meetingCalendarPath(scope.meetingId) });
  if (scope.gremium !== undefined)
    links.push({ type: ICAL_TYPE, title: 'Sitzungskalender des Gremiums (iCalendar)', href: organizationCalendarPath(scope.gremium) });
  if (links.length === 0) links.push({ type: ICAL_TYPE, title: 'Sitzungskalender (iCalendar)', href: bodyCalendarPath });
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
  alternates: async (_site, target) => {
    switch (target.page) {
      case 'paperList':
        return feedLinksForPapers({ gremium: target.organizationId, art: target.paperType, gremiumName: target.organizationName });
      case 'organization':
        return [
          ...(target.meetings ? calendarLinks({ gremium: target.organizationId }) : []),
          ...(target.papers ? feedLinksForPapers({ gremium: target.organizationId, gremiumName: target.organizationName }) : []),
        ];
      case 'meetingList':
        return calendarLinks(target.organizationId === undefined ? {} : { gremium: target.organizationId });
      case 'meeting':
        return calendarLinks({ meetingId: target.meetingId });
    }
  },
};
