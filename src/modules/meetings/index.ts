/** @module meetings — Sitzungen and their Tagesordnungen. */
export * from './meetings.tables.ts';
export {
  appendAgendaItem,
  findAgendaItem,
  findAgendaItemByNumber,
  findMeetingsOfOrganizationOn,
  recordAgendaItemResult,
  type AgendaItem,
  type Meeting,
} from './meetings.repo.ts';
