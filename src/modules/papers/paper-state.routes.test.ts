/**
 * The state of a paper in every list and its decision on the paper page, derived only from what
 * the reader may see: a non-public agenda item's result never shows publicly.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { testEngines } from '../../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { Browser, createTestAccount } from '../../../test/helpers/accounts.ts';

const hiddenResolution = 'Der Ausschuss lehnt den Zuschuss für den Tafelladen ab.';

/** The list entry of one paper in a page, by its reference. */
function entryOf(html: string, reference: string): string {
  const entry = html.split('<li data-paper-id=').find((part) => part.includes(`${reference} ·`));
  assert.ok(entry, `an entry of ${reference}`);
  return entry.slice(0, entry.indexOf('</li>'));
}

for (const engine of testEngines()) {
  describe(`paper states (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(engine);
      const decided = (reference: string, name: string, result: string, resolutionText: string) => ({
        reference,
        type: 'Beschlussvorlage',
        name,
        date: '2025-05-20',
        consultations: [{ organization: 'Sozial- und Gesundheitsausschuss', meetingDate: '2025-06-03', role: 'Entscheidung', result, resolutionText }],
      });
      await t.importPapers(decided('VO/2025/901', 'Zuschuss für den Tafelladen', 'abgelehnt', hiddenResolution));
      await t.importPapers(decided('VO/2025/902', 'Satzung über die Gebühren der Musikschule', 'beschlossen', 'Der Ausschuss beschließt die Satzung.'));
      const db = t.database.db;
      // the public paper VO/2025/901 was decided in a non-public agenda item
      await db.execute(sql`update agenda_items set public = false where id = (select agenda_item_id from consultations c
        join papers p on p.id = c.paper_id where p.reference = 'VO/2025/901')`);
      await db.execute(sql`update agenda_items set votes_yes = 9, votes_no = 2, votes_abstention = 1 where id = (select agenda_item_id
        from consultations c join papers p on p.id = c.paper_id where p.reference = 'VO/2025/902')`);
      await createTestAccount(db, t.fixture.bodyId, { email: 'admin@kreis-test.de', roles: [{ role: 'administration', organizationId: null }] });
    });
    after(() => t.close());

    it('shows each paper’s state as a text badge in the paper list', async () => {
      const res = await t.app.inject('/vorlagen');
      assert.equal(res.statusCode, 200);
      assert.match(
        entryOf(res.body, 'VO/2025/902'),
        /<span class="badge paper-state state-decided"><span class="visually-hidden">Stand: <\/span>beschlossen<\/span>/,
      );
      // Vorberatung beschlossen, the Kreistag still to come
      assert.match(entryOf(res.body, 'VO/2025/246'), /paper-state state-open"><span class="visually-hidden">Stand: <\/span>in Beratung</);
    });

    it('shows the states on the home page and a Gremium’s page too', async () => {
      const home = await t.app.inject('/');
      assert.match(entryOf(home.body, 'VO/2025/902'), />beschlossen<\/span>/);
      const gremium = await t.app.inject(`/gremien/${t.fixture.organizations.sozial}`);
      assert.equal(gremium.statusCode, 200);
      assert.match(entryOf(gremium.body, 'VO/2025/902'), />beschlossen<\/span>/);
      assert.match(entryOf(gremium.body, 'VO/2025/246'), />in Beratung<\/span>/);
    });

    it('shows the decision text and vote next to the Beratungsfolge on the paper page', async () => {
      const res = await t.app.inject('/vorlagen/VO-2025-902');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<dt>Status<\/dt><dd><span class="badge paper-state state-decided">/);
      assert.match(
        res.body,
        /<div class="decision"><h3>Beschluss<\/h3><p><strong>beschlossen<\/strong> – Sozial- und Gesundheitsausschuss, <time datetime="2025-06-03">/,
      );
      assert.match(
        res.body,
        /<p>Abstimmung: Ja 9, Nein 2, Enthaltung 1<\/p><blockquote class="resolution">Der Ausschuss beschließt die Satzung.<\/blockquote>/,
      );
    });

    it('never derives a public state from a non-public agenda item’s result', async () => {
      for (const url of ['/vorlagen', '/', `/gremien/${t.fixture.organizations.sozial}`]) {
        const res = await t.app.inject(url);
        const entry = entryOf(res.body, 'VO/2025/901');
        assert.doesNotMatch(entry, /abgelehnt|paper-state/, url);
      }
      const page = await t.app.inject('/vorlagen/VO-2025-901');
      assert.equal(page.statusCode, 200);
      for (const leak of ['abgelehnt', hiddenResolution, 'class="decision"']) assert.ok(!page.body.includes(leak), leak);
      const search = await t.app.inject('/suche?q=Tafelladen');
      assert.equal(search.statusCode, 200);
      assert.match(search.body, /Zuschuss für den Tafelladen/);
      assert.ok(!search.body.includes('abgelehnt'), 'no state from the hidden item in the search hit');
    });

    it('shows the administration the state the non-public item gives', async () => {
      const browser = new Browser(t.app);
      await browser.login('admin@kreis-test.de');
      const list = await browser.get('/vorlagen');
      assert.match(entryOf(list.body, 'VO/2025/901'), /paper-state state-rejected"><span class="visually-hidden">Stand: <\/span>abgelehnt</);
      const page = await browser.get('/vorlagen/VO-2025-901');
      assert.ok(page.body.includes(hiddenResolution));
    });

    it('shows the paper’s state on a search hit', async () => {
      const res = await t.app.inject('/suche?q=Musikschule');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<span class="badge paper-state state-decided"><span class="visually-hidden">Stand: <\/span>beschlossen<\/span>/);
    });
  });
}
