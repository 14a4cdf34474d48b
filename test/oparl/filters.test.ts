/**
 * OParl 2.5 „Filter“ and „Der Aktualisierungsmechanismus“, 2.8 „Gelöschte Objekte“
 * (https://oparl.org/spezifikation/online-ansicht/#filter, #aktualisierungsmechanismus,
 * #geloeschte-objekte): created/modified since/until on every external list, the links that
 * carry them on, `limit`, and deleted objects exactly when `modified_since` asks for changes –
 * never a deleted object the public could not see before.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { consultations, papers } from '../../src/modules/papers/papers.tables.ts';
import { meetings } from '../../src/modules/meetings/meetings.tables.ts';
import { MAX_PAGE_SIZE } from '../../src/modules/oparl/index.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { getAll, getJson, getList, type JsonObject } from './oparl-client.ts';

const BASE = 'http://gremia.test';
const at = (iso: string) => new Date(iso);
const q = (value: string) => encodeURIComponent(value);

for (const engine of testEngines()) {
  describe(`OParl list filters and deleted objects (${engine.name})`, () => {
    let t: TestApp;
    const ids: Record<'january' | 'february' | 'deletedPublic' | 'deletedHidden' | 'hidden' | 'importedToday', number> = {
      january: 0,
      february: 0,
      deletedPublic: 0,
      deletedHidden: 0,
      hidden: 0,
      importedToday: 0,
    };
    let list: string;

    before(async () => {
      t = await openTestApp(engine, { PAGE_CACHE: '0' });
      const bodyId = t.fixture.bodyId;
      list = `/oparl/v1/body/${bodyId}/paper`;
      const paper = async (reference: string, values: Partial<typeof papers.$inferInsert>) => {
        const [row] = await t.database.db
          .insert(papers)
          .values({ bodyId, reference, slug: reference.replaceAll('/', '-'), name: `Vorlage ${reference}`, paperType: 'Mitteilungsvorlage', ...values })
          .returning({ id: papers.id });
        assert.ok(row);
        return row.id;
      };
      ids.january = await paper('MV/2025/1', { created: at('2025-01-10T10:00:00Z'), modified: at('2025-01-10T10:00:00Z') });
      // a fraction of a second that OParl's date-time format does not show
      ids.february = await paper('MV/2025/2', { created: at('2025-02-10T10:00:00Z'), modified: at('2025-03-01T12:00:00.600Z') });
      ids.deletedPublic = await paper('MV/2025/3', {
        created: at('2025-02-15T10:00:00Z'),
        modified: at('2025-03-05T08:00:00Z'),
        deletedAt: at('2025-03-05T08:00:00Z'),
      });
      ids.deletedHidden = await paper('MV/2025/4', {
        public: false,
        created: at('2025-02-16T10:00:00Z'),
        modified: at('2025-03-06T08:00:00Z'),
        deletedAt: at('2025-03-06T08:00:00Z'),
      });
      ids.hidden = await paper('MV/2025/5', { public: false, created: at('2025-02-17T10:00:00Z'), modified: at('2025-03-07T08:00:00Z') });
      const [imported] = await t.database.db.select({ id: papers.id }).from(papers).where(eq(papers.reference, 'VO/2025/246'));
      assert.ok(imported);
      ids.importedToday = imported.id;
    });
    after(() => t.close());

    const idOf = (o: JsonObject) => Number(String(o.id).split('/').pop());
    const listed = async (query: string) => (await getAll(t.app, BASE, `${list}?${query}`)).objects.map(idOf).sort((a, b) => a - b);

    it('created_since and created_until select by creation, inclusive to the second (2.5 Filter)', async () => {
      assert.deepEqual(
        await listed(`created_since=${q('2025-02-01T00:00:00+01:00')}`),
        [ids.february, ids.importedToday].sort((a, b) => a - b),
      );
      assert.deepEqual(await listed(`created_until=${q('2025-01-31T23:59:59+01:00')}`), [ids.january]);
      assert.deepEqual(await listed(`created_since=${q('2025-01-10T11:00:00+01:00')}&created_until=${q('2025-01-10T11:00:00+01:00')}`), [ids.january]);
    });

    it('modified_until includes the second it names, although the stored time has fractions (2.4, 2.5)', async () => {
      assert.deepEqual(await listed(`modified_until=${q('2025-03-01T13:00:00+01:00')}`), [ids.january, ids.february]);
      assert.deepEqual(await listed(`modified_until=${q('2025-03-01T12:59:59+01:00')}`), [ids.january]);
    });

    it('lists deleted public objects as deleted when modified_since is set, and only then (2.5, 2.8)', async () => {
      const page = await getList(t.app, `${list}?modified_since=${q('2025-03-01T13:00:00+01:00')}`);
      const byId = new Map(page.data.map((o) => [idOf(o), o]));
      assert.deepEqual(
        [...byId.keys()].sort((a, b) => a - b),
        [ids.february, ids.deletedPublic, ids.importedToday].sort((a, b) => a - b),
      );
      assert.deepEqual(byId.get(ids.deletedPublic), {
        id: `${BASE}/oparl/v1/paper/${ids.deletedPublic}`,
        type: 'https://schema.oparl.org/1.1/Paper',
        created: '2025-02-15T11:00:00+01:00',
        modified: '2025-03-05T09:00:00+01:00',
        deleted: true,
      });
      assert.equal(byId.get(ids.february)?.deleted, undefined);
      assert.ok(!(await listed('limit=100')).includes(ids.deletedPublic), 'without modified_since no deleted object');
    });

    it('never lists a non-public paper, deleted or not, and never counts it (2.8, Gremia: public data only)', async () => {
      for (const query of [
        'limit=100',
        `modified_since=${q('2000-01-01T00:00:00+01:00')}`,
        `created_since=${q('2025-02-16T00:00:00+01:00')}&modified_since=${q('2025-03-06T00:00:00+01:00')}`,
      ]) {
        const all = await getAll(t.app, BASE, `${list}?${query}`);
        const found = all.objects.map(idOf);
        assert.ok(!found.includes(ids.deletedHidden) && !found.includes(ids.hidden), query);
        assert.equal(all.pages[0]?.pagination.totalElements, found.length, query);
      }
      assert.equal((await getJson(t.app, `/oparl/v1/paper/${ids.deletedHidden}`)).status, 404);
      assert.equal((await getJson(t.app, `/oparl/v1/paper/${ids.hidden}`)).status, 404);
    });

    it('answers a deleted object at its own URL with 200 and deleted: true (2.8)', async () => {
      const r = await getJson(t.app, `/oparl/v1/paper/${ids.deletedPublic}`);
      assert.equal(r.status, 200);
      assert.equal(r.body.deleted, true);
      assert.deepEqual(Object.keys(r.body).sort(), ['created', 'deleted', 'id', 'modified', 'type']);
    });

    it('carries every filter and the limit on in first, prev, next and last, and the pages add up (2.5 Paginierung)', async () => {
      const query = `created_since=${q('2025-01-01T00:00:00+01:00')}&modified_since=${q('2025-01-01T00:00:00+01:00')}&limit=1`;
      const { objects, pages } = await getAll(t.app, BASE, `${list}?${query}`);
      assert.equal(pages.length, 4);
      assert.equal(objects.length, 4, 'january, february, the deleted one and the imported paper');
      assert.equal(new Set(objects.map(idOf)).size, 4);
      pages.forEach((page, index) => {
        assert.equal(page.pagination.currentPage, index + 1);
        assert.equal(page.pagination.totalPages, 4);
        assert.equal(page.pagination.totalElements, 4);
        assert.equal(page.pagination.elementsPerPage, 1);
        for (const link of [page.links.first, page.links.next, page.links.prev, page.links.last, page.links.self].filter(Boolean)) {
          assert.match(String(link), /created_since=2025-01-01T00%3A00%3A00%2B01%3A00/);
          assert.match(String(link), /modified_since=2025-01-01T00%3A00%3A00%2B01%3A00/);
          assert.match(String(link), /limit=1/);
        }
        assert.equal(Boolean(page.links.next), index < 3, `next on page ${index + 1}`);
        assert.equal(Boolean(page.links.prev), index > 0, `prev on page ${index + 1}`);
      });
      assert.deepEqual(
        objects.map(idOf),
        [...objects.map(idOf)].sort((a, b) => a - b),
        'stable order by id',
      );
    });

    it('keeps limit within its upper bound and gives a page past the end empty (2.5)', async () => {
      const page = await getList(t.app, `${list}?limit=100000`);
      assert.equal(page.pagination.elementsPerPage, MAX_PAGE_SIZE);
      assert.match(String(page.links.self), new RegExp(`limit=${MAX_PAGE_SIZE}`));
      const beyond = await getList(t.app, `${list}?page=50`);
      assert.deepEqual(beyond.data, []);
      assert.equal(beyond.links.next, undefined);
      assert.ok(beyond.links.first && beyond.links.last);
    });

    it('leaves out deleted embedded objects and lists them as deleted in their own list (2.5 Interne Ausgabe, 2.8)', async () => {
      const [step] = await t.database.db
        .select({ id: consultations.id, paperId: consultations.paperId })
        .from(consultations)
        .where(eq(consultations.paperId, ids.importedToday));
      assert.ok(step, 'the imported paper has a Beratungsfolge');
      const before = (await getJson(t.app, `/oparl/v1/paper/${ids.importedToday}`)).body;
      const since = new Date(Date.now() - 1000).toISOString();
      await t.database.db.update(consultations).set({ deletedAt: new Date() }).where(eq(consultations.id, step.id));
      const after = (await getJson(t.app, `/oparl/v1/paper/${ids.importedToday}`)).body;
      const stepUrl = `${BASE}/oparl/v1/consultation/${step.id}`;
      assert.ok((before.consultation as JsonObject[]).some((c) => c.id === stepUrl));
      assert.ok(!((after.consultation as JsonObject[] | undefined) ?? []).some((c) => c.id === stepUrl));
      const changes = await getList(t.app, `/oparl/v1/body/${t.fixture.bodyId}/consultation?modified_since=${q(since)}`);
      assert.deepEqual(changes.data.find((c) => c.id === stepUrl)?.deleted, true);
      const paperChanges = await getList(t.app, `${list}?modified_since=${q(since)}`);
      assert.ok(
        paperChanges.data.some((p) => p.id === `${BASE}/oparl/v1/paper/${ids.importedToday}`),
        'the paper counts as changed',
      );
    });

    it('lists a deleted meeting as deleted among the changes (2.8)', async () => {
      const since = new Date(Date.now() - 1000).toISOString();
      await t.database.db.update(meetings).set({ deletedAt: new Date() }).where(eq(meetings.id, t.fixture.meetings.kreistagFuture));
      const changes = await getList(t.app, `/oparl/v1/body/${t.fixture.bodyId}/meeting?modified_since=${q(since)}`);
      const deleted = changes.data.filter((m) => m.deleted === true).map((m) => m.id);
      assert.deepEqual(deleted, [`${BASE}/oparl/v1/meeting/${t.fixture.meetings.kreistagFuture}`]);
      const current = await getAll(t.app, BASE, `/oparl/v1/body/${t.fixture.bodyId}/meeting`);
      assert.ok(!current.objects.some((m) => m.deleted));
    });
  });
}
