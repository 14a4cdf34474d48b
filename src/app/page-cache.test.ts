import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/rows.ts';
import { z } from '../lib/validation.ts';
import { testEngines } from '../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../test/helpers/app.ts';
import { beschlussvorlage } from '../../test/fixtures/beschlussvorlage.ts';
import { PageCache } from './page-cache.ts';
import { nonDomainTableNames as nonDomainTables } from '../db/domain-tables.ts';

/** Waits until `check` holds; changes from other connections arrive as notifications. */
async function eventually(check: () => Promise<boolean>, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

for (const engine of testEngines()) {
  describe(`page cache (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(engine);
    });
    after(() => t.close());

    it('serves a repeated anonymous request from memory', async () => {
      const first = await t.app.inject('/vorlagen/VO-2025-246');
      assert.equal(first.headers['x-gremia-cache'], undefined);
      const second = await t.app.inject('/vorlagen/VO-2025-246');
      assert.equal(second.headers['x-gremia-cache'], 'hit');
      assert.equal(second.body, first.body);
      assert.match(String(second.headers['content-type']), /^text\/html; charset=utf-8/);
    });

    it('drops cached pages when the data changes, through the import or directly in SQL', async () => {
      await t.app.inject('/vorlagen/VO-2025-246');
      await t.importPapers({ ...beschlussvorlage, name: 'Aktionsplan in neuer Fassung' });
      await eventually(async () => (await t.app.inject('/vorlagen/VO-2025-246')).body.includes('Aktionsplan in neuer Fassung'));
      await t.app.inject('/vorlagen');
      await t.database.db.execute(sql`update papers set public = false where reference = 'VO/2025/246'`);
      await eventually(async () => (await t.app.inject('/vorlagen/VO-2025-246')).statusCode === 404);
      await eventually(async () => !(await t.app.inject('/vorlagen')).body.includes('VO/2025/246'));
      await t.database.db.execute(sql`update papers set public = true where reference = 'VO/2025/246'`);
      await eventually(async () => (await t.app.inject('/vorlagen/VO-2025-246')).statusCode === 200);
    });

    it('does not cache error pages', async () => {
      await t.app.inject('/vorlagen/VO-1999-9');
      const again = await t.app.inject('/vorlagen/VO-1999-9');
      assert.equal(again.statusCode, 404);
      assert.equal(again.headers['x-gremia-cache'], undefined);
    });

    it('announces changes from every domain table', async () => {
      const missing = await queryRows(
        t.database.db,
        z.object({ table_name: z.string() }),
        sql`select c.relname as table_name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' and c.relname <> all(${sql.param([...nonDomainTables])}::text[])
            and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'gremia_data_changed')`,
      );
      assert.deepEqual(missing, []);
    });
  });
}

describe('page cache entries', () => {
  it('expire after their maximum age, since pages depend on the clock too', () => {
    let now = 1_000;
    const cache = new PageCache(1024 * 1024, 60_000, () => now);
    cache.onStatus(true);
    const token = cache.token();
    assert.ok(token !== undefined);
    cache.set('1 host /sitzungen', token, '<p>kommende</p>', 'text/html');
    now += 59_000;
    assert.equal(cache.get('1 host /sitzungen')?.bytes.toString(), '<p>kommende</p>');
    now += 2_000;
    assert.equal(cache.get('1 host /sitzungen'), undefined);
    assert.equal(cache.size, 0);
  });

  it('are never stored while the change feed is down', () => {
    const cache = new PageCache();
    cache.onStatus(false);
    assert.equal(cache.token(), undefined);
  });
});

describe('page cache switched off', () => {
  let t: TestApp;
  before(async () => {
    const [engine] = testEngines();
    if (!engine) throw new Error('no engine');
    t = await openTestApp(engine, { PAGE_CACHE: '0' });
  });
  after(() => t.close());

  it('renders every request anew with PAGE_CACHE=0', async () => {
    await t.app.inject('/vorlagen/VO-2025-246');
    const second = await t.app.inject('/vorlagen/VO-2025-246');
    assert.equal(second.headers['x-gremia-cache'], undefined);
  });
});
