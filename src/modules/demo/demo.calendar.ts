/**
 * @module demo/calendar
 * Dates for the demo: plain ISO day strings (`2025-03-14`) for everything that is a calendar
 * day, and instants computed for Europe/Berlin by the EU summer-time rule. The rule is written
 * out instead of asking Intl so the result never depends on the machine's time-zone data.
 */

/** "Today" inside the demo: meetings before it have taken place, later ones are ahead. */
export const DEMO_ANCHOR_DATE = '2026-12-01';

const DAY_MS = 86_400_000;

function toUtcMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromUtcMs(toUtcMs(day) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return new Date(toUtcMs(day)).getUTCDay();
}

/** Moves a Saturday or Sunday back to the Friday before, then Friday to Thursday: councils meet Monday to Thursday. */
export function toMeetingDay(day: string): string {
  const wd = weekday(day);
  if (wd === 6) return addDays(day, -2);
  if (wd === 0) return addDays(day, -3);
  if (wd === 5) return addDays(day, -1);
  return day;
}

function lastSundayOf(year: number, month: number): string {
  const last = fromUtcMs(Date.UTC(year, month, 0));
  return addDays(last, -weekday(last));
}

/** The UTC instant (ISO string) of a wall-clock time in Europe/Berlin on `day`. */
export function berlinInstant(day: string, hour: number, minute: number): string {
  const year = Number(day.slice(0, 4));
  // afternoon and evening times never fall into the switch hour itself, so the day decides
  const summer = day >= lastSundayOf(year, 3) && day < lastSundayOf(year, 10);
  const offsetHours = summer ? 2 : 1;
  return new Date(toUtcMs(day) + ((hour - offsetHours) * 60 + minute) * 60_000).toISOString();
}

export function addMinutes(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString();
}

const weekdayNames = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const monthNames = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** „14.03.2025“ */
export function formatDate(day: string): string {
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
}

/** „Donnerstag, 14. März 2025“ */
export function formatLongDate(day: string): string {
  const month = monthNames[Number(day.slice(5, 7)) - 1] ?? '';
  return `${weekdayNames[weekday(day)] ?? ''}, ${Number(day.slice(8, 10))}. ${month} ${day.slice(0, 4)}`;
}

/** „17:00 Uhr“ from hours and minutes of Berlin wall-clock time. */
export function formatTime(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} Uhr`;
}

export function monthName(month: number): string {
  return monthNames[month - 1] ?? '';
}
