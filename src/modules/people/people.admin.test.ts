import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { privateData } from '../../../test/helpers/people-fixtures.ts';
import { queryRow } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { addBackOfficeFixture, browserFor, fieldError, membershipsOf, recordEvents, today, versionIn, type BackOfficeFixture } from './backoffice.fixture.ts';
import { dayBefore } from './person-fraktion.ts';

const names = (html: string) => [...html.matchAll(/<th scope="row"><a href="\/verwaltung\/personen\/\d+">([^<]*)<\/a><\/th>/g)].map((m) => m[1]);

const newPerson = (over: Record<string, string> = {}) => ({
  anrede: 'Herr',
  titel: 'Dr.',
  vorname: 'Piet',
  nachname: 'Neumann',
  fraktion: '',
  email: 'p.neumann@privat.example',
  telefon: '04199 123-45',
  sachkundig: 'ja',
  ...over,
});

for (const engine of testEngines()) {
  describe(`back office: persons (${engine.name})`, () => {
    let t: TestApp;
    let f: BackOfficeFixture;
    before(async () => {
      t = await openTestApp(engine);
      f = await addBackOfficeFixture(t);
    });
    after(() => t.close());

    it('answers 404 to the public, councillors and the Sachbearbeitung, and lets the Sitzungsdienst only read', async () => {
      const { albers } = f.people.persons;
      const pages = ['/verwaltung/personen', '/verwaltung/personen/neu', `/verwaltung/personen/${albers}`];
      const posts = [
        '/verwaltung/personen/neu',
        `/verwaltung/personen/${albers}`,
        `/verwaltung/personen/${albers}/ausscheiden`,
        `/verwaltung/personen/${albers}/loeschen`,
      ];
      const form = { ...newPerson({ nachname: 'Eingeschleust' }), version: '1', datum: '2024-01-01' };
      for (const who of ['anonymous', 'councillor', 'clerk'] as const) {
        const b = await browserFor(t, who);
        for (const url of pages) assert.equal((await b.get(url)).statusCode, 404, `${who} GET ${url}`);
        for (const url of posts) assert.equal((await b.post(url, form)).statusCode, 404, `${who} POST ${url}`);
      }
      const service = await browserFor(t, 'sessionService');
      assert.equal((await service.get('/verwaltung/personen/neu')).statusCode, 404);
      const page = await service.get(`/verwaltung/personen/${albers}`);
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /name="nachname"/, 'no form without persons.change');
      assert.match(page.body, /<dt>Nachname<\/dt><dd>Albers<\/dd>/);
      assert.match(page.body, new RegExp(privateData[0].replace('.', '\\.')), 'staff with masterData.read see the e-mail');
      for (const url of posts) assert.equal((await service.post(url, form)).statusCode, 404, `Sitzungsdienst POST ${url}`);
      const row = await queryRow(t.database.db, z.object({ n: z.number() }), sql`select count(*)::int as n from persons where family_name = 'Eingeschleust'`);
      assert.equal(row?.n, 0);
      assert.equal((await membershipsOf(t, albers)).filter((m) => m.end_date === '2024-01-01').length, 0, 'nobody retired Albers');
    });

    it('lists, searches and filters persons with their contact data for staff', async () => {
      const admin = await browserFor(t, 'admin');
      const list = await admin.get('/verwaltung/personen');
      assert.equal(list.statusCode, 200);
      assert.deepEqual(names(list.body), ['Dr. Henrike Albers', 'Karsten Brandt', 'Maren Ehlers', 'Anna Lüdemann', 'Jens Özdemir', 'Ulrike Voß']);
      assert.match(list.body, /<a class="button" href="\/verwaltung\/personen\/neu">/);
      for (const secret of privateData) assert.ok(list.body.includes(secret), `the list shows ${secret} to staff`);
      assert.deepEqual(names((await admin.get('/verwaltung/personen?q=alb')).body), ['Dr. Henrike Albers']);
      const gruene = f.people.organizations.gruene;
      // Brandt left the Grüne Liste in 2025
      assert.deepEqual(names((await admin.get(`/verwaltung/personen?fraktion=${gruene}`)).body), ['Jens Özdemir']);
      assert.deepEqual(names((await admin.get('/verwaltung/personen?art=ohne-mitgliedschaft')).body), ['Maren Ehlers']);
      assert.deepEqual(names((await admin.get('/verwaltung/personen?art=sachkundig')).body), []);
      assert.equal((await admin.get('/verwaltung/personen?art=alle')).statusCode, 400);
      const service = await browserFor(t, 'sessionService');
      const seen = await service.get('/verwaltung/personen');
      assert.equal(seen.statusCode, 200);
      assert.doesNotMatch(seen.body, /personen\/neu/, 'the Sitzungsdienst creates no persons');
    });

    it('creates a person with her Fraktion as a membership beginning today', async () => {
      const admin = await browserFor(t, 'admin');
      const form = await admin.get('/verwaltung/personen/neu');
      assert.equal(form.statusCode, 200);
      assert.match(
        form.body,
        /<option value="">keine Anrede<\/option><option value="Frau">Frau<\/option><option value="Herr">Herr<\/option><option value="divers">divers<\/option>/,
      );
      const created = await admin.post('/verwaltung/personen/neu', { ...newPerson({ fraktion: String(f.people.organizations.buergerliste) }), version: '0' });
      assert.equal(created.statusCode, 303, created.body);
      const location = String(created.headers.location);
      assert.match(location, /^\/verwaltung\/personen\/\d+\?hinweis=angelegt$/);
      const id = Number(/personen\/(\d+)/.exec(location)?.[1]);
      const page = await admin.get(location);
      assert.match(page.body, /Die Person ist angelegt\./);
      assert.match(page.body, /<h1>Dr\. Piet Neumann<\/h1>/);
      assert.match(page.body, /<input id="feld-email" name="email" type="text" value="p\.neumann@privat\.example"/);
      assert.match(page.body, /<input id="feld-sachkundig" name="sachkundig" type="checkbox" value="ja" checked=""/);
      assert.match(page.body, new RegExp(`<option value="${f.people.organizations.buergerliste}" selected="">Fraktion Bürgerliste</option>`));
      assert.match(page.body, /Kein Konto mit dieser Person verknüpft/);
      const [fraktion] = await membershipsOf(t, id);
      assert.equal(fraktion?.organization_id, f.people.organizations.buergerliste);
      assert.equal(fraktion?.start_date, today());
      assert.equal(fraktion?.end_date, null);
      assert.deepEqual(
        (await recordEvents(t, 'person', id)).map((e) => e.event),
        ['record.created'],
      );
      assert.deepEqual(
        (await recordEvents(t, 'membership', fraktion?.id ?? 0)).map((e) => e.event),
        ['record.created'],
      );
      assert.match(page.body, /<strong>angelegt<\/strong>/);
      assert.deepEqual(names((await admin.get('/verwaltung/personen?art=sachkundig')).body), ['Dr. Piet Neumann']);
    });

    it('keeps every value and names the problem beside each field when a person is refused', async () => {
      const admin = await browserFor(t, 'admin');
      await admin.get('/verwaltung/personen/neu');
      const refused = await admin.post('/verwaltung/personen/neu', {
        ...newPerson({ nachname: ' ', email: 'keine-adresse', telefon: 'ruf an', anrede: 'Exzellenz', fraktion: '99999' }),
        version: '0',
      });
      assert.equal(refused.statusCode, 400);
      assert.equal(fieldError(refused.body, 'nachname'), 'Nachname: Bitte geben Sie den Nachnamen an.');
      assert.match(fieldError(refused.body, 'email') ?? '', /^E-Mail: Bitte geben Sie eine gültige Adresse an/);
      assert.match(fieldError(refused.body, 'telefon') ?? '', /^Telefon: nur Ziffern/);
      assert.match(fieldError(refused.body, 'anrede') ?? '', /^Anrede:/);
      assert.match(
        refused.body,
        /<input id="feld-nachname" name="nachname" type="text" value=" "|<input id="feld-nachname" name="nachname" type="text" value=""/,
      );
      assert.match(refused.body, /aria-invalid="true" aria-describedby="feld-email-fehler feld-email-hinweis"/);
      assert.match(refused.body, /value="keine-adresse"/);
      assert.match(refused.body, /<div class="message message-error error-summary" role="alert">/);
      // a Fraktion that does not exist is the database's answer, after the form passed
      const ghost = await admin.post('/verwaltung/personen/neu', { ...newPerson({ fraktion: '99999' }), version: '0' });
      assert.equal(ghost.statusCode, 400);
      assert.match(fieldError(ghost.body, 'fraktion') ?? '', /^Fraktion: Diese Fraktion gibt es nicht/);
    });

    it('shows both versions when someone saved in between, and keeps what was typed', async () => {
      const { brandt } = f.people.persons;
      const first = await browserFor(t, 'admin');
      const second = await browserFor(t, 'admin');
      const loaded = await first.get(`/verwaltung/personen/${brandt}`);
      const version = versionIn(loaded.body);
      await second.get(`/verwaltung/personen/${brandt}`);
      const base = { anrede: 'Herr', titel: '', vorname: 'Karsten', nachname: 'Brandt', fraktion: '', email: '', telefon: '', sachkundig: '', version };
      assert.equal((await second.post(`/verwaltung/personen/${brandt}`, { ...base, telefon: '04199 1' })).statusCode, 303);
      const stale = await first.post(`/verwaltung/personen/${brandt}`, { ...base, vorname: 'Carsten' });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /<h2 id="konflikt-titel">Inzwischen geändert<\/h2>/);
      assert.match(
        stale.body,
        /<tr class="differs"><th scope="row">Vorname<span class="visually-hidden"> \(abweichend\)<\/span><\/th><td data-label="Ihre Eingabe">Carsten<\/td><td data-label="Inzwischen gespeichert">Karsten<\/td><\/tr>/,
      );
      assert.match(stale.body, /<input id="feld-vorname" name="vorname" type="text" value="Carsten"/);
      assert.equal(versionIn(stale.body), String(Number(version) + 1));
      const again = await first.post(`/verwaltung/personen/${brandt}`, { ...base, vorname: 'Carsten', version: versionIn(stale.body) });
      assert.equal(again.statusCode, 303);
      const page = await first.get(`/verwaltung/personen/${brandt}`);
      assert.match(page.body, /Vorname: „Karsten“ → „Carsten“/);
      assert.equal((await first.post(`/verwaltung/personen/${brandt}`, { ...base })).statusCode, 409, 'an old version stays stale');
      assert.equal((await first.post(`/verwaltung/personen/${brandt}`, { ...base, version: 'x' })).statusCode, 400);
    });

    it('changes the Fraktion by ending the old Fraktion membership yesterday and beginning the new one today', async () => {
      const { oezdemir } = f.people.persons;
      const { gruene, buergerliste } = f.people.organizations;
      const admin = await browserFor(t, 'admin');
      const page = await admin.get(`/verwaltung/personen/${oezdemir}`);
      assert.match(page.body, new RegExp(`<option value="${gruene}" selected="">Fraktion Grüne Liste</option>`));
      const form = { anrede: 'Herr', titel: '', vorname: 'Jens', nachname: 'Özdemir', email: '', telefon: '', sachkundig: '' };
      const moved = await admin.post(`/verwaltung/personen/${oezdemir}`, { ...form, fraktion: String(buergerliste), version: versionIn(page.body) });
      assert.equal(moved.statusCode, 303);
      const fraktionen = (await membershipsOf(t, oezdemir)).filter((m) => m.organization_id === gruene || m.organization_id === buergerliste);
      const old = fraktionen.find((m) => m.organization_id === gruene && m.start_date === '2023-06-01');
      assert.equal(old?.end_date, dayBefore(today()));
      const joined = fraktionen.find((m) => m.organization_id === buergerliste && !m.deleted);
      assert.equal(joined?.start_date, today());
      assert.deepEqual(
        (await recordEvents(t, 'membership', old?.id ?? 0)).map((e) => e.event),
        ['record.ended'],
      );
      const history = await admin.get(`/verwaltung/personen/${oezdemir}`);
      assert.match(history.body, /Fraktion: „Fraktion Grüne Liste“ → „Fraktion Bürgerliste“/);
      // none again the same day: the membership begun today was a slip and is deleted, the old one stays ended
      const none = await admin.post(`/verwaltung/personen/${oezdemir}`, { ...form, fraktion: '', version: versionIn(history.body) });
      assert.equal(none.statusCode, 303);
      const after = (await membershipsOf(t, oezdemir)).find((m) => m.id === joined?.id);
      assert.equal(after?.deleted, true);
      assert.equal(after?.end_date, null);
      assert.deepEqual(
        (await recordEvents(t, 'membership', joined?.id ?? 0)).map((e) => e.event),
        ['record.created', 'record.deleted'],
      );
    });

    it('shows the linked account from the auth module, with the way to change it', async () => {
      const admin = await browserFor(t, 'admin');
      const albers = await admin.get(`/verwaltung/personen/${f.people.persons.albers}`);
      assert.match(
        albers.body,
        new RegExp(
          `Verknüpftes Konto: Henrike Albers \\(h\\.albers@rat\\.example\\) — ändern unter <a href="/verwaltung/konten/${f.accounts.councillor}">Konten</a>`,
        ),
      );
      const voss = await admin.get(`/verwaltung/personen/${f.people.persons.voss}`);
      assert.match(voss.body, /Kein Konto mit dieser Person verknüpft\. Ein Konto verknüpfen Sie <a href="\/verwaltung\/konten">unter Konten<\/a>/);
      const service = await browserFor(t, 'sessionService');
      const seen = await service.get(`/verwaltung/personen/${f.people.persons.albers}`);
      assert.match(seen.body, /Verknüpftes Konto: Henrike Albers \(h\.albers@rat\.example\) — ändern unter Konten \(Administration\)/);
      assert.doesNotMatch(seen.body, /href="\/verwaltung\/konten/);
    });

    it('lets a person leave: every open membership ends on the date, later ones are dropped', async () => {
      const { luedemann, albers } = f.people.persons;
      await t.database.db.execute(
        sql`insert into memberships (body_id, person_id, organization_id, role, start_date) values (${t.fixture.bodyId}, ${luedemann}, ${f.people.organizations.finanz}, 'Mitglied', '2099-01-01')`,
      );
      const admin = await browserFor(t, 'admin');
      await admin.get(`/verwaltung/personen/${luedemann}`);
      assert.equal((await admin.post(`/verwaltung/personen/${luedemann}/ausscheiden`, { datum: '31.02.2026' })).statusCode, 400);
      const done = await admin.post(`/verwaltung/personen/${luedemann}/ausscheiden`, { datum: '2026-01-31' });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, `/verwaltung/personen/${luedemann}?hinweis=ausgeschieden`);
      const rows = await membershipsOf(t, luedemann);
      assert.deepEqual(
        rows.map((m) => [m.end_date, m.deleted]),
        [
          ['2026-01-31', false],
          [null, true],
        ],
      );
      assert.deepEqual(
        (await recordEvents(t, 'person', luedemann)).map((e) => [e.event, e.detail['changes']]),
        [['record.ended', [{ field: 'Ausgeschieden zum', before: '', after: '2026-01-31' }]]],
      );
      assert.ok((await membershipsOf(t, albers)).every((m) => m.end_date !== '2026-01-31'));
    });

    it('refuses to delete a person anything refers to, and deletes one entered by mistake', async () => {
      const admin = await browserFor(t, 'admin');
      const { albers } = f.people.persons;
      const page = await admin.get(`/verwaltung/personen/${albers}`);
      const refused = await admin.post(`/verwaltung/personen/${albers}/loeschen`, { version: versionIn(page.body) });
      assert.equal(refused.statusCode, 409);
      assert.match(
        refused.body,
        /Die Person kann nicht gelöscht werden, solange noch etwas auf sie verweist: 5 Mitgliedschaften, 2 Vorlagen \(als Urheber\/in\), 1 Konto\. Lassen Sie die Person stattdessen ausscheiden\./,
      );
      assert.equal((await admin.get(`/personen/${albers}`)).statusCode, 200);

      await admin.get('/verwaltung/personen/neu');
      const created = await admin.post('/verwaltung/personen/neu', { ...newPerson({ nachname: 'Irrtum', vorname: 'Ida' }), version: '0' });
      const id = Number(/personen\/(\d+)/.exec(String(created.headers.location))?.[1]);
      const mine = await admin.get(`/verwaltung/personen/${id}`);
      assert.equal((await admin.post(`/verwaltung/personen/${id}/loeschen`, { version: '99' })).statusCode, 409, 'a stale delete');
      const deleted = await admin.post(`/verwaltung/personen/${id}/loeschen`, { version: versionIn(mine.body) });
      assert.equal(deleted.statusCode, 303);
      assert.equal(deleted.headers.location, '/verwaltung/personen?hinweis=geloescht');
      assert.equal((await admin.get(`/verwaltung/personen/${id}`)).statusCode, 404);
      assert.equal((await t.app.inject(`/personen/${id}`)).statusCode, 404);
      const row = await queryRow(
        t.database.db,
        z.object({ email: z.array(z.string()), deleted: z.boolean() }),
        sql`select email, deleted_at is not null as deleted from persons where id = ${id}`,
      );
      assert.deepEqual(row, { email: [], deleted: true }, 'the row stays for OParl, its contact data goes');
      assert.deepEqual(
        (await recordEvents(t, 'person', id)).map((e) => e.event),
        ['record.created', 'record.deleted'],
      );
    });
  });
}
