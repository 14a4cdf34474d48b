/** The audit log and the account form say in German, and truthfully, what they mean. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { Browser, createTestAccount } from '../../../test/helpers/accounts.ts';
import { describeDetail } from './audit-log.ts';
import { auditNonPublicFileAccess, type AuditDetail } from './audit.ts';

const noNames = { accounts: new Map<number, string>(), organizations: new Map<number, string>() };

describe('audit detail wording', () => {
  it('gives every key an entry may carry a German label, never the key itself', () => {
    const every: Required<AuditDetail> = {
      account: 3,
      role: 'sitzungsdienst',
      organizationId: 4,
      reason: 'falsches Passwort',
      secondFactor: true,
      until: '2026-12-07T10:00:00.000Z',
      unlocked: true,
      invitation: true,
      file: 12,
      via: 'zip',
      meeting: 144,
      groups: 58,
      defaults: true,
      page: 'impressum',
      version: 2,
      record: 'organization:9',
      label: 'Jugendhilfeausschuss',
      changes: [{ field: 'Kurzname', before: 'JHA', after: 'JuHA' }],
      by: 'Anna Admin',
    };
    const text = describeDetail(every, noNames);
    for (const key of Object.keys(every)) assert.doesNotMatch(text, new RegExp(`\\b${key}\\b`), `${key} in „${text}“`);
    assert.match(text, /Datei: Nr\. 12; im ZIP-Archiv einer Sitzung; Sitzung: Nr\. 144/);
    assert.doesNotMatch(text, /\bzip\b|meeting|über/);
    assert.match(text, /Datensatz: Gremium Nr\. 9; Name: Jugendhilfeausschuss; Änderungen: Kurzname; durch: Anna Admin/);
  });

  it('names a single download in German too', () => {
    assert.equal(describeDetail({ file: 5, via: 'download' }, noNames), 'Datei: Nr. 5; einzeln heruntergeladen');
  });
});

for (const engine of testEngines()) {
  describe(`audit log and account form wording (${engine.name})`, () => {
    let t: TestApp;
    let browser: Browser;
    before(async () => {
      t = await openTestApp(engine);
      await createTestAccount(t.database.db, t.fixture.bodyId, {
        email: 'admin@kreis-test.de',
        displayName: 'Anna Admin',
        roles: [{ role: 'administration', organizationId: null }],
      });
      browser = new Browser(t.app);
      await browser.login('admin@kreis-test.de');
    });
    after(() => t.close());

    it('shows a non-public file taken in a session’s ZIP archive in German words', async () => {
      const viewer = { kind: 'administration' } as const;
      await auditNonPublicFileAccess(t.database.db, { bodyId: t.fixture.bodyId, viewer, ip: '127.0.0.1', fileId: 7, via: 'zip', meetingId: 144 });
      const page = await browser.get('/verwaltung/protokoll?ereignis=file.non-public-access');
      assert.equal(page.statusCode, 200);
      assert.match(
        page.body,
        /<td[^>]*>Zugriff auf nichtöffentliche Datei<\/td>.*<td[^>]*>Datei: Nr\. 7; im ZIP-Archiv einer Sitzung; Sitzung: Nr\. 144<\/td>/s,
      );
      assert.doesNotMatch(page.body, /über: zip|meeting: 144/);
    });

    it('says what Sachbearbeitung sees, not that it writes papers', async () => {
      const form = await browser.get('/verwaltung/konten/neu');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /Sieht die nichtöffentlichen Vorlagen, für die diese Organisationseinheiten federführend sind/);
      assert.doesNotMatch(form.body, /Schreibt Vorlagen/);
    });
  });
}
