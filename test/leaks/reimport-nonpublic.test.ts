/**
 * Derived visibility, end to end: a paper imported as public with a decided agenda item, then
 * re-imported as non-public with another Beratungsfolge. The dropped step is soft-deleted, but
 * its agenda item keeps `public = true`, the paper's title as its name and the resolution text.
 * The policy hides it anyway (it belongs to a non-public paper), and with it its file: on the
 * session page, the agenda item page, in search and in OParl. Who is entitled still sees it:
 * a member of the session's Gremium (through the session) and the Sachbearbeitung of the
 * paper's unit (through the paper).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/rows.ts';
import { z } from '../../src/lib/validation.ts';
import { createFile } from '../../src/modules/files/index.ts';
import { agendaItemFiles } from '../../src/modules/meetings/meetings.tables.ts';
import { Browser } from '../helpers/accounts.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { makePdf } from '../helpers/fixtures.ts';
import { accounts, addNonPublicFixture, type NonPublicFixture } from '../helpers/nonpublic-fixture.ts';
import { withoutWayBack } from '../helpers/not-found.ts';

const TITLE = 'Sanierung der Wallabybrücke im Ortsteil Kängurudorf';
const TITLE_WORD = 'Wallabybrücke';
const RESOLUTION = 'Der Ausschuss beschließt die Sanierung für 870.000 Euro aus dem Wallabyfonds.';
const RESOLUTION_WORD = 'Wallabyfonds';
const FILE_NAME = 'Lageplan Kängurudorf';
const leakPattern = /wallaby|känguru|870\.000/i;

const publicVersion = {
  reference: 'VO/2025/300',
  type: 'Beschlussvorlage',
  name: TITLE,
  date: '2025-05-20',
  public: true,
  underDirectionOf: ['Koordinierungsstelle für Integration und Teilhabe'],
  consultations: [
    {
      organization: 'Sozial- und Gesundheitsausschuss',
      meetingDate: '2025-06-03',
      role: 'Entscheidung',
      agendaItemNumber: 'Ö 7',
      result: 'beschlossen',
      resolutionText: RESOLUTION,
    },
  ],
};

/** The same paper, now non-public, to be decided by the Kreistag instead. */
const nonPublicVersion = {
  ...publicVersion,
  public: false,
  consultations: [{ organization: 'Kreistag', meetingDate: '2099-07-10', role: 'Entscheidung' }],
};

interface SearchJson {
  total: number;
  hits: Array<{ title: string; url: string }>;
  facets: Record<string, unknown[]>;
}

