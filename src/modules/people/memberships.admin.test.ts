import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { queryRow } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { addBackOfficeFixture, browserFor, fieldError, membershipsOf, recordEvents, versionIn, type BackOfficeFixture } from './backoffice.fixture.ts';

const form = (over: Record<string, string>) => ({
  person: '',
  gremium: '',
  rolle: 'Mitglied',
  stimmrecht: '',
  beginn: '2025-01-01',
  ende: '',
  vertritt: '',
  fraktion: '',
  version: '0',
  ...over,
});

for (const engine of testEngines()) {
  describe(`back office: memberships (${engine.name})`, () => {
    let t: TestApp;
    let f: BackOfficeFixture;
    /** The Sozialausschuss membership of Albers (Mitglied since 01.06.2023). */
    let albersSozial: number;
    /** Albers in the Kreistag (Vorsitz): a Gremium the Sitzungsdienst does not run. */
    let albersKreistag: number;
    before(async () => {
      t = await openTestApp(engine);
      f = await addBackOfficeFixture(t);
      const rows = await membershipsOf(t, f.people.persons.albers);
      albersSozial = rows.find((m) => m.organization_id === f.people.organizations.sozial)?.id ?? 0;
      albersKreistag = rows.find((m) => m.organization_id === f.people.organizations.kreistag && m.end_date === null)?.id ?? 0;
    });
    after(() => t.close());

    const count = async () =>
      (await queryRow(t.database.db, z.object({ n: z.number() }), sql`select count(*)::int as n from memberships where deleted_at is null`))?.n ?? 0;

    it('answers 404 to the public, councillors and the Sachbearbeitung on every membership route', async () => {
      const { sozial } = f.people.organizations;
      const before = await count();
      for (const who of ['anonymous', 'councillor', 'clerk'] as const) {
        const b = await browserFor(t, who);
        for (const url of [
          `/verwaltung/mitgliedschaften/neu?gremium=${sozial}`,
          `/verwaltung/mitgliedschaften/${albersSozial}`,
          `/verwaltung/gremien/${sozial}/mitglieder`,
        ])
          assert.equal((await b.get(url)).statusCode, 404, `${who} GET ${url}`);
        const posts = [
          '/verwaltung/mitgliedschaften/neu',
          ...['', '/beenden', '/wiederherstellen', '/loeschen'].map((s) => `/verwaltung/mitgliedschaften/${albersSozial}${s}`),
        ];
        for (const url of posts)
          assert.equal(
            (await b.post(url, form({ person: String(f.people.persons.ehlers), gremium: String(sozial), ende: '2025-01-02', version: '1' }))).statusCode,
            404,
            `${who} POST ${url}`,
          );
      }
      assert.equal(await count(), before, 'nothing was created');
      assert.equal((await membershipsOf(t, f.people.persons.albers)).find((m) => m.id === albersSozial)?.end_date, null, 'nothing was ended');
    });

    it('lets the Sitzungsdienst change the memberships of its Gremium only', async () => {
      const { sozial, finanz } = f.people.organizations;
      const { ehlers } = f.people.persons;
      const service = await browserFor(t, 'sessionService');
      const page = await service.get(`/verwaltung/mitgliedschaften/neu?gremium=${sozial}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, new RegExp(`<option value="${sozial}" selected="">Sozial- und Gesundheitsausschuss</option>`));
      assert.doesNotMatch(page.body, /Finanzausschuss|Kreistag</, 'only its own Gremien are offered');
      assert.equal((await service.get(`/verwaltung/mitgliedschaften/neu?gremium=${finanz}`)).statusCode, 404);
      assert.equal((await service.get(`/verwaltung/mitgliedschaften/neu?person=${ehlers}`)).statusCode, 200);
      const before = await count();
      assert.equal((await service.post('/verwaltung/mitgliedschaften/neu', form({ person: String(ehlers), gremium: String(finanz) }))).statusCode, 404);
      assert.equal(await count(), before);
      const created = await service.post('/verwaltung/mitgliedschaften/neu', form({ person: String(ehlers), gremium: String(sozial), von: 'gremium' }));
      assert.equal(created.statusCode, 303, created.body);
      assert.equal(created.headers.location, `/verwaltung/gremien/${sozial}/mitglieder?hinweis=angelegt`);
      const ehlersSozial = (await membershipsOf(t, ehlers)).find((m) => m.organization_id === sozial && m.start_date === '2025-01-01');
      assert.ok(ehlersSozial);
      assert.equal(ehlersSozial.voting_right, true);

      assert.equal((await service.get(`/verwaltung/mitgliedschaften/${albersKreistag}`)).statusCode, 404, 'the Kreistag is not its Gremium');
      assert.equal((await service.post(`/verwaltung/mitgliedschaften/${albersKreistag}/beenden`, { ende: '2025-12-31', version: '1' })).statusCode, 404);
      const edit = await service.get(`/verwaltung/mitgliedschaften/${ehlersSozial.id}`);
      assert.equal(edit.statusCode, 200);
      // moving it into a Gremium the Sitzungsdienst does not run is refused like a missing page
      const moved = await service.post(
        `/verwaltung/mitgliedschaften/${ehlersSozial.id}`,
        form({ person: String(ehlers), gremium: String(finanz), version: versionIn(edit.body) }),
      );
      assert.equal(moved.statusCode, 404);
      assert.equal((await membershipsOf(t, ehlers)).find((m) => m.id === ehlersSozial.id)?.organization_id, sozial);
      const ended = await service.post(`/verwaltung/mitgliedschaften/${ehlersSozial.id}/beenden`, { ende: '2025-06-30', version: versionIn(edit.body) });
      assert.equal(ended.statusCode, 303);
      assert.equal((await membershipsOf(t, ehlers)).find((m) => m.id === ehlersSozial.id)?.end_date, '2025-06-30');
      // persons are not the Sitzungsdienst's
      assert.equal((await service.post(`/verwaltung/personen/${ehlers}`, { nachname: 'Ehlers', version: '1' })).statusCode, 404);
    });

    it('creates a deputy who stands in for a member, with the voting right following the role', async () => {
      const { sozial, buergerliste } = f.people.organizations;
      const { luedemann, brandt } = f.people.persons;
      const admin = await browserFor(t, 'admin');
      const page = await admin.get(`/verwaltung/mitgliedschaften/neu?person=${luedemann}`);
      assert.match(page.body, /<input type="hidden" name="von" value="person"\/>/);
      assert.match(page.body, /<option value="">nach Rolle \(ja, außer beim beratenden Mitglied\)<\/option>/);
      const created = await admin.post(
        '/verwaltung/mitgliedschaften/neu',
        form({
          person: String(luedemann),
          gremium: String(sozial),
          rolle: 'stellv. Mitglied',
          vertritt: String(brandt),
          fraktion: String(buergerliste),
          von: 'person',
        }),
      );
      assert.equal(created.statusCode, 303, created.body);
      assert.equal(created.headers.location, `/verwaltung/personen/${luedemann}?hinweis=angelegt`);
      const deputy = (await membershipsOf(t, luedemann)).find((m) => m.organization_id === sozial);
      assert.equal(deputy?.represents_person_id, brandt);
      assert.equal(deputy?.on_behalf_of_id, buergerliste);
      assert.equal(deputy?.voting_right, true);
      const advisory = await admin.post(
        '/verwaltung/mitgliedschaften/neu',
        form({ person: String(luedemann), gremium: String(f.people.organizations.kommission), rolle: 'Beratendes Mitglied' }),
      );
      assert.equal(advisory.statusCode, 303);
      assert.equal((await membershipsOf(t, luedemann)).find((m) => m.organization_id === f.people.organizations.kommission)?.voting_right, false);
      const events = await recordEvents(t, 'membership', deputy?.id ?? 0);
      assert.equal(events[0]?.event, 'record.created');
      const changes = (events[0]?.detail['changes'] ?? []) as { field: string; after: string }[];
      assert.equal(changes.find((c) => c.field === 'Vertritt')?.after, 'Karsten Brandt');
    });

    it('names every problem beside its field and keeps what was typed', async () => {
      const { sozial, kreistag } = f.people.organizations;
      const { luedemann, ehlers } = f.people.persons;
      const admin = await browserFor(t, 'admin');
      await admin.get('/verwaltung/mitgliedschaften/neu');
      const before = await count();
      const refused = await admin.post(
        '/verwaltung/mitgliedschaften/neu',
        form({ gremium: String(sozial), beginn: '2025-06-01', ende: '2025-05-01', rolle: 'Beratendes Mitglied', stimmrecht: 'ja' }),
      );
      assert.equal(refused.statusCode, 400);
      assert.equal(fieldError(refused.body, 'person'), 'Person: Bitte wählen Sie die Person.');
      assert.equal(fieldError(refused.body, 'ende'), 'Ende: Das Ende liegt vor dem Beginn.');
      assert.equal(fieldError(refused.body, 'stimmrecht'), 'Stimmrecht: Ein beratendes Mitglied hat kein Stimmrecht.');
      assert.match(refused.body, /<input id="feld-ende" name="ende" type="date" value="2025-05-01"/);
      const noStart = await admin.post(
        '/verwaltung/mitgliedschaften/neu',
        form({ person: String(luedemann), gremium: String(sozial), beginn: '', rolle: 'Kaiser' }),
      );
      assert.equal(fieldError(noStart.body, 'beginn'), 'Beginn: Bitte geben Sie an, ab wann die Mitgliedschaft gilt.');
      assert.equal(fieldError(noStart.body, 'rolle'), 'Rolle: Bitte wählen Sie eine Rolle aus der Liste.');
      const badDate = await admin.post('/verwaltung/mitgliedschaften/neu', form({ person: String(luedemann), gremium: String(sozial), beginn: '30.02.2025' }));
      assert.match(fieldError(badDate.body, 'beginn') ?? '', /^Beginn: Bitte ein gültiges Datum angeben/);
      // Ehlers sat in the Kreistag until 2023 only: nobody stands in for her in 2025
      const notMember = await admin.post(
        '/verwaltung/mitgliedschaften/neu',
        form({ person: String(luedemann), gremium: String(kreistag), rolle: 'stellv. Mitglied', vertritt: String(ehlers), fraktion: String(sozial) }),
      );
      assert.equal(notMember.statusCode, 400);
      assert.equal(fieldError(notMember.body, 'vertritt'), 'Vertritt: Maren Ehlers ist in diesem Zeitraum kein (ordentliches) Mitglied dieses Gremiums.');
      assert.equal(fieldError(notMember.body, 'fraktion'), 'Fraktion: Bitte wählen Sie eine Fraktion aus der Liste.');
      assert.equal(await count(), before);
    });

    it('shows both versions of a stale save, and ends, restores and deletes with the version', async () => {
      const { albers } = f.people.persons;
      const { sozial } = f.people.organizations;
      const first = await browserFor(t, 'admin');
      const second = await browserFor(t, 'sessionService');
      const loaded = await first.get(`/verwaltung/mitgliedschaften/${albersSozial}`);
      const version = versionIn(loaded.body);
      assert.match(loaded.body, /<option value="Mitglied" selected="">Mitglied<\/option>/);
      await second.get(`/verwaltung/mitgliedschaften/${albersSozial}`);
      const base = { person: String(albers), gremium: String(sozial), rolle: 'Mitglied', beginn: '2023-06-01', stimmrecht: 'ja', version };
      assert.equal((await second.post(`/verwaltung/mitgliedschaften/${albersSozial}`, form({ ...base, rolle: 'stellv. Vorsitz' }))).statusCode, 303);
      const stale = await first.post(`/verwaltung/mitgliedschaften/${albersSozial}`, form({ ...base, ende: '2027-12-31' }));
      assert.equal(stale.statusCode, 409);
      assert.match(
        stale.body,
        /<tr class="differs"><th scope="row">Rolle<span class="visually-hidden"> \(abweichend\)<\/span><\/th><td data-label="Ihre Eingabe">Mitglied<\/td><td data-label="Inzwischen gespeichert">stellv\. Vorsitz<\/td><\/tr>/,
      );
      assert.match(stale.body, /<input id="feld-ende" name="ende" type="date" value="2027-12-31"/);
      const latest = versionIn(stale.body);
      assert.equal(latest, String(Number(version) + 1));

      assert.equal(
        (await first.post(`/verwaltung/mitgliedschaften/${albersSozial}/beenden`, { ende: '2020-01-01', version: latest })).statusCode,
        400,
        'before its beginning',
      );
      assert.equal((await first.post(`/verwaltung/mitgliedschaften/${albersSozial}/beenden`, { ende: '2026-03-31', version })).statusCode, 409, 'stale');
      assert.equal((await first.post(`/verwaltung/mitgliedschaften/${albersSozial}/beenden`, { ende: '2026-03-31', version: latest })).statusCode, 303);
      const ended = await first.get(`/verwaltung/mitgliedschaften/${albersSozial}?hinweis=beendet`);
      assert.match(ended.body, /Die Mitgliedschaft ist beendet\./);
      assert.match(ended.body, /<p>Beendet zum 31\.03\.2026\.<\/p><button type="submit">Mitgliedschaft wiederherstellen<\/button>/);
      assert.equal((await first.post(`/verwaltung/mitgliedschaften/${albersSozial}/wiederherstellen`, { version: versionIn(ended.body) })).statusCode, 303);
      const restored = (await membershipsOf(t, albers)).find((m) => m.id === albersSozial);
      assert.equal(restored?.end_date, null);
      const open = await first.get(`/verwaltung/mitgliedschaften/${albersSozial}`);
      assert.match(open.body, /Ende: „2026-03-31“ → \(leer\)/);
      const deleted = await first.post(`/verwaltung/mitgliedschaften/${albersSozial}/loeschen`, { version: versionIn(open.body) });
      assert.equal(deleted.statusCode, 303);
      assert.equal(deleted.headers.location, `/verwaltung/gremien/${sozial}/mitglieder?hinweis=geloescht`);
      assert.equal((await membershipsOf(t, albers)).find((m) => m.id === albersSozial)?.deleted, true);
      assert.equal((await first.get(`/verwaltung/mitgliedschaften/${albersSozial}`)).statusCode, 404);
      assert.deepEqual(
        (await recordEvents(t, 'membership', albersSozial)).map((e) => e.event),
        ['record.updated', 'record.ended', 'record.restored', 'record.deleted'],
      );
    });
  });
}
