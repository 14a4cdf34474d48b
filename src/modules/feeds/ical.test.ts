import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressOf, meetingEvent, sequenceOf, statusOf } from './feeds.build.ts';
import { pointOf, type CalendarMeeting } from './calendar.queries.ts';
import { escapeText, foldLine, formatUtc, renderCalendar } from './ical.ts';
import { parseCalendar, unfolded } from './feeds.test-support.ts';

const encoder = new TextEncoder();

const meeting: CalendarMeeting = {
  id: 42,
  name: 'Sitzung; mit, Sonderzeichen \\ und 😀',
  state: 'eingeladen',
  cancelled: false,
  start: new Date('2025-12-11T16:00:00Z'),
  end: new Date('2025-12-11T19:30:00Z'),
  revised: new Date('2025-11-20T10:00:05Z'),
  lastModified: new Date('2025-11-21T08:00:00Z'),
  address: { description: 'Kreishaus', room: 'Saal 1', streetAddress: 'Am Markt 1', postalCode: '21790', locality: 'Lindenhagen' },
  geojson: { type: 'Feature', geometry: { type: 'Point', coordinates: [9.8123, 53.3517] } },
  organizations: ['Kreistag'],
  agenda: [
    { number: 'Ö 1', name: 'Eröffnung' },
    { number: null, name: `Ein sehr langer Tagesordnungspunkt über Ärger, Öl und Übergänge – ${'ä'.repeat(60)}` },
  ],
};

describe('iCalendar writer', () => {
  it('escapes TEXT values: backslash, semicolon, comma and line breaks', () => {
    assert.equal(escapeText('a,b;c\\d\ne\r\nf\rg'), 'a\\,b\\;c\\\\d\\ne\\nf\\ng');
    assert.equal(escapeText('bell\u0007 and tab\t'), 'bell and tab\t');
  });

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds to the original', () => {
    for (const line of [`DESCRIPTION:${'x'.repeat(300)}`, `SUMMARY:${'ä'.repeat(100)}`, `SUMMARY:a${'😀'.repeat(50)}`, 'SHORT:ok']) {
      const folded = foldLine(line);
      const physical = folded.split('\r\n');
      for (const part of physical) assert.ok(encoder.encode(part).length <= 75, part);
      assert.ok(physical.slice(1).every((p) => p.startsWith(' ')));
      assert.equal(unfolded(folded), line);
      // no lone surrogate: every part is whole characters
      for (const part of physical) assert.equal(Buffer.from(part, 'utf8').toString('utf8'), part);
    }
  });

  it('writes UTC times as basic format', () => {
    assert.equal(formatUtc(new Date('2025-06-03T15:00:00.789Z')), '20250603T150000Z');
  });

  it('round-trips an event through ical.js', () => {
    const event = meetingEvent(meeting, { baseUrl: 'https://ratsinfo.example', uidHost: 'ratsinfo.example', wholeAgenda: false });
    const text = renderCalendar({ name: 'Sitzungen – Kreis; Test, mit \\', stamp: new Date('2025-11-30T00:00:00Z'), events: [event] });
    const cal = parseCalendar(text);
    // ical.js leaves X- and RFC 7986 properties as written; both are TEXT, escaped like any other
    assert.equal(cal.name, 'Sitzungen – Kreis\\; Test\\, mit \\\\');
    assert.ok(text.includes('\r\nNAME:Sitzungen – Kreis\\; Test\\, mit \\\\\r\n'));
    const [parsed] = cal.events;
    assert.ok(parsed);
    assert.equal(parsed.uid, 'sitzung-42@ratsinfo.example');
    assert.equal(parsed.summary, meeting.name);
    assert.equal(parsed.start.toISOString(), '2025-12-11T16:00:00.000Z');
    assert.equal(parsed.end?.toISOString(), '2025-12-11T19:30:00.000Z');
    assert.equal(parsed.location, 'Kreishaus, Saal 1, Am Markt 1, 21790 Lindenhagen');
    assert.equal(parsed.url, 'https://ratsinfo.example/sitzungen/42');
    assert.equal(parsed.sequence, sequenceOf(meeting.revised));
    assert.equal(parsed.lastModified?.toISOString(), '2025-11-21T08:00:00.000Z');
    assert.equal(parsed.status, 'CONFIRMED');
    assert.ok(parsed.description.includes('Tagesordnung (öffentlicher Teil):\nÖ 1 – Eröffnung\nEin sehr langer'));
    assert.ok(text.includes('GEO:53.351700;9.812300\r\n'));
  });

  it('leaves out DTEND when the end is unknown', () => {
    const text = renderCalendar({
      name: 'x',
      stamp: new Date(),
      events: [meetingEvent({ ...meeting, end: null }, { baseUrl: 'http://h', uidHost: 'h', wholeAgenda: true })],
    });
    assert.ok(!text.includes('DTEND'));
    assert.equal(parseCalendar(text).events[0]?.end, null);
  });
});

describe('calendar event facts', () => {
  it('maps state and cancellation to STATUS', () => {
    assert.equal(statusOf({ state: 'eingeladen', cancelled: true }), 'CANCELLED');
    assert.equal(statusOf({ state: 'abgesagt', cancelled: false }), 'CANCELLED');
    assert.equal(statusOf({ state: 'geplant', cancelled: false }), 'TENTATIVE');
    assert.equal(statusOf({ state: 'eingeladen', cancelled: false }), 'CONFIRMED');
    assert.equal(statusOf({ state: 'durchgeführt', cancelled: false }), 'CONFIRMED');
  });

  it('counts SEQUENCE in seconds since 2020, growing with every later revision', () => {
    assert.equal(sequenceOf(new Date('2020-01-01T00:00:00Z')), 0);
    assert.equal(sequenceOf(new Date('2019-05-01T00:00:00Z')), 0);
    assert.ok(sequenceOf(new Date('2025-01-01T00:00:01Z')) > sequenceOf(new Date('2025-01-01T00:00:00Z')));
    assert.ok(sequenceOf(new Date('2085-01-01T00:00:00Z')) < 2 ** 31);
  });

  it('reads a GeoJSON point or point feature, nothing else', () => {
    assert.deepEqual(pointOf({ type: 'Point', coordinates: [9.5, 53.1] }), { lat: 53.1, lon: 9.5 });
    assert.deepEqual(pointOf({ type: 'Feature', geometry: { type: 'Point', coordinates: [9.5, 53.1, 12] }, properties: {} }), { lat: 53.1, lon: 9.5 });
    assert.equal(pointOf({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [] } }), null);
    assert.equal(pointOf({ type: 'Point', coordinates: [200, 95] }), null);
    assert.equal(pointOf(null), null);
  });

  it('joins the parts of an address that are there', () => {
    assert.equal(
      addressOf({ description: null, room: null, streetAddress: 'Am Markt 1', postalCode: null, locality: 'Lindenhagen' }),
      'Am Markt 1, Lindenhagen',
    );
    assert.equal(addressOf({ description: ' ', room: null, streetAddress: null, postalCode: null, locality: null }), null);
    assert.equal(addressOf(null), null);
  });
});