for (const engine of testEngines()) {
  describe(`a paper re-imported as non-public takes its dropped agenda item with it (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    let itemId: number;
    let fileId: number;
    let paperId: number;
    const meeting = () => t.fixture.meetings.sozialPast;

    before(async () => {
      t = await openTestApp(engine, { PAGE_CACHE: '0' });
      f = await addNonPublicFixture(t);
      await t.importPapers(publicVersion);
      const [row] = await queryRows(
        t.database.db,
        z.object({ item: z.number(), paper: z.number() }),
        sql`select c.agenda_item_id as item, c.paper_id as paper from consultations c join papers p on p.id = c.paper_id
          where p.reference = ${publicVersion.reference} and c.meeting_id = ${meeting()}`,
      );
      assert.ok(row);
      itemId = row.item;
      paperId = row.paper;
      // a public file on the agenda item (the protocol excerpt, say)
      const file = await createFile(t.database.db, t.storage, {
        bodyId: f.bodyId,
        name: FILE_NAME,
        fileName: 'lageplan-kaengurudorf.pdf',
        mimeType: 'application/pdf',
        bytes: await makePdf(['Lageplan Kaengurudorf']),
        public: true,
      });
      fileId = file.id;
      await t.database.db.insert(agendaItemFiles).values({ bodyId: f.bodyId, agendaItemId: itemId, fileId, role: 'resolution' });
    });
    after(() => t.close());

    const searchJson = async (browser: Browser, q: string): Promise<SearchJson> => {
      const r = await browser.get(`/suche.json?q=${encodeURIComponent(q)}`);
      assert.equal(r.statusCode, 200, r.body);
      return JSON.parse(r.body) as SearchJson;
    };

    it('shows everything to the public while the paper is public', async () => {
      const anonymous = new Browser(t.app);
      const page = await t.app.inject(`/sitzungen/${meeting()}`);
      assert.ok(page.body.includes(TITLE) && page.body.includes(RESOLUTION), 'the session page shows the decision');
      assert.equal((await t.app.inject(`/tagesordnungspunkte/${itemId}`)).statusCode, 200);
      assert.ok((await searchJson(anonymous, TITLE_WORD)).hits.some((h) => h.url === `/tagesordnungspunkte/${itemId}`));
      assert.equal((await t.app.inject(`/oparl/v1/agenda-item/${itemId}`)).statusCode, 200);
      assert.equal((await t.app.inject(`/oparl/v1/file/${fileId}`)).statusCode, 200);
    });

    it('keeps the dropped agenda item as it was: public flag, title and resolution (the defect)', async () => {
      await t.importPapers(nonPublicVersion);
      const [item] = await queryRows(
        t.database.db,
        z.object({ public: z.boolean(), name: z.string(), resolution_text: z.string(), live: z.number(), dropped: z.number() }),
        sql`select a.public, a.name, a.resolution_text,
            (select count(*)::int from consultations c where c.agenda_item_id = a.id and c.deleted_at is null) as live,
            (select count(*)::int from consultations c where c.agenda_item_id = a.id and c.deleted_at is not null) as dropped
          from agenda_items a where a.id = ${itemId}`,
      );
      assert.deepEqual(item, { public: true, name: TITLE, resolution_text: RESOLUTION, live: 0, dropped: 1 });
    });

    it('leaves nothing of it on the session page, and no id', async () => {
      const r = await t.app.inject(`/sitzungen/${meeting()}`);
      assert.equal(r.statusCode, 200);
      assert.doesNotMatch(r.body, leakPattern);
      assert.ok(!r.body.includes(`top-${itemId}"`) && !r.body.includes(`/tagesordnungspunkte/${itemId}"`));
      assert.match(r.body, /<span class="agenda-number">Ö 7<\/span> <span class="empty">Nichtöffentlicher Tagesordnungspunkt<\/span>/);
      assert.equal((await t.app.inject(`/sitzungen/${meeting()}.ics`)).body.match(leakPattern), null, 'calendar');
      assert.equal((await t.app.inject('/beschluesse.atom')).body.match(leakPattern), null, 'decisions feed');
      assert.equal((await t.app.inject('/')).body.match(leakPattern), null, 'start page');
    });

    it('answers its agenda item page and its file with 404', async () => {
      const hidden = await t.app.inject(`/tagesordnungspunkte/${itemId}`);
      assert.equal(hidden.statusCode, 404);
      assert.equal(
        withoutWayBack(hidden.body, `/tagesordnungspunkte/${itemId}`),
        withoutWayBack((await t.app.inject('/tagesordnungspunkte/999999')).body, '/tagesordnungspunkte/999999'),
      );
      assert.equal((await t.app.inject(`/dateien/${fileId}/lageplan-kaengurudorf.pdf`)).statusCode, 404);
    });

    it('finds nothing of it in search, neither as page nor as JSON', async () => {
      const anonymous = new Browser(t.app);
      for (const q of [TITLE_WORD, RESOLUTION_WORD, 'Kängurudorf', 'Lageplan Kängurudorf']) {
        const result = await searchJson(anonymous, q);
        assert.equal(result.total, 0, `${q}: ${JSON.stringify(result.hits)}`);
        assert.deepEqual(result.hits, []);
        for (const [name, values] of Object.entries(result.facets)) assert.deepEqual(values, [], `${q}: facet ${name}`);
        const page = await anonymous.get(`/suche?q=${encodeURIComponent(q)}`);
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /0 Treffer/);
        const withoutEcho = page.body
          .replaceAll(q, '')
          .replaceAll(encodeURIComponent(q), '')
          .replace(/<input[^>]*>/g, '')
          .replace(/<title>[^<]*<\/title>/, '');
        assert.doesNotMatch(withoutEcho, leakPattern, q);
      }
    });

    it('shows nothing of it in OParl: not in the meeting, not by its URL, not in the lists or counts', async () => {
      const get = (path: string) => t.app.inject({ method: 'GET', url: path });
      const meetingJson = await get(`/oparl/v1/meeting/${meeting()}`);
      assert.equal(meetingJson.statusCode, 200);
      assert.doesNotMatch(meetingJson.body, leakPattern);
      assert.ok(!meetingJson.body.includes(`/agenda-item/${itemId}"`));
      const embedded = (JSON.parse(meetingJson.body) as { agendaItem?: { order: number }[] }).agendaItem ?? [];
      assert.deepEqual(
        embedded.map((i) => i.order),
        embedded.map((_, i) => i),
        'order counts the visible items only',
      );
      assert.equal((await get(`/oparl/v1/agenda-item/${itemId}`)).statusCode, 404);
      assert.equal((await get(`/oparl/v1/file/${fileId}`)).statusCode, 404);
      assert.equal((await get(`/oparl/v1/paper/${paperId}`)).statusCode, 404);
      const body = `/oparl/v1/body/${t.fixture.bodyId}`;
      const [counts] = await queryRows(
        t.database.db,
        z.object({ items: z.number(), files: z.number() }),
        sql`select (select count(*)::int from agenda_items where body_id = ${t.fixture.bodyId} and public and deleted_at is null) as items,
          (select count(*)::int from files where body_id = ${t.fixture.bodyId} and public and deleted_at is null) as files`,
      );
      assert.ok(counts);
      for (const [list, flagged] of [
        ['agenda-item', counts.items],
        ['file', counts.files],
      ] as const) {
        for (const query of ['', `?modified_since=${encodeURIComponent('2000-01-01T00:00:00+01:00')}`]) {
          const r = await get(`${body}/${list}${query}`);
          assert.equal(r.statusCode, 200);
          assert.doesNotMatch(r.body, leakPattern, `${list}${query}`);
          assert.ok(!r.body.includes(`/agenda-item/${itemId}"`) && !r.body.includes(`/file/${fileId}"`), `${list}${query}`);
          const total = (JSON.parse(r.body) as { pagination: { totalElements: number } }).pagination.totalElements;
          // flagged public: the item and its file are among them, but not counted
          if (!query) assert.equal(total, flagged - 1, `${list}: counted`);
        }
      }
      const papers = await get(`${body}/paper`);
      assert.doesNotMatch(papers.body, leakPattern);
    });

    it('still shows it to who is entitled: the Gremium member through the session, the Sachbearbeitung through the paper', async () => {
      for (const who of [accounts.entitled, accounts.staff] as const) {
        const member = new Browser(t.app);
        await member.login(who);
        const item = await member.get(`/tagesordnungspunkte/${itemId}`);
        assert.equal(item.statusCode, 200, who);
        assert.ok(item.body.includes(TITLE) && item.body.includes(RESOLUTION), who);
        assert.equal((await member.get(`/dateien/${fileId}/lageplan-kaengurudorf.pdf`)).statusCode, 200, `${who}: file`);
        const hits = await searchJson(member, TITLE_WORD);
        assert.ok(
          hits.hits.some((h) => h.url === `/tagesordnungspunkte/${itemId}`),
          `${who}: search`,
        );
      }
      const member = new Browser(t.app);
      await member.login(accounts.entitled);
      const page = await member.get(`/sitzungen/${meeting()}`);
      assert.ok(page.body.includes(TITLE) && page.body.includes(RESOLUTION));
      assert.ok(page.body.includes(`id="top-${itemId}"`));
    });

    it('hides it from a member of another committee', async () => {
      const other = new Browser(t.app);
      await other.login(accounts.otherCommittee);
      assert.equal((await other.get(`/tagesordnungspunkte/${itemId}`)).statusCode, 404);
      assert.doesNotMatch((await other.get(`/sitzungen/${meeting()}`)).body, leakPattern);
      assert.equal((await searchJson(other, TITLE_WORD)).total, 0);
    });

    it('follows the paper back: public again, the item and its file are public again', async () => {
      await t.importPapers(publicVersion);
      assert.equal((await t.app.inject(`/tagesordnungspunkte/${itemId}`)).statusCode, 200);
      assert.equal((await t.app.inject(`/oparl/v1/file/${fileId}`)).statusCode, 200);
    });

    it('re-indexes the item and its file when only the paper’s flag changes (no consultation touched)', async () => {
      const anonymous = new Browser(t.app);
      assert.ok((await searchJson(anonymous, 'Kängurudorf')).total > 0, 'public again');
      await t.database.db.execute(sql`update papers set public = false where id = ${paperId}`);
      const result = await searchJson(anonymous, 'Kängurudorf');
      assert.equal(result.total, 0, JSON.stringify(result.hits));
      await t.database.db.execute(sql`update papers set public = true where id = ${paperId}`);
      const back = await searchJson(anonymous, 'Lageplan');
      assert.ok(
        back.hits.some((h) => h.url.startsWith(`/dateien/${fileId}/`)),
        JSON.stringify(back.hits),
      );
    });
  });
}
