import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';

const secretTitle = 'Ankauf Flurstück 88 am Mühlenteich';
const secretResolution = 'Kaufpreis 412.000 Euro';

for (const engine of testEngines()) {
  describe(`meeting page (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(engine);
      await t.importPapers({
        reference: 'VO/2025/250',
        type: 'Beschlussvorlage',
        name: secretTitle,
        public: false,
        consultations: [
          { organization: 'Sozial- und Gesundheitsausschuss', meetingDate: '2025-06-03', role: 'Entscheidung', result: 'beschlossen', resolutionText: secretResolution },
        ],
      });
    });
    after(() => t.close());

    it('shows the agenda with the public item linked to its paper, its result, and the non-public item as its number only', async () => {
      const res = await t.app.inject(`/sitzungen/${t.fixture.meetings.sozialPast}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1>12. Sitzung des Sozial- und Gesundheitsausschusses<\/h1>/);
      assert.match(res.body, /<dt>Termin<\/dt><dd>Dienstag, <time datetime="2025-06-03">03.06.2025<\/time>, 17:00 Uhr<\/dd>/);
      assert.match(res.body, /<li id="top-\d+" class="agenda-item"><span class="agenda-number">Ö 1<\/span> <a href="\/vorlagen\/VO-2025-246">Aktionsplan/);
      assert.match(res.body, /Ergebnis: <strong>beschlossen<\/strong>/);
      assert.match(res.body, /<span class="agenda-number">N 1<\/span> <span class="empty">Nichtöffentlicher Tagesordnungspunkt<\/span>/);
      for (const leak of [secretTitle, secretResolution, 'VO/2025/250', 'VO-2025-250']) assert.ok(!res.body.includes(leak), leak);
    });

    it('is where the Beratungsfolge of a paper links to', async () => {
      const paper = await t.app.inject('/vorlagen/VO-2025-246');
      const href = /<a href="(\/sitzungen\/\d+)#(top-\d+)">TOP Ö 1<\/a>/.exec(paper.body);
      assert.ok(href?.[1] && href[2]);
      const meeting = await t.app.inject(href[1]);
      assert.equal(meeting.statusCode, 200);
      assert.match(meeting.body, new RegExp(`id="${href[2]}"`));
    });

    it('answers unknown and malformed ids with 404', async () => {
      assert.equal((await t.app.inject('/sitzungen/999999')).statusCode, 404);
      assert.equal((await t.app.inject('/sitzungen/abc')).statusCode, 404);
    });
  });
}
