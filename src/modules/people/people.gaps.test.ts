import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { addBackOfficeFixture, today, type BackOfficeFixture } from './backoffice.fixture.ts';
import { organizationsWithoutMembers, personsWithoutCurrentMembership } from './index.ts';

for (const engine of testEngines()) {
  describe(`gaps for „Meine Aufgaben“ (${engine.name})`, () => {
    let t: TestApp;
    let f: BackOfficeFixture;
    before(async () => {
      t = await openTestApp(engine);
      f = await addBackOfficeFixture(t);
    });
    after(() => t.close());

    it('names the Gremien nobody sits in today, not Fraktionen, units or dissolved Gremien', async () => {
      const db = t.database.db;
      const { finanz, kommission } = f.people.organizations;
      assert.deepEqual(await organizationsWithoutMembers(db, t.fixture.bodyId, today()), {
        items: [
          { id: finanz, name: 'Finanzausschuss' },
          { id: kommission, name: 'Kommission für Partnerschaften' },
        ],
        total: 2,
      });
      await db.execute(sql`update organizations set end_date = '2020-12-31' where id = ${kommission}`);
      await db.execute(
        sql`insert into memberships (body_id, person_id, organization_id, role, start_date, end_date) values (${t.fixture.bodyId}, ${f.people.persons.ehlers}, ${finanz}, 'Mitglied', '2019-01-01', '2020-01-01')`,
      );
      assert.deepEqual(await organizationsWithoutMembers(db, t.fixture.bodyId, today()), { items: [{ id: finanz, name: 'Finanzausschuss' }], total: 1 });
      assert.equal(
        (await organizationsWithoutMembers(db, t.fixture.bodyId, '2019-06-01')).items.some((g) => g.id === finanz),
        false,
        'on a day Ehlers sat there',
      );
    });

    it('names the persons without a membership today, at most fifty with the full count', async () => {
      const db = t.database.db;
      assert.deepEqual(await personsWithoutCurrentMembership(db, t.fixture.bodyId, today()), {
        items: [{ id: f.people.persons.ehlers, name: 'Maren Ehlers' }],
        total: 1,
      });
      for (let i = 1; i <= 55; i++)
        await db.execute(sql`insert into persons (body_id, family_name) values (${t.fixture.bodyId}, ${`Zett ${String(i).padStart(2, '0')}`})`);
      const gaps = await personsWithoutCurrentMembership(db, t.fixture.bodyId, today());
      assert.equal(gaps.total, 56);
      assert.equal(gaps.items.length, 50);
      assert.deepEqual(
        gaps.items.slice(0, 2).map((p) => p.name),
        ['Maren Ehlers', 'Zett 01'],
      );
    });
  });
}
