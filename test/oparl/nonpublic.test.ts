/**
 * The API shows public data only (issue: „not even as a count or a reference“): a walk over
 * every list, page and reference of a body with a non-public paper, agenda item, consultation
 * and files finds none of them – no object, no URL, no word of them, no count that includes
 * them – also among the deleted objects of `modified_since`, and also for a logged-in member
 * entitled to them (the API is stateless, OParl 2.3).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/rows.ts';
import { z } from '../../src/lib/validation.ts';
import { papers } from '../../src/modules/papers/papers.tables.ts';
import { Browser } from '../helpers/accounts.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { accounts, addNonPublicFixture, SECRET_WORD, type NonPublicFixture } from '../helpers/nonpublic-fixture.ts';
import { pathOf } from './oparl-client.ts';

const BASE = 'http://gremia.test';
const API = `${BASE}/oparl/v1`;

for (const engine of testEngines()) {
  describe(`the OParl API never shows non-public data (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    let hiddenUrls: string[];
    before(async () => {
      t = await openTestApp(engine, { PAGE_CACHE: '0' });
      f = await addNonPublicFixture(t);
      hiddenUrls = [
        `${API}/paper/${f.paper.id}`,
        `${API}/agenda-item/${f.agendaItems.nonPublicItem}`,
        `${API}/consultation/${f.consultation}`,
        ...[f.files.paperAttachment, f.files.agendaItemFile, f.files.protocol, f.files.publicPaperSecretAttachment].flatMap((id) => [
          `${API}/file/${id}`,
          `${BASE}/dateien/${id}/`,
        ]),
      ];
    });
    after(() => t.close());

    /** Every URL of the API reachable from the System object, with each answer's body. */
    async function walk(get: (path: string) => Promise<{ statusCode: number; body: string }>, query = ''): Promise<Map<string, string>> {
      const seen = new Map<string, string>();
      const queue = [`${API}/system`];
      while (queue.length) {
        const url = queue.shift() as string;
        if (seen.has(url)) continue;
        const r = await get(pathOf(url, BASE));
        assert.equal(r.statusCode, 200, url);
        seen.set(url, r.body);
        for (const match of r.body.matchAll(/"(http:\/\/gremia\.test\/oparl\/v1\/[^"]+)"/g)) {
          let next = match[1] as string;
          // lists also with the changes query, so that deleted objects are walked too
          if (query && /\/body\/\d+\/[a-z-]+$|\/organization\/\d+\/(meeting|consultation)$/.test(next)) next = `${next}?${query}`;
          if (!seen.has(next)) queue.push(next);
        }
      }
      return seen;
    }

    function assertNothingHidden(answers: Map<string, string>, label: string) {
      assert.ok(answers.size > 20, `${label}: walked ${answers.size} URLs`);
      for (const [url, body] of answers) {
        assert.ok(!body.toLowerCase().includes(SECRET_WORD.toLowerCase()), `${label}: ${url} contains a non-public word`);
        for (const hidden of hiddenUrls) assert.ok(!body.includes(`"${hidden}`), `${label}: ${url} references ${hidden}`);
      }
    }

    it('finds nothing non-public anywhere an anonymous client can walk', async () => {
      const answers = await walk((path) => t.app.inject({ method: 'GET', url: path }));
      assertNothingHidden(answers, 'anonymous');
      assert.ok(
        [...answers.keys()].some((u) => u.includes(`/meeting/${f.meetings.sozialFuture}`)),
        'the session with the non-public item is there',
      );
    });

    it('counts only public objects', async () => {
      const [counts] = await queryRows(
        t.database.db,
        z.object({ papers: z.number(), items: z.number(), consultations: z.number(), sozial: z.number() }),
        sql`select (select count(*)::int from papers where public and deleted_at is null) as papers,
          (select count(*)::int from agenda_items where public and deleted_at is null) as items,
          (select count(*)::int from consultations c join papers p on p.id = c.paper_id where p.public and c.deleted_at is null) as consultations,
          (select count(*)::int from consultations c join papers p on p.id = c.paper_id
            where p.public and c.deleted_at is null and c.organization_id = ${f.organizations.sozial}) as sozial`,
      );
      assert.ok(counts);
      const total = async (path: string) => {
        const r = await t.app.inject({ method: 'GET', url: path });
        return (JSON.parse(r.body) as { pagination: { totalElements: number } }).pagination.totalElements;
      };
      const body = `/oparl/v1/body/${t.fixture.bodyId}`;
      assert.equal(await total(`${body}/paper`), counts.papers);
      assert.equal(await total(`${body}/agenda-item`), counts.items);
      assert.equal(await total(`${body}/consultation`), counts.consultations);
      assert.equal(
        await total(`/oparl/v1/organization/${f.organizations.sozial}/consultation`),
        counts.sozial,
        'the committee also advises on the non-public paper',
      );
      const meeting = JSON.parse((await t.app.inject({ method: 'GET', url: `/oparl/v1/meeting/${f.meetings.sozialFuture}` })).body) as {
        agendaItem: { order: number }[];
      };
      assert.deepEqual(
        meeting.agendaItem.map((i) => i.order),
        [0],
        'order counts the public items only',
      );
    });

    it('answers every hidden object with 404, also to a logged-in member entitled to it', async () => {
      const member = new Browser(t.app);
      await member.login(accounts.entitled);
      assert.equal((await member.get(`/vorlagen/${f.paper.slug}`)).statusCode, 200, 'the member sees the paper on the portal');
      for (const url of hiddenUrls.filter((u) => u.startsWith(API))) {
        assert.equal((await t.app.inject({ method: 'GET', url: pathOf(url, BASE) })).statusCode, 404, url);
        assert.equal((await member.get(pathOf(url, BASE))).statusCode, 404, `member: ${url}`);
      }
      const answers = await walk((path) => member.get(path));
      assertNothingHidden(answers, 'member');
    });

    it('lists no deleted non-public object among the changes', async () => {
      await t.database.db.update(papers).set({ deletedAt: new Date() }).where(eq(papers.id, f.paper.id));
      await t.database.db.execute(sql`update consultations set deleted_at = now() where id = ${f.consultation}`);
      await t.database.db.execute(sql`update agenda_items set deleted_at = now() where id = ${f.agendaItems.nonPublicItem}`);
      // and a public one, which the changes must show
      await t.database.db.execute(sql`update meetings set deleted_at = now() where id = ${t.fixture.meetings.kreistagFuture}`);
      const answers = await walk((path) => t.app.inject({ method: 'GET', url: path }), `modified_since=${encodeURIComponent('2000-01-01T00:00:00+01:00')}`);
      assertNothingHidden(answers, 'changes');
      assert.ok(
        [...answers.values()].some((b) => b.includes('"deleted":true')),
        'the walk saw deleted objects',
      );
    });
  });
}
