import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { testEngines } from '../../../test/helpers/db.ts';
import { createTestBody } from '../../../test/helpers/fixtures.ts';
import { createTestAccount } from '../../../test/helpers/accounts.ts';
import type { Database } from '../../db/client.ts';
import { users } from './auth.tables.ts';
import { createSession, findSession, SESSION_IDLE_MS, SESSION_MAX_MS } from './sessions.ts';

const hour = 60 * 60 * 1000;

for (const engine of testEngines()) {
  describe(`sessions (${engine.name})`, () => {
    let database: Database;
    let bodyId = 0;
    let otherBodyId = 0;
    let userId = 0;
    before(async () => {
      database = await engine.open();
      bodyId = (await createTestBody(database.db)).bodyId;
      otherBodyId = (await createTestBody(database.db, 'stadt-test', 'Stadt Testdorf')).bodyId;
      userId = (await createTestAccount(database.db, bodyId, { email: 'sitzung@kreis-test.de', roles: [] })).id;
    });
    after(() => database.close());

    it('end after 12 hours without a request, but live on while used', async () => {
      const start = new Date('2026-05-04T08:00:00Z');
      const token = await createSession(database.db, userId, start);
      assert.ok(await findSession(database.db, bodyId, token, new Date(start.getTime() + 11 * hour)));
      assert.ok(await findSession(database.db, bodyId, token, new Date(start.getTime() + 22 * hour)), 'the request at 11 h extended it');
      assert.equal(await findSession(database.db, bodyId, token, new Date(start.getTime() + 22 * hour + SESSION_IDLE_MS + 1)), undefined);
    });

    it('end 7 days after login however busy they are', async () => {
      const start = new Date('2026-06-01T08:00:00Z');
      const token = await createSession(database.db, userId, start);
      for (let t = 0; t < SESSION_MAX_MS; t += 6 * hour)
        assert.ok(await findSession(database.db, bodyId, token, new Date(start.getTime() + t)), `at ${t / hour} h`);
      assert.equal(await findSession(database.db, bodyId, token, new Date(start.getTime() + SESSION_MAX_MS + hour)), undefined);
    });

    it('count only on their own body, and not for a disabled account', async () => {
      const now = new Date();
      const token = await createSession(database.db, userId, now);
      assert.equal(await findSession(database.db, otherBodyId, token, now), undefined);
      await database.db.update(users).set({ disabled: true }).where(eq(users.id, userId));
      assert.equal(await findSession(database.db, bodyId, token, now), undefined);
      await database.db.update(users).set({ disabled: false }).where(eq(users.id, userId));
    });

    it('do not accept a malformed or unknown token', async () => {
      assert.equal(await findSession(database.db, bodyId, "x' or 1=1 --", new Date()), undefined);
      assert.equal(await findSession(database.db, bodyId, 'A'.repeat(43), new Date()), undefined);
    });
  });
}
