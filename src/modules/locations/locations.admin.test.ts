/**
 * Sitzungsorte in the back office: the Sitzungsdienst and the administration create, search,
 * change, end, restore and delete them (checked, version-locked, in the history); the point is
 * stored as a GeoJSON Feature; the notes on accessibility appear on the public meeting page; a
 * place still named by a session is not deleted; a person's address is no Sitzungsort; everyone
 * else gets 404.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { Browser } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { textareaText } from '../../../test/helpers/html.ts';
import { accounts, addNonPublicFixture, type NonPublicFixture } from '../../../test/helpers/nonpublic-fixture.ts';
import { meetings } from '../meetings/meetings.tables.ts';
import { persons } from '../people/people.tables.ts';
import { locations } from './locations.tables.ts';

const PATH = '/verwaltung/sitzungsorte';
const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1];
const inputValue = (html: string, name: string) => new RegExp(`<input id="feld-${name}" name="${name}"[^>]* value="([^"]*)"`).exec(html)?.[1];
const errorOf = (html: string, name: string) => new RegExp(`id="feld-${name}-fehler">([^<]*)<`).exec(html)?.[1];

const kreishaus = {
  bezeichnung: 'Kreishaus Lindenhagen',
  raum: 'Großer Sitzungssaal (Raum 101)',
  strasse: 'Am Kreishaus 1',
  plz: '21790',
  ort: 'Lindenhagen',
  ortsteil: '',
  breite: '53,3517',
  laenge: '9.8123',
  barrierefreiheit: 'Stufenloser Zugang über den Hof, Aufzug zum 1. OG.\nInduktionsschleife im Saal.',
};

for (const engine of testEngines()) {
  describe(`Sitzungsorte in the back office (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    let session: Browser;
    let kreishausId: string;
    const login = async (email: string) => {
      const b = new Browser(t.app);
      await b.login(email);
      return b;
    };
    const create = async (b: Browser, values: Record<string, string>) => {
      await b.get(`${PATH}/neu`);
      const r = await b.post(`${PATH}/neu`, values);
      assert.equal(r.statusCode, 303, r.body);
      const id = /\/(\d+)\?hinweis=angelegt$/.exec(String(r.headers.location))?.[1];
      assert.ok(id);
      return id;
    };

    before(async () => {
      t = await openTestApp(engine);
      f = await addNonPublicFixture(t);
      session = await login(accounts.sessionService);
    });
    after(() => t.close());

    it('lets the Sitzungsdienst create a Sitzungsort with a point stored as a GeoJSON Feature', async () => {
      const empty = await session.get(PATH);
      assert.equal(empty.statusCode, 200);
      assert.match(empty.body, /Es ist noch kein Sitzungsort angelegt/);
      kreishausId = await create(session, kreishaus);
      const page = await session.get(`${PATH}/${kreishausId}?hinweis=angelegt`);
      assert.match(page.body, /Der Sitzungsort ist angelegt/);
      assert.equal(inputValue(page.body, 'raum'), kreishaus.raum);
      assert.equal(inputValue(page.body, 'breite'), '53,3517');
      assert.equal(inputValue(page.body, 'laenge'), '9,8123');
      assert.equal(textareaText(page.body, 'feld-barrierefreiheit'), kreishaus.barrierefreiheit);
      assert.match(page.body, /<strong>angelegt<\/strong> am [\d.]+, [\d:]+ Uhr von Sitzungsdienst Sozialausschuss/);
      assert.match(page.body, /Koordinaten: \(leer\) → „Breite 53,3517, Länge 9,8123“/);
      const [row] = await t.database.db
        .select()
        .from(locations)
        .where(eq(locations.id, Number(kreishausId)));
      assert.deepEqual(row?.geojson, {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [9.8123, 53.3517] },
        properties: { name: 'Kreishaus Lindenhagen' },
      });
      assert.match((await t.app.inject(`/oparl/v1/location/${kreishausId}`)).body, /"coordinates":\[9\.8123,53\.3517\]/);
    });

    it('shows the notes on accessibility beside the place on the public meeting page', async () => {
      await t.database.db
        .update(meetings)
        .set({ locationId: Number(kreishausId) })
        .where(eq(meetings.id, t.fixture.meetings.sozialPast));
      const page = await t.app.inject(`/sitzungen/${t.fixture.meetings.sozialPast}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Kreishaus Lindenhagen, Großer Sitzungssaal \(Raum 101\), Am Kreishaus 1, 21790 Lindenhagen/);
      assert.match(
        page.body,
        /<dt>Barrierefreiheit<\/dt><dd class="place-accessibility">Stufenloser Zugang über den Hof, Aufzug zum 1\. OG\.\nInduktionsschleife im Saal\.<\/dd>/,
      );
      assert.match(page.body, /openstreetmap\.org\/\?mlat=53\.3517&amp;mlon=9\.8123/);
    });

    it('finds places by any word of their name, room or address', async () => {
      await create(session, {
        ...kreishaus,
        bezeichnung: 'Bürgerhaus Moorwede',
        raum: 'Saal',
        strasse: 'Dorfstraße 3',
        plz: '21792',
        ort: 'Moorwede',
        breite: '',
        laenge: '',
        barrierefreiheit: '',
      });
      const both = await session.get(PATH);
      assert.match(both.body, /2 Sitzungsorte/);
      const one = await session.get(`${PATH}?q=${encodeURIComponent('moorwede saal')}`);
      assert.match(one.body, /1 Sitzungsort zu „moorwede saal“/);
      assert.match(one.body, />Bürgerhaus Moorwede</);
      assert.doesNotMatch(one.body, />Kreishaus Lindenhagen</);
      assert.match((await session.get(`${PATH}?q=Raum+101`)).body, />Kreishaus Lindenhagen</);
      assert.match((await session.get(`${PATH}?q=100%25`)).body, /Kein Sitzungsort passt zu dieser Suche/, 'a % is a character, not a wildcard');
    });

    it('refuses bad values with a German message beside the field and keeps what was typed', async () => {
      await session.get(`${PATH}/neu`);
      const r = await session.post(`${PATH}/neu`, { ...kreishaus, bezeichnung: ' ', plz: '2179', breite: '95', laenge: '' });
      assert.equal(r.statusCode, 400);
      assert.match(errorOf(r.body, 'bezeichnung') ?? '', /Bitte geben Sie eine Bezeichnung an/);
      assert.match(errorOf(r.body, 'plz') ?? '', /fünfstellige Postleitzahl/);
      assert.match(errorOf(r.body, 'breite') ?? '', /zwischen -90 und 90 Grad/);
      assert.equal(inputValue(r.body, 'plz'), '2179');
      assert.equal(inputValue(r.body, 'strasse'), kreishaus.strasse);
      const half = await session.post(`${PATH}/neu`, { ...kreishaus, breite: '', laenge: '9,8' });
      assert.match(errorOf(half.body, 'breite') ?? '', /Bitte geben Sie auch die Breite an/);
      const words = await session.post(`${PATH}/neu`, { ...kreishaus, breite: 'Nord', laenge: '200' });
      assert.match(errorOf(words.body, 'breite') ?? '', /als Dezimalzahl/);
      assert.match(errorOf(words.body, 'laenge') ?? '', /zwischen -180 und 180 Grad/);
    });

    it('answers a stale save with both versions, the typed values and the stored version', async () => {
      const mine = await session.get(`${PATH}/${kreishausId}`);
      const admin = await login(accounts.admin);
      await admin.get(`${PATH}/${kreishausId}`);
      assert.equal((await admin.post(`${PATH}/${kreishausId}`, { ...kreishaus, version: '1', raum: 'Kleiner Saal' })).statusCode, 303);
      const stale = await session.post(`${PATH}/${kreishausId}`, { ...kreishaus, version: versionIn(mine.body) ?? '', raum: 'Ratssaal' });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /<td data-label="Ihre Eingabe">Ratssaal<\/td><td data-label="Inzwischen gespeichert">Kleiner Saal<\/td>/);
      assert.equal(inputValue(stale.body, 'raum'), 'Ratssaal');
      assert.equal(versionIn(stale.body), '2');
      assert.equal((await session.post(`${PATH}/${kreishausId}`, { ...kreishaus, version: '2', raum: 'Ratssaal' })).statusCode, 303);
      assert.match((await session.get(`${PATH}/${kreishausId}`)).body, /Raum: „Kleiner Saal“ → „Ratssaal“/);
    });

    it('ends a place (out of the list unless asked) and restores it', async () => {
      const page = await session.get(`${PATH}/${kreishausId}`);
      const ended = await session.post(`${PATH}/${kreishausId}/beenden`, { version: versionIn(page.body) ?? '', ende: '2026-01-31' });
      assert.equal(ended.statusCode, 303);
      const after = await session.get(String(ended.headers.location));
      assert.match(after.body, /Nicht mehr genutzt ab 31\.01\.2026/);
      assert.match(after.body, /<strong>beendet<\/strong>/);
      assert.doesNotMatch((await session.get(PATH)).body, />Kreishaus Lindenhagen</);
      assert.match((await session.get(`${PATH}?beendete=ja`)).body, /nicht mehr genutzt ab 31\.01\.2026/);
      assert.equal((await session.post(`${PATH}/${kreishausId}/beenden`, { version: versionIn(after.body) ?? '', ende: '2026-02-30' })).statusCode, 400);
      const restored = await session.post(`${PATH}/${kreishausId}/wiederherstellen`, { version: versionIn(after.body) ?? '' });
      assert.equal(restored.statusCode, 303);
      assert.match((await session.get(PATH)).body, />Kreishaus Lindenhagen</);
      assert.equal((await session.post(`${PATH}/${kreishausId}/wiederherstellen`, { version: '1' })).statusCode, 409, 'a stale restore is refused');
    });

    it('refuses to delete a place a session still names, and deletes an unused one', async () => {
      const page = await session.get(`${PATH}/${kreishausId}`);
      const refused = await session.post(`${PATH}/${kreishausId}/loeschen`, { version: versionIn(page.body) ?? '' });
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /kann nicht gelöscht werden, er ist noch eingetragen bei: 1 Sitzung\./);
      const unused = await create(session, { ...kreishaus, bezeichnung: 'Zelt auf dem Markt' });
      await session.get(`${PATH}/${unused}`);
      const deleted = await session.post(`${PATH}/${unused}/loeschen`, { version: '1' });
      assert.equal(deleted.statusCode, 303);
      assert.equal((await session.get(`${PATH}/${unused}`)).statusCode, 404);
      assert.match((await session.get(String(deleted.headers.location))).body, /Der Sitzungsort ist gelöscht/);
    });

    it('does not show a person’s address as a Sitzungsort', async () => {
      const [home] = await t.database.db
        .insert(locations)
        .values({ bodyId: f.bodyId, description: 'Privatadresse Ketelsen', streetAddress: 'Quokkaweg 9' })
        .returning({ id: locations.id });
      await t.database.db.update(persons).set({ locationId: home?.id }).where(eq(persons.id, f.persons.entitled));
      assert.doesNotMatch((await session.get(`${PATH}?beendete=ja`)).body, /Privatadresse/);
      assert.equal((await session.get(`${PATH}/${home?.id}`)).statusCode, 404);
      assert.equal((await session.post(`${PATH}/${home?.id}/loeschen`, { version: '1' })).statusCode, 404);
    });

    it('answers 404 to the public, members and the Sachbearbeitung on every route', async () => {
      const anonymous = new Browser(t.app);
      await anonymous.get('/anmelden');
      const form = { ...kreishaus, version: '1', bezeichnung: 'Übernommen', ende: '2026-01-01' };
      for (const [who, b] of [
        ['anonymous', anonymous],
        ['councillor', await login(accounts.entitled)],
        ['Sachbearbeitung', await login(accounts.staff)],
      ] as const) {
        for (const url of [PATH, `${PATH}/neu`, `${PATH}/${kreishausId}`]) assert.equal((await b.get(url)).statusCode, 404, `${who} GET ${url}`);
        for (const url of [
          `${PATH}/neu`,
          `${PATH}/${kreishausId}`,
          `${PATH}/${kreishausId}/beenden`,
          `${PATH}/${kreishausId}/wiederherstellen`,
          `${PATH}/${kreishausId}/loeschen`,
        ])
          assert.equal((await b.post(url, form)).statusCode, 404, `${who} POST ${url}`);
      }
      assert.doesNotMatch((await session.get(`${PATH}?beendete=ja`)).body, /Übernommen/);
    });
  });
}
