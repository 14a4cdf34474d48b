/**
 * The sessions list and page: which documents a session has (as text), the place named once,
 * and a past session never shown as still „eingeladen“.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { testEngines } from '../../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { locations } from '../locations/locations.tables.ts';
import { meetings } from './meetings.tables.ts';

/** The list entry of one session, by its id. */
function entryOf(html: string, meetingId: number): string {
  const start = html.indexOf(`href="/sitzungen/${meetingId}"`);
  assert.ok(start > 0, `an entry of session ${meetingId}`);
  return html.slice(start, html.indexOf('</li>', start));
}

for (const engine of testEngines()) {
  describe(`sessions list labels (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(engine);
      const db = t.database.db;
      const { sozialPast } = t.fixture.meetings;
      const [place] = await db
        .insert(locations)
        .values({ bodyId: t.fixture.bodyId, description: 'Kreishaus, Sitzungsraum 2.14', room: 'Sitzungsraum 2.14', locality: 'Lindenhagen' })
        .returning({ id: locations.id });
      // the stored state was never moved on after the day: the reader must not see „eingeladen“
      await db.update(meetings).set({ locationId: place?.id, meetingState: 'eingeladen' }).where(eq(meetings.id, sozialPast));
      // the paper's public main file doubles as the session's invitation
      await db.execute(sql`insert into meeting_files (body_id, meeting_id, file_id, role)
        select body_id, ${sozialPast}, file_id, 'invitation' from paper_files where role = 'main' limit 1`);
    });
    after(() => t.close());

    it('says which documents each session has, in words', async () => {
      const past = await t.app.inject('/sitzungen?zeitraum=vergangene');
      assert.equal(past.statusCode, 200);
      assert.match(entryOf(past.body, t.fixture.meetings.sozialPast), /<div class="paper-meta meeting-documents">Unterlagen: Einladung<\/div>/);
      const coming = await t.app.inject('/sitzungen');
      assert.match(entryOf(coming.body, t.fixture.meetings.kreistagFuture), /Unterlagen: noch keine/);
    });

    it('shows a past session as durchgeführt, in the list and on its page', async () => {
      const past = await t.app.inject('/sitzungen?zeitraum=vergangene');
      const entry = entryOf(past.body, t.fixture.meetings.sozialPast);
      assert.match(entry, /· durchgeführt<\/div>/);
      assert.doesNotMatch(entry, /eingeladen/);
      const page = await t.app.inject(`/sitzungen/${t.fixture.meetings.sozialPast}`);
      assert.match(page.body, /<dt>Status<\/dt><dd>durchgeführt<\/dd>/);
    });

    it('names the room once when the description repeats it', async () => {
      const past = await t.app.inject('/sitzungen?zeitraum=vergangene');
      assert.match(entryOf(past.body, t.fixture.meetings.sozialPast), / · Kreishaus, Sitzungsraum 2\.14, Lindenhagen · /);
      const page = await t.app.inject(`/sitzungen/${t.fixture.meetings.sozialPast}`);
      assert.match(page.body, /Kreishaus, Sitzungsraum 2\.14, Lindenhagen/);
      assert.doesNotMatch(page.body, /Sitzungsraum 2\.14, Sitzungsraum 2\.14/);
    });
  });
}
