import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { files } from '../../src/modules/files/files.tables.ts';
import { Browser } from '../helpers/accounts.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { accounts, addNonPublicFixture, type NonPublicFixture } from '../helpers/nonpublic-fixture.ts';

for (const engine of testEngines()) {
  describe(`/verwaltung/texterkennung (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    before(async () => {
      t = await openTestApp(engine, { PAGE_CACHE: '0' });
      f = await addNonPublicFixture(t);
      await t.database.db
        .update(files)
        .set({ textState: 'failed', textError: 'Die PDF-Datei ist beschädigt.', textAttempts: 4 })
        .where(eq(files.id, f.files.publicFile));
    });
    after(() => t.close());

    test('die Verwaltung sieht gescheiterte Dateien mit Grund und stößt sie erneut an', async () => {
      const admin = new Browser(t.app);
      await admin.login(accounts.admin);
      const page = await admin.get('/verwaltung/texterkennung');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /gescheitert: <strong>1<\/strong>/);
      assert.match(page.body, /Die PDF-Datei ist beschädigt\./);
      const retried = await admin.post('/verwaltung/texterkennung/wiederholen', {});
      assert.equal(retried.statusCode, 303);
      assert.equal(retried.headers.location, '/verwaltung/texterkennung?wiederholt=1');
      const [row] = await t.database.db.select().from(files).where(eq(files.id, f.files.publicFile));
      assert.equal(row?.textState, 'pending');
      assert.equal(row?.textError, null);
    });

    test('Mitglieder und Anonyme sehen die Seite nicht', async () => {
      const member = new Browser(t.app);
      await member.login(accounts.entitled);
      assert.notEqual((await member.get('/verwaltung/texterkennung')).statusCode, 200);
      assert.notEqual((await t.app.inject('/verwaltung/texterkennung')).statusCode, 200);
    });
  });
}
