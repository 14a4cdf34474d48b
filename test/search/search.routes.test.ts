import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Browser } from '../helpers/accounts.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { accounts, addNonPublicFixture } from '../helpers/nonpublic-fixture.ts';

for (const engine of testEngines()) {
  describe(`/suche (${engine.name})`, () => {
    let t: TestApp;
    let member: Browser;
    before(async () => {
      t = await openTestApp(engine, { PAGE_CACHE: '0' });
      await addNonPublicFixture(t);
      member = new Browser(t.app);
      await member.login(accounts.otherCommittee);
    });
    after(() => t.close());

    test('ohne Suchbegriff: das Suchfeld mit Hilfe zur Syntax', async () => {
      const page = await t.app.inject('/suche');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<input id="suche-q" type="search" name="q"/);
      assert.match(page.body, /ODER für Alternativen/);
    });

    test('Treffer mit hervorgehobenem Ausschnitt, Fundstelle in der Anlage und Facetten als Links', async () => {
      const page = await t.app.inject('/suche?q=Integrationskonzept');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /\d+ Treffer/);
      assert.match(page.body, /<mark>/);
      assert.match(page.body, /href="\/vorlagen\/VO-2025-246"/);
      assert.match(page.body, /href="\/suche\?q=Integrationskonzept&amp;art=vorlage"/);
      const json = JSON.parse((await t.app.inject('/suche.json?q=Lotsen&art=anlage')).body) as {
        hits: Array<{ kind: string; page: number | null; paper: { reference: string } | null; snippet: Array<{ mark: boolean }> | null }>;
      };
      assert.ok(json.hits.length > 0);
      assert.ok(json.hits.every((h) => h.kind === 'file'));
      const withPage = json.hits.find((h) => h.page !== null);
      assert.ok(withPage, 'an attachment hit names its page');
      assert.equal(withPage.paper?.reference, 'VO/2025/246');
      assert.ok(withPage.snippet?.some((p) => p.mark));
    });

    test('eine genaue Vorlagennummer springt zur Vorlage', async () => {
      const page = await t.app.inject('/suche?q=VO%2F2025%2F246');
      assert.equal(page.statusCode, 303);
      assert.equal(page.headers.location, '/vorlagen/VO-2025-246');
      const json = JSON.parse((await t.app.inject('/suche.json?q=vo-2025-246')).body) as { jump: string };
      assert.equal(json.jump, '/vorlagen/VO-2025-246');
    });

    test('Zeitraum, Sortierung und Seite werden geprüft, mit verständlicher Meldung', async () => {
      for (const [query, message] of [
        ['q=Kita&von=2025-13-01', /Von: kein gültiges Datum|Von: ein Datum/],
        ['q=Kita&von=2026-01-01&bis=2025-01-01', /endet vor seinem Beginn/],
        ['q=Kita&sortierung=zufall', /Sortierung: relevanz oder datum/],
        ['q=Kita&seite=9999', /Seite: höchstens 50/],
        ['q=Kita&art=unfug', /Art: eine von/],
        ['q=Kita&gremium=abc', /Gremium: eine Nummer/],
      ] as const) {
        const page = await t.app.inject(`/suche?${query}`);
        assert.equal(page.statusCode, 400, query);
        assert.match(page.body, message, query);
        const json = await t.app.inject(`/suche.json?${query}`);
        assert.equal(json.statusCode, 400);
        assert.match((JSON.parse(json.body) as { error: string }).error, message);
      }
    });

    test('Zeitraum und Datumssortierung grenzen die Treffer ein', async () => {
      const all = JSON.parse((await t.app.inject('/suche.json?q=Integration')).body) as { total: number; hits: Array<{ date: string | null }> };
      const early = JSON.parse((await t.app.inject('/suche.json?q=Integration&bis=2000-01-01')).body) as { total: number };
      assert.ok(all.total > 0);
      assert.equal(early.total, 0);
      const byDate = JSON.parse((await t.app.inject('/suche.json?q=Integration&sortierung=datum')).body) as { hits: Array<{ date: string | null }> };
      const dates = byDate.hits.map((h) => h.date).filter((d): d is string => d !== null);
      assert.deepEqual(dates, [...dates].sort().reverse());
    });

    test('angemeldet: Suche speichern, wiederfinden und löschen; nur die eigenen', async () => {
      const anonymousForm = await t.app.inject('/suche?q=Integration');
      assert.doesNotMatch(anonymousForm.body, /Suche speichern/);
      const page = await member.get('/suche?q=Integration&art=vorlage');
      assert.match(page.body, /Suche speichern/);
      const saved = await member.post('/suche/speichern', { query: 'q=Integration&art=vorlage', name: 'Integration (Vorlagen)' });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, '/suche?q=Integration&art=vorlage&gespeichert=1');
      const again = await member.get('/suche?q=Integration&art=vorlage');
      assert.match(again.body, /Diese Suche ist gespeichert/);
      const list = await member.get('/suche/gespeichert');
      assert.match(list.body, /href="\/suche\?q=Integration&amp;art=vorlage">Integration \(Vorlagen\)</);
      const id = /\/suche\/gespeichert\/(\d+)\/loeschen/.exec(list.body)?.[1];
      assert.ok(id);
      const stranger = new Browser(t.app);
      await stranger.login(accounts.entitled);
      assert.equal((await stranger.post(`/suche/gespeichert/${id}/loeschen`, {})).statusCode, 404);
      assert.equal((await member.post(`/suche/gespeichert/${id}/loeschen`, {})).statusCode, 303);
      assert.doesNotMatch((await member.get('/suche/gespeichert')).body, /Integration \(Vorlagen\)/);
      const invalid = await member.post('/suche/speichern', { query: 'art=vorlage', name: 'leer' });
      assert.equal(invalid.statusCode, 400);
      assert.equal((await t.app.inject('/suche/gespeichert')).statusCode, 303, 'anonymous users are sent to the login');
    });
  });
}
