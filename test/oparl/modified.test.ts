/**
 * OParl 3.1 `modified` and 2.8 (last paragraph): every change of an object moves its
 * `modified`, and so does every change of an object embedded in it or of the references it
 * lists, or a client that syncs with modified_since misses it. Migration 0004's triggers do
 * this in the database, for every writer.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/rows.ts';
import { z } from '../../src/lib/validation.ts';
import { addNonPublicFixture, type NonPublicFixture } from '../helpers/nonpublic-fixture.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';

const OLD = '2020-01-01T00:00:00Z';
const tables = ['papers', 'meetings', 'agenda_items', 'files', 'persons', 'organizations', 'consultations', 'memberships', 'locations', 'bodies'];

for (const engine of testEngines()) {
  describe(`modified moves with every change (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    before(async () => {
      t = await openTestApp(engine, { PAGE_CACHE: '0' });
      f = await addNonPublicFixture(t);
    });
    after(() => t.close());
    // every row starts old, so a change shows as a newer modified
    beforeEach(async () => {
      for (const table of tables) await t.database.db.execute(sql`update ${sql.raw(table)} set modified = ${OLD}::timestamptz`);
    });

    const modifiedOf = async (table: string, id: number) => {
      const [row] = await queryRows(
        t.database.db,
        z.object({ modified: z.union([z.date(), z.string()]) }),
        sql`select modified from ${sql.raw(table)} where id = ${id}`,
      );
      assert.ok(row, `${table} ${id}`);
      return new Date(row.modified).toISOString();
    };
    const isOld = async (table: string, id: number) => (await modifiedOf(table, id)) === new Date(OLD).toISOString();

    it('sets modified on an update that forgot it', async () => {
      await t.database.db.execute(sql`update papers set name = name || ' (geändert)' where id = ${f.paper.id}`);
      assert.equal(await isOld('papers', f.paper.id), false);
    });

    it('carries a changed agenda item up to its meeting (Meeting.agendaItem is embedded)', async () => {
      await t.database.db.execute(sql`update agenda_items set result = 'vertagt' where id = ${f.agendaItems.publicItem}`);
      const item = await modifiedOf('agenda_items', f.agendaItems.publicItem);
      assert.equal(await modifiedOf('meetings', f.meetings.sozialFuture), item);
    });

    it('carries a changed file up to the papers, agenda items and meetings that embed it, and on to the meeting', async () => {
      await t.database.db.execute(
        sql`update files set name = name || ' (neu)' where id in (${f.files.paperAttachment}, ${f.files.agendaItemFile}, ${f.files.publicFile})`,
      );
      assert.equal(await isOld('papers', f.paper.id), false, 'paper of the main file');
      assert.equal(await isOld('agenda_items', f.agendaItems.nonPublicItem), false, 'agenda item of the attachment');
      assert.equal(await isOld('meetings', f.meetings.sozialFuture), false, 'meeting of the invitation and of the agenda item');
    });

    it('carries a new or deleted step of the Beratungsfolge up to the paper and to the agenda item that references it', async () => {
      await t.database.db.execute(sql`update consultations set deleted_at = now() where id = ${f.consultation}`);
      assert.equal(await isOld('papers', f.paper.id), false);
      assert.equal(await isOld('agenda_items', f.agendaItems.nonPublicItem), false, 'AgendaItem.consultation changed');
    });

    it('moves a person with a changed membership, the organisation only when the link itself changes', async () => {
      const [m] = await queryRows(
        t.database.db,
        z.object({ id: z.number(), person_id: z.number(), organization_id: z.number() }),
        sql`select id, person_id, organization_id from memberships where person_id = ${f.persons.entitled} limit 1`,
      );
      assert.ok(m);
      await t.database.db.execute(sql`update memberships set role = 'Mitglied' where id = ${m.id}`);
      assert.equal(await isOld('persons', m.person_id), false, 'Person.membership is embedded');
      assert.equal(await isOld('organizations', m.organization_id), true, 'Organization.membership only lists the URL');
      await t.database.db.execute(sql`update memberships set deleted_at = now() where id = ${m.id}`);
      assert.equal(await isOld('organizations', m.organization_id), false, 'a removed membership changes the list');
    });

    it('carries a changed location to its meetings and organisations, and a new Wahlperiode to the body', async () => {
      const [loc] = await queryRows(
        t.database.db,
        z.object({ id: z.number() }),
        sql`insert into locations (body_id, description) values (${f.bodyId}, 'Kreishaus, Raum 101') returning id`,
      );
      assert.ok(loc);
      await t.database.db.execute(sql`update meetings set location_id = ${loc.id} where id = ${f.meetings.sozialFuture}`);
      await t.database.db.execute(sql`update meetings set modified = ${OLD}::timestamptz where id = ${f.meetings.sozialFuture}`);
      await t.database.db.execute(sql`update locations set room = 'Raum 102' where id = ${loc.id}`);
      assert.equal(await isOld('meetings', f.meetings.sozialFuture), false);
      await t.database.db.execute(sql`insert into legislative_terms (body_id, name, start_date) values (${f.bodyId}, 'Wahlperiode 2028–2033', '2028-06-01')`);
      assert.equal(await isOld('bodies', f.bodyId), false);
    });

    it('never moves a parent back in time when older data is written', async () => {
      await t.database.db.execute(sql`update papers set modified = '2030-01-01T00:00:00Z' where id = ${f.paper.id}`);
      await t.database.db.execute(sql`update consultations set modified = '2024-01-01T00:00:00Z', role = 'Vorberatung' where id = ${f.consultation}`);
      assert.equal(await modifiedOf('papers', f.paper.id), '2030-01-01T00:00:00.000Z');
    });
  });
}
