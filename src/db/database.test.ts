import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { createTestBody, tempDir } from '../../test/helpers/fixtures.ts';
import { testEngines } from '../../test/helpers/db.ts';
import { anonymous } from '../access/index.ts';
import { createBody } from '../modules/bodies/index.ts';
import { findPaperPage } from '../modules/papers/index.ts';
import { papers } from '../modules/papers/papers.tables.ts';
import { DatabaseLockedError, openDatabase, type Database } from './client.ts';
import { nonDomainTableNames as nonDomainTables } from './domain-tables.ts';
import { queryRows } from './rows.ts';
import { z } from '../lib/validation.ts';

for (const engine of testEngines()) {
  describe(`database (${engine.name})`, () => {
    let database: Database;
    before(async () => {
      database = await engine.open();
    });
    after(() => database.close());

    it('applies migrations idempotently', async () => {
      await database.migrate();
      const tables = await queryRows(
        database.db,
        z.object({ n: z.number() }),
        sql`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name in
          ('bodies','legislative_terms','organizations','persons','memberships','meetings','agenda_items','papers',
           'paper_sections','consultations','files','locations','meeting_files','paper_files','agenda_item_files')`,
      );
      assert.equal(tables[0]?.n, 15);
    });

    it('gives every domain row created, modified, deleted_at and (but bodies) a body', async () => {
      const rows = await queryRows(
        database.db,
        z.object({ table_name: z.string(), columns: z.array(z.string()) }),
        sql`select table_name, array_agg(column_name::text order by column_name) as columns from information_schema.columns
          where table_schema = 'public' group by table_name`,
      );
      assert.ok(rows.length >= 18);
      for (const row of rows) {
        if ((nonDomainTables as readonly string[]).includes(row.table_name)) continue;
        for (const column of ['created', 'modified', 'deleted_at']) assert.ok(row.columns.includes(column), `${row.table_name}.${column}`);
        if (row.table_name !== 'bodies') assert.ok(row.columns.includes('body_id'), `${row.table_name}.body_id`);
      }
    });

    it('keeps references unique per body, but lets two bodies use the same one', async () => {
      const a = await createTestBody(database.db, 'kreis-a', 'Kreis A');
      const b = await createBody(database.db, { key: 'stadt-b', name: 'Stadt B' });
      const paper = { reference: 'VO/2025/1', slug: 'VO-2025-1', name: 'Haushaltssatzung', paperType: 'Beschlussvorlage' };
      await database.db.insert(papers).values({ bodyId: a.bodyId, ...paper });
      await database.db.insert(papers).values({ bodyId: b.id, ...paper });
      await assert.rejects(database.db.insert(papers).values({ bodyId: a.bodyId, ...paper }), (err: unknown) => {
        const cause = err instanceof Error ? err.cause : undefined;
        assert.ok(cause && typeof cause === 'object' && 'code' in cause && cause.code === '23505', String(cause));
        return true;
      });
    });

    it('hides a soft-deleted paper and stamps modified on change', async () => {
      const body = await createBody(database.db, { key: 'gemeinde-c', name: 'Gemeinde C' });
      const [row] = await database.db
        .insert(papers)
        .values({ bodyId: body.id, reference: 'MV/1', slug: 'MV-1', name: 'Bericht', paperType: 'Mitteilungsvorlage' })
        .returning();
      assert.ok(row);
      assert.ok(await findPaperPage(database.db, body.id, anonymous, 'MV-1'));
      await new Promise((r) => setTimeout(r, 5));
      const [updated] = await database.db.update(papers).set({ deletedAt: new Date() }).where(eq(papers.id, row.id)).returning();
      assert.ok(updated && updated.modified > row.modified);
      assert.equal(await findPaperPage(database.db, body.id, anonymous, 'MV-1'), undefined);
    });

    it('stores times with their zone: a Berlin evening session stays on its day', async () => {
      const [row] = await queryRows(
        database.db,
        z.object({ day: z.string() }),
        sql`select (timestamptz '2025-06-03T21:30:00Z' at time zone 'Europe/Berlin')::date::text as day`,
      );
      assert.equal(row?.day, '2025-06-03');
    });
  });
}

describe('embedded database directory', () => {
  it('is locked against a second process and reopens after close', async () => {
    const dir = path.join(await tempDir(), 'db');
    const first = await openDatabase({ kind: 'pglite', dir });
    await assert.rejects(openDatabase({ kind: 'pglite', dir }), DatabaseLockedError);
    await first.migrate();
    await first.close();
    const again = await openDatabase({ kind: 'pglite', dir });
    await again.migrate();
    const [row] = await queryRows(again.db, z.object({ n: z.number() }), sql`select count(*)::int as n from bodies`);
    assert.equal(row?.n, 0);
    await again.close();
  });
});
