/**
 * @module feeds/build
 * Turns the rows of the feed queries into calendar events and Atom entries: German texts, absolute
 * URLs, stable identifiers. No database access and no HTTP here.
 */
import type { AtomEntry } from './atom.ts';
import type { FeedDecision, FeedPaper } from './atom.queries.ts';
import { pointOf, type CalendarMeeting } from './calendar.queries.ts';
import type { CalendarEvent, EventStatus } from './ical.ts';
import { placeText } from '../locations/index.ts';

/** SEQUENCE counts whole seconds since this instant, so it grows with every revision of a session. */
export const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

export function sequenceOf(revised: Date): number {
  return Math.max(0, Math.floor((revised.getTime() - SEQUENCE_EPOCH) / 1000));
}

export function statusOf(meeting: Pick<CalendarMeeting, 'cancelled' | 'state'>): EventStatus {
  if (meeting.cancelled || meeting.state === 'abgesagt') return 'CANCELLED';
  return meeting.state === 'geplant' ? 'TENTATIVE' : 'CONFIRMED';
}

export function addressOf(address: CalendarMeeting['address']): string | null {
  return address ? placeText(address) : null;
}

export interface EventContext {
  baseUrl: string;
  /** The host of the body's base URL: the domain part of every UID. */
  uidHost: string;
  /** Whether the viewer sees the whole agenda or only its public part. */
  wholeAgenda: boolean;
}

export const meetingUid = (meetingId: number, uidHost: string) => `sitzung-${meetingId}@${uidHost}`;

function descriptionOf(meeting: CalendarMeeting, url: string, wholeAgenda: boolean): string {
  const lines: string[] = [];
  if (meeting.organizations.length > 0) lines.push(`Gremium: ${meeting.organizations.join(', ')}`);
  if (statusOf(meeting) === 'CANCELLED') lines.push('Die Sitzung ist abgesagt.');
  else if (meeting.state === 'geplant') lines.push('Der Termin ist geplant, die Einladung steht noch aus.');
  // no agenda block without visible items: „none yet“ and „none public“ look the same from here
  if (meeting.agenda.length > 0) {
    lines.push('', wholeAgenda ? 'Tagesordnung:' : 'Tagesordnung (öffentlicher Teil):');
    for (const item of meeting.agenda) lines.push(item.number ? `${item.number} – ${item.name}` : item.name);
  }
  lines.push('', `Sitzung im Ratsinformationssystem: ${url}`);
  return lines.join('\n').replace(/^\n+/, '');
}

export function meetingEvent(meeting: CalendarMeeting, context: EventContext): CalendarEvent {
  const url = `${context.baseUrl}/sitzungen/${meeting.id}`;
  const status = statusOf(meeting);
  return {
    uid: meetingUid(meeting.id, context.uidHost),
    start: meeting.start,
    end: meeting.end,
    // clients that ignore STATUS still tell a cancelled session by its title
    summary: status === 'CANCELLED' ? `Abgesagt: ${meeting.name}` : meeting.name,
    location: addressOf(meeting.address),
    geo: pointOf(meeting.geojson),
    description: descriptionOf(meeting, url, context.wholeAgenda),
    url,
    sequence: sequenceOf(meeting.revised),
    lastModified: meeting.lastModified,
    status,
  };
}

export function paperEntry(paper: FeedPaper, baseUrl: string): AtomEntry {
  const facts = [`${paper.paperType} ${paper.reference}`];
  if (paper.date) facts[0] += ` vom ${paper.date}`;
  if (paper.directions.length > 0) facts.push(`Federführung: ${paper.directions.join(', ')}`);
  return {
    // the id URL redirects to the permalink and survives a changed reference
    id: `${baseUrl}/vorlagen/${paper.id}`,
    title: paper.name,
    updated: paper.modified,
    published: paper.created,
    links: [{ rel: 'alternate', type: 'text/html', href: `${baseUrl}/vorlagen/${paper.slug}` }],
    summary: `${facts.join('. ')}.`,
    categories: [paper.paperType],
  };
}

const capitalized = (s: string) => s.charAt(0).toLocaleUpperCase('de-DE') + s.slice(1);

function votesOf(d: FeedDecision): string | null {
  if (d.unanimous) return 'einstimmig';
  const counts = [
    d.yes !== null ? `${d.yes} Ja` : null,
    d.no !== null ? `${d.no} Nein` : null,
    d.abstention !== null ? `${d.abstention} ${d.abstention === 1 ? 'Enthaltung' : 'Enthaltungen'}` : null,
  ].filter((c): c is string => c !== null);
  return counts.length > 0 ? counts.join(', ') : null;
}

export function decisionEntry(d: FeedDecision, baseUrl: string): AtomEntry {
  const where = [d.organizations.length > 0 ? d.organizations.join(', ') : d.meetingName, d.meetingDate].filter(Boolean).join(', ');
  const url = `${baseUrl}/sitzungen/${d.meetingId}#top-${d.id}`;
  const votes = votesOf(d);
  const sentences = [
    `Ergebnis: ${d.result}${votes ? ` (${votes})` : ''}.`,
    `${d.number ? `TOP ${d.number} der Sitzung` : 'Sitzung'} „${d.meetingName}“${d.meetingDate ? ` am ${d.meetingDate}` : ''}.`,
  ];
  if (d.paper) sentences.push(`Vorlage ${d.paper.reference}.`);
  if (d.resolutionText) sentences.push(`Beschluss: ${d.resolutionText}`);
  const links: AtomEntry['links'] = [{ rel: 'alternate', type: 'text/html', href: url }];
  if (d.paper) links.push({ rel: 'related', type: 'text/html', href: `${baseUrl}/vorlagen/${d.paper.slug}`, title: `Vorlage ${d.paper.reference}` });
  return {
    id: url,
    title: `${capitalized(d.result)}: ${d.name}${where ? ` (${where})` : ''}`,
    updated: d.modified,
    links,
    summary: sentences.join(' '),
  };
}
