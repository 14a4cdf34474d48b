import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { testEngines } from '../../test/helpers/db.ts';
import type { Database } from './client.ts';
import { allTableNames, domainTableNames, nonDomainTableNames } from './domain-tables.ts';
import { queryRows } from './rows.ts';
import { z } from '../lib/validation.ts';

const tableRow = z.object({ table_name: z.string() });

for (const engine of testEngines()) {
  describe(`domain tables read off the schema (${engine.name})`, () => {
    let database: Database;
    before(async () => {
      database = await engine.open();
    });
    after(() => database.close());

    it('are the tables the migrations give a change trigger, no more and no fewer', async () => {
      const triggered = await queryRows(
        database.db,
        tableRow,
        sql`select distinct c.relname as table_name from pg_trigger g join pg_class c on c.oid = g.tgrelid
          join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and g.tgname = 'gremia_data_changed'
          order by 1`,
      );
      assert.deepEqual(
        triggered.map((r) => r.table_name),
        [...domainTableNames],
      );
    });

    it('cover every table the migrations create, so no table escapes the classification', async () => {
      const created = await queryRows(
        database.db,
        tableRow,
        sql`select c.relname as table_name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
      );
      assert.deepEqual(
        created.map((r) => r.table_name),
        [...allTableNames],
      );
      assert.ok(nonDomainTableNames.includes('users') && nonDomainTableNames.includes('search_entries'));
      assert.ok(domainTableNames.includes('papers') && !domainTableNames.includes('private_notes'));
    });
  });
}
