/** @module meetings — Sitzungen and their Tagesordnungen. */
export {
  appendAgendaItem,
  findAgendaItem,
  findAgendaItemByNumber,
  findMeetingsOfOrganizationOn,
  recordAgendaItemResult,
  type AgendaItem,
  type Meeting,
} from './meetings.repo.ts';
export type { MeetingState } from './meetings.tables.ts';
export { listMeetings, listRecentDecisions } from './meetings.list.ts';
export { meetingsWithoutPlace, type MeetingGap } from './meetings.gaps.ts';
