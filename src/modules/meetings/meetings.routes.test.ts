import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { withoutWayBack } from '../../../test/helpers/not-found.ts';

const secretTitle = 'Ankauf Flurstück 88 am Mühlenteich';
const secretResolution = 'Kaufpreis 412.000 Euro';

for (const engine of testEngines()) {
  describe(`sessions and agenda items (${engine.name})`, () => {
    let t: TestApp;
    let publicItemId: number;
    let hiddenItemId: number;
    before(async () => {
      t = await openTestApp(engine);
      await t.importPapers({
        reference: 'VO/2025/250',
        type: 'Beschlussvorlage',
        name: secretTitle,
        public: false,
        consultations: [
          {
            organization: 'Sozial- und Gesundheitsausschuss',
            meetingDate: '2025-06-03',
            role: 'Entscheidung',
            result: 'beschlossen',
            resolutionText: secretResolution,
          },
        ],
      });
      const items = await queryRows(
        t.database.db,
        z.object({ id: z.number(), public: z.boolean() }),
        sql`select id, public from agenda_items where meeting_id = ${t.fixture.meetings.sozialPast} order by position`,
      );
      publicItemId = items.find((i) => i.public)?.id ?? -1;
      hiddenItemId = items.find((i) => !i.public)?.id ?? -1;
      await t.database.db.execute(sql`update agenda_items set votes_yes = 9, votes_no = 2, votes_abstention = 1 where id = ${publicItemId}`);
    });
    after(() => t.close());

    it('shows the agenda with public items linked to their pages and papers, and the non-public item as its number only', async () => {
      const res = await t.app.inject(`/sitzungen/${t.fixture.meetings.sozialPast}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1>12. Sitzung des Sozial- und Gesundheitsausschusses<\/h1>/);
      assert.match(res.body, /<dt>Termin<\/dt><dd>Dienstag, <time datetime="2025-06-03">03.06.2025<\/time>, 17:00 Uhr<\/dd>/);
      assert.match(res.body, new RegExp(`<span class="agenda-number">Ö 1</span> <a href="/tagesordnungspunkte/${publicItemId}">Aktionsplan`));
      assert.match(res.body, /\(Vorlage <a href="\/vorlagen\/VO-2025-246">VO\/2025\/246<\/a>\)/);
      assert.match(res.body, /Ergebnis: <strong>beschlossen<\/strong> \(Ja 9, Nein 2, Enthaltung 1\)/);
      assert.match(res.body, /<span class="agenda-number">N 1<\/span> <span class="empty">Nichtöffentlicher Tagesordnungspunkt<\/span>/);
      assert.match(res.body, /<a href="\/gremien\/\d+">Sozial- und Gesundheitsausschuss<\/a>/);
      for (const leak of [secretTitle, secretResolution, 'VO/2025/250', 'VO-2025-250', `/tagesordnungspunkte/${hiddenItemId}`])
        assert.ok(!res.body.includes(leak), leak);
    });

    it('shows an agenda item with its decision, vote and the paper’s whole Beratungsverlauf', async () => {
      const res = await t.app.inject(`/tagesordnungspunkte/${publicItemId}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1><span class="paper-kicker">TOP Ö 1<\/span>Aktionsplan/);
      assert.match(res.body, /Ergebnis: <strong>beschlossen<\/strong>/);
      assert.match(res.body, /Abstimmung: Ja 9, Nein 2, Enthaltung 1/);
      assert.match(res.body, /<a href="\/vorlagen\/VO-2025-246">Beschlussvorlage VO\/2025\/246: Aktionsplan/);
      // both steps, the current one marked, the Kreistag step still planned
      assert.match(
        res.body,
        /<tr class="current"><td[^>]*><time datetime="2025-06-03">.*?<td[^>]*><a href="\/gremien\/\d+">Sozial- und Gesundheitsausschuss<\/a><\/td><td[^>]*>Vorberatung<\/td><td[^>]*>beschlossen<\/td><td[^>]*><a href="\/tagesordnungspunkte\/\d+" aria-current="page">TOP Ö 1<\/a>/,
      );
      assert.match(res.body, /<td[^>]*><a href="\/gremien\/\d+">Kreistag<\/a><\/td><td[^>]*>Entscheidung<\/td><td[^>]*>geplant<\/td>/);
      assert.match(
        res.body,
        /<nav class="breadcrumbs" aria-label="Brotkrumen"><ol><li><a href="\/">Start<\/a><\/li><li><a href="\/sitzungen">Sitzungen<\/a><\/li>/,
      );
    });

    it('answers a non-public agenda item with the same 404 as a missing one', async () => {
      const hidden = await t.app.inject(`/tagesordnungspunkte/${hiddenItemId}`);
      const missing = await t.app.inject('/tagesordnungspunkte/999999');
      assert.equal(hidden.statusCode, 404);
      // the same page apart from the address (the login offer leads back to it)
      assert.equal(withoutWayBack(hidden.body, `/tagesordnungspunkte/${hiddenItemId}`), withoutWayBack(missing.body, '/tagesordnungspunkte/999999'));
      assert.equal((await t.app.inject('/tagesordnungspunkte/abc')).statusCode, 404);
    });

    it('lists upcoming sessions by default and past ones on request, filtered by Gremium and dates', async () => {
      const upcoming = await t.app.inject('/sitzungen');
      assert.equal(upcoming.statusCode, 200);
      assert.match(upcoming.body, /8. Sitzung des Kreistages/);
      assert.doesNotMatch(upcoming.body, /12. Sitzung des Sozial/);
      const past = await t.app.inject('/sitzungen?zeitraum=vergangene');
      assert.match(past.body, /12. Sitzung des Sozial/);
      assert.match(past.body, /1 Sitzung<\/p>/);
      const byGremium = await t.app.inject(`/sitzungen?zeitraum=vergangene&gremium=${t.fixture.organizations.kreistag}`);
      assert.match(byGremium.body, /0 Sitzungen<\/p>/);
      const range = await t.app.inject('/sitzungen?zeitraum=vergangene&von=2025-06-01&bis=2025-06-03');
      assert.match(range.body, /12. Sitzung des Sozial/);
      const before = await t.app.inject('/sitzungen?zeitraum=vergangene&von=2025-06-04');
      assert.doesNotMatch(before.body, /12. Sitzung des Sozial/);
    });

    it('shows a month as a calendar with the sessions on their days', async () => {
      const res = await t.app.inject('/sitzungen?ansicht=kalender&monat=2025-06');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<caption>Juni 2025<\/caption>/);
      // 1 June 2025 is a Sunday: the first week has six empty cells
      assert.match(
        res.body,
        /<tbody><tr>(<td class="outside"><\/td>){6}<td><span class="day-number"><span class="day-weekday">Sonntag, <\/span>1<\/span><\/td><\/tr>/,
      );
      assert.match(
        res.body,
        /<td class="has-meetings"><span class="day-number"><span class="day-weekday">Dienstag, <\/span>3<\/span><ul><li><a href="\/sitzungen\/\d+">17:00 Sozial- und Gesundheitsausschuss<\/a>/,
      );
      assert.match(res.body, /href="\/sitzungen\?ansicht=kalender&amp;monat=2025-05" rel="prev">‹ Mai 2025/);
      assert.match(res.body, /href="\/sitzungen\?ansicht=kalender&amp;monat=2025-07" rel="next">Juli 2025 ›/);
    });

    it('announces and links the calendars and feeds of each page', async () => {
      const meeting = await t.app.inject(`/sitzungen/${t.fixture.meetings.sozialPast}`);
      const ics = `/sitzungen/${t.fixture.meetings.sozialPast}.ics`;
      assert.match(meeting.body, new RegExp(`<link rel="alternate" type="text/calendar" title="[^"]+" href="${ics}"/>`));
      assert.match(meeting.body, new RegExp(`<a href="${ics}" type="text/calendar">`));
      assert.equal((await t.app.inject(ics)).statusCode, 200);
      const list = await t.app.inject(`/sitzungen?gremium=${t.fixture.organizations.kreistag}`);
      assert.match(list.body, new RegExp(`href="/gremien/${t.fixture.organizations.kreistag}/sitzungen.ics"`));
      const home = await t.app.inject('/');
      for (const href of ['/vorlagen.atom', '/beschluesse.atom', '/sitzungen.ics']) {
        assert.match(home.body, new RegExp(`<link rel="alternate" type="[^"]+" title="[^"]+" href="${href.replace('.', '\\.')}"/>`), href);
        assert.equal((await t.app.inject(href)).statusCode, 200, href);
      }
      const papers = await t.app.inject(`/vorlagen?gremium=${t.fixture.organizations.sozial}&art=Beschlussvorlage`);
      assert.match(papers.body, new RegExp(`href="/vorlagen.atom\\?gremium=${t.fixture.organizations.sozial}&amp;art=Beschlussvorlage"`));
    });

    it('explains bad parameters', async () => {
      const res = await t.app.inject('/sitzungen?ansicht=poster&von=03.06.2025&monat=2025-13');
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Ansicht: liste oder kalender/);
      assert.match(res.body, /Datum im Format JJJJ-MM-TT erwartet/);
      assert.match(res.body, /Monat im Format JJJJ-MM erwartet/);
    });

    it('puts next sessions, newest papers, recent decisions and a search box on the start page, nothing non-public', async () => {
      const res = await t.app.inject('/');
      assert.equal(res.statusCode, 200);
      assert.match(
        res.body,
        /<h2 id="naechste-sitzungen">Nächste Sitzungen<\/h2><ul class="paper-list"><li><a class="paper-title" href="\/sitzungen\/\d+">Kreistag<\/a>/,
      );
      assert.match(res.body, new RegExp(`<a class="paper-title" href="/tagesordnungspunkte/${publicItemId}">Aktionsplan`));
      assert.match(res.body, /<form class="search-box" method="get" action="\/suche" role="search">/);
      for (const leak of [secretTitle, secretResolution, 'VO/2025/250']) assert.ok(!res.body.includes(leak), leak);
      const search = await t.app.inject('/vorlagen?q=aktionsplan');
      assert.match(search.body, /1 Vorlage<\/p>/);
      assert.equal((await t.app.inject('/vorlagen?q=M%C3%BChlenteich')).body.includes(secretTitle), false);
      assert.match((await t.app.inject('/vorlagen?q=M%C3%BChlenteich')).body, /0 Vorlagen<\/p>/);
    });
  });
}
