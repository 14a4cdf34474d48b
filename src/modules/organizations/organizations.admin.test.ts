/**
 * The back office's Gremien list and the form that creates one: who reaches which route, search
 * and filters, a new Gremium on the portal and in OParl at once, and a refused form that keeps
 * the input with each German message beside its field.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { Browser } from '../../../test/helpers/accounts.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { locations } from '../locations/locations.tables.ts';
import { organizations } from './organizations.tables.ts';
import {
  ADMIN,
  CLERK,
  COUNCILLOR,
  createdId,
  fieldError,
  gremiumForm,
  inputValue,
  mainOf,
  openOrgTestApp,
  selectedOption,
  SESSION_SERVICE,
  type OrgTestContext,
} from './organizations.admin.test-support.ts';

for (const engine of testEngines()) {
  describe(`back office: Gremien list and new Gremium (${engine.name})`, () => {
    let c: OrgTestContext;
    before(async () => {
      c = await openOrgTestApp(engine);
    });
    after(() => c.t.close());

    it('lists every organization for the Sitzungsdienst, with the link to set up a new Gremium', async () => {
      const sven = await c.login(SESSION_SERVICE);
      const r = await sven.get('/verwaltung/gremien');
      assert.equal(r.statusCode, 200);
      const main = mainOf(r.body);
      for (const name of [
        'Kreistag',
        'Sozial- und Gesundheitsausschuss',
        'Finanzausschuss',
        'Koordinierungsstelle für Integration und Teilhabe',
        'Fraktion Bürgerliste',
      ])
        assert.ok(main.includes(`>${name}</a>`), name);
      assert.match(main, /<th scope="col">Kurzname<\/th>/);
      assert.match(main, new RegExp(`href="/verwaltung/gremien/${c.t.fixture.organizations.finanz}"`));
      assert.match(r.body, /Neues Gremium anlegen/);
      assert.match(r.body, /aria-current="page">Gremien und Verwaltungseinheiten</);
      const admin = await c.login(ADMIN);
      assert.match((await admin.get('/verwaltung/gremien')).body, /<a href="\/verwaltung\/gremien\/neu">Neues Gremium anlegen<\/a>/);
    });

    it('searches by name and short name and filters by Art and state', async () => {
      const admin = await c.login(ADMIN);
      const names = async (query: string) => {
        const r = await admin.get(`/verwaltung/gremien${query}`);
        assert.equal(r.statusCode, 200, query);
        return [...mainOf(r.body).matchAll(/<th scope="row"><a href="\/verwaltung\/gremien\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]);
      };
      assert.deepEqual(await names('?q=finanz'), ['Finanzausschuss']);
      assert.deepEqual(await names('?q=SGA'), ['Sozial- und Gesundheitsausschuss']);
      assert.deepEqual(await names('?art=ausschuss'), ['Finanzausschuss', 'Sozial- und Gesundheitsausschuss']);
      assert.deepEqual(await names('?art=vertretung'), ['Kreistag']);
      assert.deepEqual(await names('?art=fraktion'), ['Fraktion Bürgerliste']);
      assert.deepEqual(await names('?art=verwaltung'), ['Koordinierungsstelle für Integration und Teilhabe']);
      assert.deepEqual(await names('?stand=beendet'), []);
      assert.equal((await names('?stand=alle')).length, 5);
      const bad = await admin.get('/verwaltung/gremien?art=partei');
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Art: eine von/);
    });

    it('answers 404 on every change route to the public, councillors, Sachbearbeitung, and to the Sitzungsdienst of another Gremium', async () => {
      const { finanz } = c.t.fixture.organizations;
      const anonymous = new Browser(c.t.app);
      await anonymous.get('/anmelden');
      const others = [anonymous, await c.login(COUNCILLOR), await c.login(CLERK), await c.login(SESSION_SERVICE)];
      for (const [i, b] of others.entries()) {
        await b.get('/konto');
        // the Sitzungsdienst may set up Ausschüsse (its own test below), but not touch the Finanzausschuss it does not run
        const sessionService = i === 3;
        if (!sessionService) {
          assert.equal((await b.get('/verwaltung/gremien/neu')).statusCode, 404, `${i} GET neu`);
          assert.equal((await b.post('/verwaltung/gremien/neu', gremiumForm({ name: 'Unbefugt angelegt' }))).statusCode, 404, `${i} POST neu`);
        }
        for (const [url, form] of [
          [`/verwaltung/gremien/${finanz}`, gremiumForm({ name: 'Unbefugt umbenannt', version: '1' })],
          [`/verwaltung/gremien/${finanz}/beenden`, { ende: '2025-01-01', version: '1' }],
          [`/verwaltung/gremien/${finanz}/wiederherstellen`, { version: '1' }],
          [`/verwaltung/gremien/${finanz}/loeschen`, { version: '1' }],
        ] as const) {
          const r = await b.post(url, form);
          assert.equal(r.statusCode, 404, `${i} POST ${url}`);
        }
      }
      // the Sitzungsdienst reads master data; the others do not even see the list
      for (const b of others.slice(0, 3)) {
        assert.equal((await b.get('/verwaltung/gremien')).statusCode, 404);
        assert.equal((await b.get(`/verwaltung/gremien/${finanz}`)).statusCode, 404);
      }
      const rows = await c.t.database.db.select().from(organizations).where(eq(organizations.id, finanz));
      assert.equal(rows[0]?.name, 'Finanzausschuss');
      assert.equal(rows[0]?.version, 1);
      assert.equal(rows[0]?.endDate, null);
      assert.equal((await c.t.database.db.select().from(organizations).where(eq(organizations.name, 'Unbefugt angelegt'))).length, 0);
    });

    it('lets the Sitzungsdienst set up a Beirat it then runs, but not a Fraktion, and keep only its own Gremien', async () => {
      const sven = await c.login(SESSION_SERVICE);
      await sven.get('/verwaltung/gremien/neu');
      const fraktion = await sven.post('/verwaltung/gremien/neu', gremiumForm({ art: 'fraktion', name: 'Fraktion Neu', kurzname: 'FN' }));
      assert.equal(fraktion.statusCode, 400);
      assert.match(fieldError(fraktion.body, 'art') ?? '', /Als Sitzungsdienst legen Sie Ausschüsse und Beiräte an/);
      const created = await sven.post('/verwaltung/gremien/neu', gremiumForm({ art: 'beirat', name: 'Beirat für Mobilität', kurzname: 'BMO', sitze: '' }));
      assert.equal(created.statusCode, 303);
      const id = Number(/\/verwaltung\/gremien\/(\d+)/.exec(String(created.headers.location))?.[1]);
      // the grant takes effect at the next request: the clerk now runs the new Ausschuss
      const page = await sven.get(`/verwaltung/gremien/${id}`);
      assert.match(page.body, /<form method="post" action="\/verwaltung\/gremien\/\d+"/);
      const renamed = await sven.post(
        `/verwaltung/gremien/${id}`,
        gremiumForm({ art: 'beirat', name: 'Beirat für Mobilität und Verkehr', kurzname: 'BMO', sitze: '', version: '1' }),
      );
      assert.equal(renamed.statusCode, 303);
      const [row] = await c.t.database.db.select().from(organizations).where(eq(organizations.id, id));
      assert.equal(row?.name, 'Beirat für Mobilität und Verkehr');
      const konto = await sven.get('/konto');
      assert.match(konto.body, /Beirat für Mobilität und Verkehr/);
      // the Kreistag stays the administration's, even for the Sitzungsdienst
      await sven.get('/konto');
      const kreistag = await sven.post(
        `/verwaltung/gremien/${c.t.fixture.organizations.kreistag}`,
        gremiumForm({ art: 'vertretung', name: 'Umbenannt', version: '1' }),
      );
      assert.equal(kreistag.statusCode, 404);
    });

    it('creates a Gremium that /gremien, its page and OParl show at once, after the last of its group', async () => {
      const admin = await c.login(ADMIN);
      // the public list is in the page cache before the change
      assert.doesNotMatch((await c.t.app.inject('/gremien')).body, /Ausschuss für Digitales/);
      const form = await admin.get('/verwaltung/gremien/neu');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<option value="vertretung">Kreistag<\/option>/);
      const id = createdId(await admin.post('/verwaltung/gremien/neu', gremiumForm({ uebergeordnet: String(c.t.fixture.organizations.kreistag) })));

      const page = await admin.get(`/verwaltung/gremien/${id}?hinweis=angelegt`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Angelegt\. Die Organisation steht jetzt auch auf der Website/);
      assert.equal(inputValue(page.body, 'name'), 'Ausschuss für Digitales');
      assert.equal(selectedOption(page.body, 'art'), 'ausschuss');
      assert.equal(inputValue(page.body, 'sitze'), '13');
      assert.match(page.body, new RegExp(`href="/verwaltung/gremien/${id}/mitglieder"`));
      assert.match(page.body, /<strong>angelegt<\/strong> am \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr von Anna Admin/);
      assert.match(page.body, /Name: \(leer\) → „Ausschuss für Digitales“/);
      assert.match(page.body, /Art: \(leer\) → „Ausschuss“/);

      const [row] = await c.t.database.db.select().from(organizations).where(eq(organizations.id, id));
      assert.deepEqual(
        { type: row?.organizationType, classification: row?.classification, position: row?.position, seats: row?.seats, version: row?.version },
        { type: 'Gremium', classification: 'Ausschuss', position: 1, seats: 13, version: 1 },
      );

      const list = (await c.t.app.inject('/gremien')).body;
      const committees = /id="ausschuesse"[\s\S]*?(?=<h2|<\/main>)/.exec(list)?.[0] ?? '';
      assert.ok(committees.includes('Ausschuss für Digitales'), 'listed among the Ausschüsse');
      assert.ok(committees.indexOf('Finanzausschuss') < committees.indexOf('Ausschuss für Digitales'), 'after the committees already there');
      const own = await c.t.app.inject(`/gremien/${id}`);
      assert.equal(own.statusCode, 200);
      assert.match(own.body, /<h1>Ausschuss für Digitales<\/h1>/);

      const oparl = await c.t.app.inject(`/oparl/v1/body/${c.t.fixture.bodyId}/organization`);
      assert.equal(oparl.statusCode, 200);
      const data = (
        JSON.parse(oparl.body) as {
          data: { id: string; name: string; shortName?: string; organizationType?: string; classification?: string; website?: string }[];
        }
      ).data;
      const entry = data.find((o) => o.name === 'Ausschuss für Digitales');
      assert.ok(entry, 'in the OParl list');
      assert.equal(entry.shortName, 'ADI');
      assert.equal(entry.organizationType, 'Gremium');
      assert.equal(entry.classification, 'Ausschuss');
      assert.equal(entry.website, 'https://www.kreis-test.de/digitales');
      assert.match(entry.id, new RegExp(`/organization/${id}$`));
    });

    it('refuses a form with German messages beside the fields and keeps what was typed', async () => {
      const admin = await c.login(ADMIN);
      await admin.get('/verwaltung/gremien/neu');
      const r = await admin.post(
        '/verwaltung/gremien/neu',
        gremiumForm({ art: 'fraktion', name: '  ', kurzname: 'fa', website: 'http://kreis-test.de', beginn: '2025-06-01', enddatum: '2025-05-31', sitze: '7' }),
      );
      assert.equal(r.statusCode, 400);
      assert.equal(fieldError(r.body, 'name'), 'Name: bitte geben Sie den Namen an.');
      assert.match(fieldError(r.body, 'website') ?? '', /mit https:\/\/ beginnt/);
      assert.match(fieldError(r.body, 'enddatum') ?? '', /^Ende: liegt vor dem Beginn/);
      assert.match(r.body, /aria-invalid="true" aria-describedby="feld-website-fehler feld-website-hinweis"/);
      assert.equal(inputValue(r.body, 'website'), 'http://kreis-test.de');
      assert.equal(inputValue(r.body, 'kurzname'), 'fa');
      assert.equal(selectedOption(r.body, 'art'), 'fraktion');
      assert.match(r.body, /Bitte prüfen Sie Ihre Eingaben/);

      // the rules that need the data come once the form itself is fine
      const second = await admin.post('/verwaltung/gremien/neu', gremiumForm({ art: 'fraktion', name: 'Fraktion Neu', kurzname: 'fa', sitze: '7' }));
      assert.equal(second.statusCode, 400);
      assert.equal(
        fieldError(second.body, 'kurzname'),
        'Kurzname: „fa“ trägt schon „Finanzausschuss“. Unter den laufenden Organisationen muss jeder Kurzname eindeutig sein.',
      );
      assert.equal(fieldError(second.body, 'sitze'), 'Sitze: nur beim Kreistag und bei Ausschüssen. Bitte lassen Sie das Feld leer.');
      for (const [sitze, message] of [
        ['0', 'Sitze: eine ganze Zahl von 1 bis 500.'],
        ['501', 'Sitze: eine ganze Zahl von 1 bis 500.'],
        ['3,5', 'Sitze: bitte eine ganze Zahl angeben.'],
      ] as const) {
        const bad = await admin.post('/verwaltung/gremien/neu', gremiumForm({ name: 'Zählausschuss', kurzname: '', sitze }));
        assert.equal(bad.statusCode, 400, sitze);
        assert.equal(fieldError(bad.body, 'sitze'), message, sitze);
        assert.equal(inputValue(bad.body, 'sitze'), sitze);
      }
      const noKind = await admin.post('/verwaltung/gremien/neu', gremiumForm({ art: '', kurzname: '' }));
      assert.equal(fieldError(noKind.body, 'art'), 'Art: bitte wählen Sie, was für eine Organisation es ist.');
      const noParent = await admin.post('/verwaltung/gremien/neu', gremiumForm({ kurzname: '', uebergeordnet: '999999' }));
      assert.equal(fieldError(noParent.body, 'uebergeordnet'), 'Übergeordnete Organisation: bitte eine aus der Liste wählen.');
      assert.equal((await c.t.database.db.select().from(organizations).where(eq(organizations.name, 'Fraktion Neu'))).length, 0);
    });

    it('offers only running Sitzungsorte and refuses an ended one', async () => {
      const { db } = c.t.database;
      const { bodyId } = c.t.fixture;
      const [open] = await db.insert(locations).values({ bodyId, description: 'Kreishaus, Großer Saal', locality: 'Lindenhagen' }).returning();
      const [closed] = await db.insert(locations).values({ bodyId, description: 'Altes Rathaus', endDate: '2020-12-31' }).returning();
      assert.ok(open && closed);
      const admin = await c.login(ADMIN);
      const form = await admin.get('/verwaltung/gremien/neu');
      assert.match(form.body, new RegExp(`<option value="${open.id}">Kreishaus, Großer Saal, Lindenhagen</option>`));
      assert.doesNotMatch(form.body, /Altes Rathaus/);
      const refused = await admin.post('/verwaltung/gremien/neu', gremiumForm({ name: 'Ortsausschuss', kurzname: '', sitzungsort: String(closed.id) }));
      assert.equal(refused.statusCode, 400);
      assert.match(fieldError(refused.body, 'sitzungsort') ?? '', /^Üblicher Sitzungsort: diesen Ort gibt es nicht mehr oder er ist beendet/);
      const id = createdId(await admin.post('/verwaltung/gremien/neu', gremiumForm({ name: 'Ortsausschuss', kurzname: '', sitzungsort: String(open.id) })));
      const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
      assert.equal(row?.locationId, open.id);
    });
  });
}
