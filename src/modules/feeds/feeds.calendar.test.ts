import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { testEngines } from '../../../test/helpers/db.ts';
import { meetings } from '../meetings/meetings.tables.ts';
import { formatUtc } from './ical.ts';
import { icalHostileItem, openFeedsFixture, publicItemTitle, secrets, type FeedsFixture } from './feeds.fixture.ts';
import { eventually, parseCalendar, unfolded, type ParsedEvent } from './feeds.test-support.ts';

const uid = (id: number) => `sitzung-${id}@gremia.test`;

for (const engine of testEngines()) {
  describe(`calendar feeds (${engine.name})`, () => {
    let f: FeedsFixture;
    before(async () => {
      f = await openFeedsFixture(engine);
    });
    after(() => f.t.close());

    const get = (url: string) => f.t.app.inject(url);
    const calendarAt = async (url: string) => {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['content-type'], 'text/calendar; charset=utf-8');
      return { raw: res.body, ...parseCalendar(res.body) };
    };
    const eventOf = (events: ParsedEvent[], meetingId: number) => {
      const event = events.find((e) => e.uid === uid(meetingId));
      assert.ok(event, `event of session ${meetingId}`);
      return event;
    };

    it('publishes the sessions from twelve months ago on and all future ones, earliest first', async () => {
      const cal = await calendarAt('/sitzungen.ics');
      assert.equal(cal.method, 'PUBLISH');
      assert.equal(cal.name, 'Sitzungen – Kreis Testhausen');
      const windowStart = new Date();
      windowStart.setUTCMonth(windowStart.getUTCMonth() - 12);
      const { recent, cancelled, planned, kreistagFuture, sozialPast } = f.meetings;
      const expected = [recent, cancelled, planned, kreistagFuture];
      // the fixture's session of 3 June 2025 is inside the window only while it is less than a year ago
      if (new Date('2025-06-03T15:00:00Z') >= windowStart) expected.push(sozialPast);
      assert.equal(cal.events.length, expected.length);
      assert.deepEqual(new Set(cal.events.map((e) => e.uid)), new Set(expected.map(uid)));
      const starts = cal.events.map((e) => e.start.getTime());
      assert.deepEqual(
        starts,
        [...starts].sort((a, b) => a - b),
      );
      assert.match(cal.raw, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:[^\r]+\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n/);
    });

    it('describes a session: start and end in UTC, Gremium, public agenda, link', async () => {
      const cal = await calendarAt('/sitzungen.ics');
      const event = eventOf(cal.events, f.meetings.recent);
      assert.equal(event.start.getTime(), f.starts.recent.getTime());
      assert.equal(event.end?.getTime(), f.starts.recent.getTime() + 2 * 3_600_000);
      assert.ok(cal.raw.includes(`DTSTART:${formatUtc(f.starts.recent)}\r\n`));
      assert.equal(event.summary, '5. Sitzung des Finanzausschusses');
      assert.equal(event.status, 'CONFIRMED');
      assert.equal(event.url, `http://gremia.test/sitzungen/${f.meetings.recent}`);
      assert.match(event.description, /^Gremium: Finanzausschuss\n/);
      assert.ok(event.description.includes(`Ö 1 – ${publicItemTitle}\n`));
      // comma, semicolon, backslash and the line break come back unharmed
      assert.ok(event.description.includes(`Ö 2 – ${icalHostileItem}\n`));
      assert.ok(event.description.endsWith(`http://gremia.test/sitzungen/${f.meetings.recent}`));
      assert.ok(event.sequence > 0);
      assert.ok(event.lastModified instanceof Date);
    });

    it('keeps a cancelled session with STATUS:CANCELLED, a planned one TENTATIVE, and gives the place', async () => {
      const cal = await calendarAt('/sitzungen.ics');
      const cancelled = eventOf(cal.events, f.meetings.cancelled);
      assert.equal(cancelled.status, 'CANCELLED');
      assert.equal(cancelled.summary, 'Abgesagt: 6. Sitzung des Finanzausschusses');
      assert.equal(cancelled.start.getTime(), f.starts.cancelled.getTime());
      assert.equal(cancelled.location, 'Kreishaus Testhausen, Saal 2, Am Markt 1, 12345 Testhausen');
      assert.ok(cancelled.description.includes('Die Sitzung ist abgesagt.'));
      assert.ok(unfolded(cal.raw).includes('GEO:53.351700;9.812300\r\n'));
      assert.equal(eventOf(cal.events, f.meetings.planned).status, 'TENTATIVE');
      assert.equal(eventOf(cal.events, f.meetings.kreistagFuture).status, 'CONFIRMED');
    });

    it('never names a non-public agenda item or paper, not even by its number', async () => {
      const { sozialPast, recent, kreistagFuture } = f.meetings;
      const { finanz, sozial, kreistag } = f.t.fixture.organizations;
      const urls = [
        '/sitzungen.ics',
        ...[finanz, sozial, kreistag].map((id) => `/gremien/${id}/sitzungen.ics`),
        ...[sozialPast, recent, kreistagFuture].map((id) => `/sitzungen/${id}.ics`),
      ];
      for (const url of urls) {
        const cal = await calendarAt(url);
        const text = unfolded(cal.raw);
        for (const secret of Object.values(secrets)) assert.ok(!text.includes(secret), `${secret} in ${url}`);
        for (const event of cal.events) assert.doesNotMatch(event.description, /(^|\n)N \d/, url);
      }
      // the session with a hidden item still lists its public one
      const past = eventOf((await calendarAt(`/sitzungen/${sozialPast}.ics`)).events, sozialPast);
      assert.match(past.description, /\nÖ 1 – Aktionsplan „Zusammen ankommen“/);
    });

    it('keeps the UID and raises SEQUENCE and LAST-MODIFIED when the session row changes', async () => {
      const first = eventOf((await calendarAt('/sitzungen.ics')).events, f.meetings.planned);
      const again = eventOf((await calendarAt('/sitzungen.ics')).events, f.meetings.planned);
      assert.deepEqual(again, first);
      // SEQUENCE counts seconds: let one pass before the change
      await new Promise((r) => setTimeout(r, 1_100));
      const moved = new Date(f.starts.planned.getTime() + 3_600_000);
      await f.t.database.db.update(meetings).set({ start: moved, meetingState: 'eingeladen' }).where(eq(meetings.id, f.meetings.planned));
      let changed: ParsedEvent | undefined;
      await eventually(async () => {
        changed = eventOf((await calendarAt('/sitzungen.ics')).events, f.meetings.planned);
        return changed.start.getTime() === moved.getTime();
      });
      assert.ok(changed && first.lastModified && changed.lastModified);
      assert.equal(changed.uid, first.uid);
      assert.ok(changed.sequence > first.sequence, `${changed.sequence} > ${first.sequence}`);
      assert.ok(changed.lastModified > first.lastModified);
      assert.equal(changed.status, 'CONFIRMED');
    });

    it('has a calendar per Gremium with all its sessions and nothing else', async () => {
      const { finanz, sozial, kreistag } = f.t.fixture.organizations;
      const finanzCal = await calendarAt(`/gremien/${finanz}/sitzungen.ics`);
      assert.equal(finanzCal.name, 'Sitzungen Finanzausschuss – Kreis Testhausen');
      const { old, recent, cancelled, planned } = f.meetings;
      assert.deepEqual(
        finanzCal.events.map((e) => e.uid),
        [old, recent, cancelled, planned].map(uid),
      );
      assert.deepEqual(
        (await calendarAt(`/gremien/${sozial}/sitzungen.ics`)).events.map((e) => e.uid),
        [uid(f.meetings.sozialPast)],
      );
      assert.deepEqual(
        (await calendarAt(`/gremien/${kreistag}/sitzungen.ics`)).events.map((e) => e.uid),
        [uid(f.meetings.kreistagFuture)],
      );
    });

    it('has a calendar per session with exactly that session', async () => {
      for (const id of [f.meetings.cancelled, f.meetings.old, f.meetings.kreistagFuture]) {
        const cal = await calendarAt(`/sitzungen/${id}.ics`);
        assert.deepEqual(
          cal.events.map((e) => e.uid),
          [uid(id)],
        );
      }
      const single = await calendarAt(`/sitzungen/${f.meetings.cancelled}.ics`);
      assert.equal(single.events[0]?.status, 'CANCELLED');
      assert.equal(single.name, 'Abgesagt: 6. Sitzung des Finanzausschusses – Kreis Testhausen');
    });

    it('is cached like a page, with its content type', async () => {
      await get('/sitzungen.ics');
      const hit = await get('/sitzungen.ics');
      assert.equal(hit.headers['x-gremia-cache'], 'hit');
      assert.equal(hit.headers['content-type'], 'text/calendar; charset=utf-8');
    });

    it('answers unknown, malformed, undated and deleted sessions and unknown Gremien with 404', async () => {
      await f.t.database.db.update(meetings).set({ deletedAt: new Date() }).where(eq(meetings.id, f.meetings.old));
      const urls = [
        '/sitzungen/999999.ics',
        '/sitzungen/abc.ics',
        '/sitzungen/0.ics',
        '/sitzungen/99999999999.ics',
        `/sitzungen/${f.meetings.undated}.ics`,
        `/sitzungen/${f.meetings.old}.ics`,
        '/gremien/999999/sitzungen.ics',
        '/gremien/abc/sitzungen.ics',
      ];
      for (const url of urls) {
        await eventually(async () => (await get(url)).statusCode === 404);
        assert.equal((await get(url)).statusCode, 404, url);
      }
      const finanz = await calendarAt(`/gremien/${f.t.fixture.organizations.finanz}/sitzungen.ics`);
      assert.ok(!finanz.events.some((e) => e.uid === uid(f.meetings.old)));
    });
  });
}
