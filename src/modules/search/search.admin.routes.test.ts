import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { Browser } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { accounts, addNonPublicFixture } from '../../../test/helpers/nonpublic-fixture.ts';
import { auditEvents } from '../audit/audit.tables.ts';
import { DEFAULT_SYNONYMS, synonymList } from './search.synonyms.ts';
import { textareaText } from '../../../test/helpers/html.ts';

const PAGE = '/verwaltung/synonyme';
const versionOf = (html: string) => {
  const version = /name="version" value="(\d+)"/.exec(html)?.[1];
  assert.ok(version, 'the form carries a version');
  return version;
};
/** The text of the editable field, as the browser would show it. */
const fieldText = (html: string) => {
  const text = textareaText(html, 'synonyme');
  assert.ok(text !== undefined, 'the page has the list field');
  return text;
};

for (const engine of testEngines()) {
  // with the page cache on, as in production: a saved list must not wait for cached search pages
  describe(`${PAGE} (${engine.name})`, () => {
    let t: TestApp;
    let admin: Browser;
    const stored = () => synonymList(t.database.db, t.fixture.bodyId);
    const findsSprachfoerderung = async (q: string) => {
      const page = await t.app.inject(`/suche?q=${encodeURIComponent(q)}`);
      assert.equal(page.statusCode, 200);
      return page.body.includes('href="/vorlagen/VO-2025-246"');
    };

    before(async () => {
      t = await openTestApp(engine);
      await addNonPublicFixture(t);
      admin = new Browser(t.app);
      await admin.login(accounts.admin);
    });
    after(() => t.close());

    it('zeigt der Verwaltung die Standardliste, verlinkt von der Verwaltungsseite', async () => {
      assert.match((await admin.get('/verwaltung')).body, /href="\/verwaltung\/synonyme"/);
      const page = await admin.get(PAGE);
      assert.equal(page.statusCode, 200);
      assert.equal(fieldText(page.body), DEFAULT_SYNONYMS);
      assert.match(page.body, /nutzt die Standardliste/);
      assert.equal(versionOf(page.body), '0');
    });

    it('eine gespeicherte Gruppe gilt ab der nächsten Suche, auch wenn die Suchseite zwischengespeichert war', async () => {
      assert.equal(await findsSprachfoerderung('Zauberwort'), false);
      const cached = await t.app.inject('/suche?q=Zauberwort');
      assert.equal(cached.headers['x-gremia-cache'], 'hit', 'the search page is cached before the save');
      const page = await admin.get(PAGE);
      const saved = await admin.post(PAGE, { synonyme: 'Müll, Abfall\r\nZauberwort, Sprachförderung', version: versionOf(page.body), aktion: 'speichern' });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `${PAGE}?hinweis=gespeichert`);
      const after = await admin.get(String(saved.headers.location));
      assert.match(after.body, /Die Liste ist gespeichert/);
      assert.match(after.body, /nutzt eine eigene Liste/);
      assert.equal(fieldText(after.body), 'Müll, Abfall\nZauberwort, Sprachförderung');
      assert.equal(await findsSprachfoerderung('Zauberwort'), true);
      assert.deepEqual(await stored(), { text: 'Müll, Abfall\nZauberwort, Sprachförderung', own: true, version: 1 });
    });

    it('schreibt die Änderung ins Protokoll', async () => {
      const rows = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.bodyId, t.fixture.bodyId), eq(auditEvents.event, 'search.synonyms-changed')));
      assert.equal(rows.length, 1);
      assert.deepEqual(rows[0]?.detail, { groups: 2, defaults: false, version: 1 });
      assert.match((await admin.get('/verwaltung/protokoll')).body, /Synonyme der Suche geändert/);
    });

    it('weist eine ungültige Liste mit deutscher Meldung ab und behält den Text', async () => {
      const before = await stored();
      const typed = 'Müll, Abfall\nNurEinWort\nKita, Kindertagesstätte';
      await admin.get(PAGE);
      const refused = await admin.post(PAGE, { synonyme: typed, version: String(before.version), aktion: 'speichern' });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /Zeile 2 \(„NurEinWort“\) enthält nur ein Wort/);
      assert.match(refused.body, /aria-invalid="true"/);
      assert.equal(fieldText(refused.body), typed);

      const long = 'Straße, Weg\n'.repeat(2000);
      const tooLong = await admin.post(PAGE, { synonyme: long, version: String(before.version), aktion: 'speichern' });
      assert.equal(tooLong.statusCode, 400);
      assert.match(tooLong.body, /Die Liste ist 24\.000 Zeichen lang; höchstens 20\.000 sind möglich/);
      assert.equal(fieldText(tooLong.body), long);

      const longWord = await admin.post(PAGE, { synonyme: `Bus, ${'x'.repeat(61)}`, version: String(before.version), aktion: 'speichern' });
      assert.equal(longWord.statusCode, 400);
      assert.match(longWord.body, /Zeile 1: „x+…“ ist 61 Zeichen lang; höchstens 60/);
      assert.deepEqual(await stored(), before);
    });

    it('zeigt bei gleichzeitiger Bearbeitung beide Fassungen und speichert erst beim zweiten Mal', async () => {
      const other = new Browser(t.app);
      await other.login(accounts.admin);
      const mine = await admin.get(PAGE);
      const theirs = await other.get(PAGE);
      assert.equal((await other.post(PAGE, { synonyme: 'Fremdwort, Anderswort', version: versionOf(theirs.body), aktion: 'speichern' })).statusCode, 303);
      const conflict = await admin.post(PAGE, { synonyme: 'Meinwort, Eigenwort', version: versionOf(mine.body), aktion: 'speichern' });
      assert.equal(conflict.statusCode, 409);
      assert.match(conflict.body, /Inzwischen gespeicherter Stand/);
      assert.match(conflict.body, /<textarea id="gespeicherte-synonyme"[^>]*>\n?Fremdwort, Anderswort<\/textarea>/);
      assert.equal(fieldText(conflict.body), 'Meinwort, Eigenwort');
      assert.equal((await stored()).text, 'Fremdwort, Anderswort');
      const again = await admin.post(PAGE, { synonyme: fieldText(conflict.body), version: versionOf(conflict.body), aktion: 'speichern' });
      assert.equal(again.statusCode, 303);
      assert.equal((await stored()).text, 'Meinwort, Eigenwort');
    });

    it('stellt die Standardliste wieder her, auch wenn das Feld gerade Ungültiges enthält', async () => {
      const page = await admin.get(PAGE);
      const restored = await admin.post(PAGE, { synonyme: 'NurEinWort', version: versionOf(page.body), aktion: 'standard' });
      assert.equal(restored.statusCode, 303);
      assert.equal(restored.headers.location, `${PAGE}?hinweis=standard`);
      const after = await admin.get(String(restored.headers.location));
      assert.match(after.body, /Die Standardliste gilt wieder/);
      assert.equal(fieldText(after.body), DEFAULT_SYNONYMS);
      assert.equal((await stored()).own, false);
      assert.equal(await findsSprachfoerderung('Zauberwort'), false);
    });

    it('ohne Token des Formulars speichert nichts', async () => {
      const before = await stored();
      const refused = await admin.post(
        PAGE,
        { synonyme: 'Zauberwort, Sprachförderung', version: String(before.version), aktion: 'speichern' },
        { csrf: false },
      );
      assert.equal(refused.statusCode, 403);
      assert.deepEqual(await stored(), before);
    });

    it('gibt Mitgliedern und Anonymen 404, beim Lesen wie beim Speichern', async () => {
      const before = await stored();
      const member = new Browser(t.app);
      await member.login(accounts.entitled);
      for (const who of [member, new Browser(t.app)]) {
        const page = await who.get(PAGE);
        assert.equal(page.statusCode, 404);
        assert.doesNotMatch(page.body, /Müll, Abfall/);
        await who.get('/anmelden');
        const post = await who.post(PAGE, { synonyme: 'Zauberwort, Sprachförderung', version: String(before.version), aktion: 'speichern' });
        assert.equal(post.statusCode, 404);
      }
      assert.deepEqual(await stored(), before);
    });
  });
}
