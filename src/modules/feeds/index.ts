/**
 * @module feeds — iCalendar feeds of the Sitzungen and Atom feeds of new Vorlagen and Beschlüsse,
 * of a search and of a person's papers, and the link descriptors pages use to point to them.
 */
export {
  ATOM_TYPE,
  ICAL_TYPE,
  bodyCalendarPath,
  calendarLinks,
  decisionFeedPath,
  feedLinksForDecisions,
  feedLinksForPapers,
  feedLinksForSearch,
  feedPageExtensions,
  meetingCalendarPath,
  organizationCalendarPath,
  paperFeedPath,
  personPaperFeedPath,
  searchFeedPath,
  webcalUrl,
  type PaperFeedParams,
} from './feeds.links.ts';
