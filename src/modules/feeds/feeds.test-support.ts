/**
 * @module feeds/test-support
 * Reading feeds back in tests with real parsers: ical.js for calendars (after checking CRLF line
 * ends and 75-octet folding, which ical.js forgives), fast-xml-parser for Atom (after its
 * well-formedness check). Only the test files import this module.
 */
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from '../../lib/validation.ts';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
  start: Date;
  end: Date | null;
  sequence: number;
  status: string | null;
  lastModified: Date | null;
}

export interface ParsedCalendar {
  name: string | null;
  method: string | null;
  events: ParsedEvent[];
}

const encoder = new TextEncoder();

function timeOf(value: unknown): Date | null {
  return value instanceof ICAL.Time ? value.toJSDate() : null;
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Parses a calendar after checking the line structure RFC 5545 demands. */
export function parseCalendar(text: string): ParsedCalendar {
  assert.ok(text.endsWith('\r\n'), 'the calendar ends with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    assert.ok(!line.includes('\n') && !line.includes('\r'), `a bare line break in ${JSON.stringify(line)}`);
    assert.ok(encoder.encode(line).length <= 75, `line longer than 75 octets: ${JSON.stringify(line)}`);
  }
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location || null,
      url: textOf(vevent.getFirstPropertyValue('url')),
      start: event.startDate.toJSDate(),
      end: timeOf(vevent.getFirstPropertyValue('dtend')),
      sequence: event.sequence,
      status: textOf(vevent.getFirstPropertyValue('status')),
      lastModified: timeOf(vevent.getFirstPropertyValue('last-modified')),
    };
  });
  return {
    name: textOf(calendar.getFirstPropertyValue('x-wr-calname')),
    method: textOf(calendar.getFirstPropertyValue('method')),
    events,
  };
}

/** The calendar text with folding undone, for searching strings a fold may have cut. */
export function unfolded(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

const linkSchema = z.object({ '@_rel': z.string(), '@_href': z.string(), '@_type': z.string().optional(), '@_title': z.string().optional() });
const entrySchema = z.object({
  id: z.string(),
  title: z.object({ '#text': z.string() }),
  updated: z.string(),
  published: z.string().optional(),
  author: z.object({ name: z.string() }),
  link: z.array(linkSchema),
  summary: z.object({ '#text': z.string() }),
});
const feedSchema = z.object({
  feed: z.object({
    '@_xmlns': z.literal('http://www.w3.org/2005/Atom'),
    id: z.string(),
    title: z.object({ '#text': z.string() }),
    updated: z.string(),
    author: z.object({ name: z.string() }),
    link: z.array(linkSchema),
    entry: z.array(entrySchema).default([]),
  }),
});

export interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  published: string | undefined;
  author: string;
  links: z.infer<typeof linkSchema>[];
  alternate: string | undefined;
  summary: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  alwaysCreateTextNode: false,
  isArray: (name) => name === 'entry' || name === 'link',
});

/** Parses an Atom document after a well-formedness check; texts come back unescaped. */
export function parseAtom(text: string) {
  assert.equal(XMLValidator.validate(text), true, 'well-formed XML');
  // the validator forgives these two, XML does not
  assert.ok(!/]]>/.test(text), 'no literal ]]> in character data');
  assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text), 'no control characters');
  const doc = feedSchema.parse(parser.parse(text)).feed;
  const entries: ParsedEntry[] = doc.entry.map((e) => ({
    id: e.id,
    title: e.title['#text'],
    updated: e.updated,
    published: e.published,
    author: e.author.name,
    links: e.link,
    alternate: e.link.find((l) => l['@_rel'] === 'alternate')?.['@_href'],
    summary: e.summary['#text'],
  }));
  return { id: doc.id, title: doc.title['#text'], updated: doc.updated, author: doc.author.name, links: doc.link, entries };
}

/** Waits until `check` holds: the page cache learns of changes through notifications. */
export async function eventually(check: () => Promise<boolean>, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
