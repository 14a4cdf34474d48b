/**
 * @module feeds — iCalendar feeds of the Sitzungen and Atom feeds of new Vorlagen and Beschlüsse,
 * and the link descriptors pages use to point to them.
 */
export {
  ATOM_TYPE,
  ICAL_TYPE,
  bodyCalendarPath,
  calendarLinks,
  decisionFeedPath,
  feedLinksForDecisions,
  feedLinksForPapers,
  feedPageExtensions,
  meetingCalendarPath,
  organizationCalendarPath,
  paperFeedPath,
  webcalUrl,
  type PaperFeedParams,
} from './feeds.links.ts';
