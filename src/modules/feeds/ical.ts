/**
 * @module feeds/ical
 * A small iCalendar (RFC 5545) writer for published calendars: one VCALENDAR of VEVENTs, times in
 * UTC (so no VTIMEZONE is needed), TEXT values escaped, lines folded at 75 octets without cutting
 * a UTF-8 sequence, CRLF line ends. It writes exactly the properties Gremia needs and nothing else.
 */

export type EventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';

export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date | null;
  summary: string;
  location: string | null;
  /** Latitude and longitude (WGS 84) of the place, from its GeoJSON point. */
  geo: { lat: number; lon: number } | null;
  description: string;
  url: string;
  sequence: number;
  lastModified: Date;
  status: EventStatus;
}

export interface Calendar {
  /** X-WR-CALNAME and NAME (RFC 7986): what a calendar client shows for the subscription. */
  name: string;
  /** DTSTAMP of every event: when this calendar object was created. */
  stamp: Date;
  events: CalendarEvent[];
}

export const PRODID = '-//Gremia//Ratsinformationssystem//DE';

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** `20250603T150000Z`: a DATE-TIME in UTC, seconds truncated to whole seconds. */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every line break as
 * `\n`. Control characters other than tab are not allowed in TEXT and are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?|\n/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** A URI value (URL property) takes no escaping, but it must stay on its logical line. */
function uriValue(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F]/g, '');
}

/**
 * Folds one content line (RFC 5545 3.1): no physical line longer than 75 octets, continuation
 * lines start with a space, and a multi-octet UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // the leading space of a continuation line counts towards its 75 octets
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(event.uid)}`, `DTSTAMP:${formatUtc(stamp)}`, `DTSTART:${formatUtc(event.start)}`];
  if (event.end && event.end.getTime() > event.start.getTime()) lines.push(`DTEND:${formatUtc(event.end)}`);
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.geo) lines.push(`GEO:${event.geo.lat.toFixed(6)};${event.geo.lon.toFixed(6)}`);
  lines.push(
    `DESCRIPTION:${escapeText(event.description)}`,
    `URL:${uriValue(event.url)}`,
    `SEQUENCE:${event.sequence}`,
    `LAST-MODIFIED:${formatUtc(event.lastModified)}`,
    `STATUS:${event.status}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  );
  return lines;
}

/** The whole calendar as `text/calendar`: CRLF after every line, the last one included. */
export function renderCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `NAME:${escapeText(calendar.name)}`,
    'X-WR-TIMEZONE:Europe/Berlin',
    // how often a subscribing client should ask again (RFC 7986 and the older Microsoft form)
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
    ...calendar.events.flatMap((e) => eventLines(e, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
