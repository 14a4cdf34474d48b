/**
 * Changing a Gremium in the back office: existing rows open under their Art, a save is
 * version-checked (a stale one shows both versions and keeps the input), a parent is never the
 * row itself or below it, ending and restoring keep the Kurzname rule, a delete is refused while
 * anything refers to the row, and the history says who changed what when. The Sitzungsdienst
 * reads the data without any form.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../db/rows.ts';
import { berlinDate } from '../../lib/format.ts';
import { z } from '../../lib/validation.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { organizationReferences } from './organizations.records.ts';
import { organizations } from './organizations.tables.ts';
import {
  ADMIN,
  createdId,
  fieldError,
  gremiumForm,
  inputValue,
  mainOf,
  openOrgTestApp,
  selectedOption,
  SESSION_SERVICE,
  versionIn,
  type OrgTestContext,
} from './organizations.admin.test-support.ts';

const day = (offset: number) => berlinDate(new Date(Date.now() + offset * 86_400_000));
const formOfRecord = (html: string, names: string[]) => Object.fromEntries(names.map((n) => [n, inputValue(html, n) ?? selectedOption(html, n) ?? '']));
const fieldNames = ['art', 'name', 'kurzname', 'uebergeordnet', 'beginn', 'enddatum', 'website', 'sitzungsort', 'sitze'];

for (const engine of testEngines()) {
  describe(`back office: changing a Gremium (${engine.name})`, () => {
    let c: OrgTestContext;
    before(async () => {
      c = await openOrgTestApp(engine);
    });
    after(() => c.t.close());
    const row = async (id: number) => (await c.t.database.db.select().from(organizations).where(eq(organizations.id, id)))[0];

    it('opens existing rows under their Art and saves an unchanged form without a new version', async () => {
      const admin = await c.login(ADMIN);
      const o = c.t.fixture.organizations;
      for (const [id, kind] of [
        [o.kreistag, 'vertretung'],
        [o.sozial, 'ausschuss'],
        [o.fraktion, 'fraktion'],
        [o.integration, 'verwaltung'],
      ] as const)
        assert.equal(selectedOption((await admin.get(`/verwaltung/gremien/${id}`)).body, 'art'), kind, String(id));
      const page = await admin.get(`/verwaltung/gremien/${o.integration}`);
      const same = await admin.post(`/verwaltung/gremien/${o.integration}`, { ...formOfRecord(page.body, fieldNames), version: versionIn(page.body) ?? '' });
      assert.equal(same.statusCode, 303);
      assert.equal(same.headers.location, `/verwaltung/gremien/${o.integration}?hinweis=unveraendert`);
      assert.deepEqual(
        { version: (await row(o.integration))?.version, classification: (await row(o.integration))?.classification },
        { version: 1, classification: 'Stabsstelle' },
      );
    });

    it('keeps a row of none of the five Arten as it is', async () => {
      const [external] = await c.t.database.db
        .insert(organizations)
        .values({ bodyId: c.t.fixture.bodyId, name: 'Zweckverband Abfall', organizationType: 'externes Gremium', classification: 'Zweckverband' })
        .returning();
      assert.ok(external);
      const admin = await c.login(ADMIN);
      const page = await admin.get(`/verwaltung/gremien/${external.id}`);
      assert.match(page.body, /<option value="keep" selected="">wie gespeichert: externes Gremium \(Zweckverband\)<\/option>/);
      const saved = await admin.post(`/verwaltung/gremien/${external.id}`, {
        ...formOfRecord(page.body, fieldNames),
        kurzname: 'ZVA',
        version: '1',
      });
      assert.equal(saved.statusCode, 303);
      assert.deepEqual(
        {
          type: (await row(external.id))?.organizationType,
          classification: (await row(external.id))?.classification,
          shortName: (await row(external.id))?.shortName,
        },
        { type: 'externes Gremium', classification: 'Zweckverband', shortName: 'ZVA' },
      );
    });

    it('saves a change, records who changed what, and answers a stale save with both versions and the input kept', async () => {
      const admin = await c.login(ADMIN);
      const { finanz } = c.t.fixture.organizations;
      const loaded = await admin.get(`/verwaltung/gremien/${finanz}`);
      assert.equal(versionIn(loaded.body), '1');
      const first = await admin.post(`/verwaltung/gremien/${finanz}`, {
        ...gremiumForm({ name: 'Finanz- und Haushaltsausschuss', kurzname: 'FA', sitze: '15' }),
        version: '1',
      });
      assert.equal(first.statusCode, 303);
      assert.equal(first.headers.location, `/verwaltung/gremien/${finanz}?hinweis=gespeichert`);
      assert.equal((await row(finanz))?.version, 2);

      // a second tab still holds version 1
      const stale = await admin.post(`/verwaltung/gremien/${finanz}`, {
        ...gremiumForm({ name: 'Ausschuss für Finanzen', kurzname: 'FA', sitze: '11' }),
        version: '1',
      });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /<h2 id="konflikt-titel">Inzwischen geändert<\/h2>/);
      const conflict = /<table class="conflict-table">[\s\S]*?<\/table>/.exec(stale.body)?.[0] ?? '';
      assert.match(
        conflict,
        /<td data-label="Ihre Eingabe">Ausschuss für Finanzen<\/td><td data-label="Inzwischen gespeichert">Finanz- und Haushaltsausschuss<\/td>/,
      );
      assert.match(conflict, /<td data-label="Ihre Eingabe">11<\/td><td data-label="Inzwischen gespeichert">15<\/td>/);
      assert.equal(inputValue(stale.body, 'name'), 'Ausschuss für Finanzen');
      assert.equal(inputValue(stale.body, 'sitze'), '11');
      assert.equal(versionIn(stale.body), '2', 'the form now carries the stored version');
      assert.equal((await row(finanz))?.name, 'Finanz- und Haushaltsausschuss');

      const page = await admin.get(`/verwaltung/gremien/${finanz}`);
      const history = /<section aria-labelledby="verlauf-titel"[\s\S]*?<\/section>/.exec(page.body)?.[0] ?? '';
      assert.match(history, /<strong>geändert<\/strong> am \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr von Anna Admin/);
      assert.match(history, /Name: „Finanzausschuss“ → „Finanz- und Haushaltsausschuss“/);
      assert.match(history, /Sitze: \(leer\) → „15“/);
      assert.match(history, /Website: \(leer\) → „https:\/\/www.kreis-test.de\/digitales“/);
      assert.doesNotMatch(history, /Kurzname:/, 'unchanged fields are not listed');

      const missing = await admin.post(`/verwaltung/gremien/${finanz}`, gremiumForm());
      assert.equal(missing.statusCode, 400, 'a form without its version');
      const invalid = await admin.post(`/verwaltung/gremien/${finanz}`, { ...gremiumForm({ name: '' }), version: '2' });
      assert.equal(invalid.statusCode, 400);
      assert.equal(fieldError(invalid.body, 'name'), 'Name: bitte geben Sie den Namen an.');
      assert.equal(versionIn(invalid.body), '2');
    });

    it('never offers or takes the row itself or what lies below it as its parent', async () => {
      const admin = await c.login(ADMIN);
      const { integration } = c.t.fixture.organizations;
      const child = createdId(
        await admin.post(
          '/verwaltung/gremien/neu',
          gremiumForm({ art: 'verwaltung', name: 'Sachgebiet Teilhabe', kurzname: '', sitze: '', uebergeordnet: String(integration) }),
        ),
      );
      assert.equal((await row(child))?.classification, 'Sachgebiet', 'the name says what kind of unit it is');
      const page = await admin.get(`/verwaltung/gremien/${integration}`);
      const parents = /<select id="feld-uebergeordnet"[\s\S]*?<\/select>/.exec(page.body)?.[0] ?? '';
      assert.doesNotMatch(parents, new RegExp(`value="(${integration}|${child})"`));
      assert.match(parents, new RegExp(`value="${c.t.fixture.organizations.kreistag}"`));
      for (const [parent, message] of [
        [child, 'Übergeordnete Organisation: diese ist ihr schon untergeordnet. Bitte eine andere wählen.'],
        [integration, 'Übergeordnete Organisation: eine Organisation kann nicht sich selbst untergeordnet sein.'],
      ] as const) {
        const r = await admin.post(`/verwaltung/gremien/${integration}`, {
          ...formOfRecord(page.body, fieldNames),
          uebergeordnet: String(parent),
          version: versionIn(page.body) ?? '',
        });
        assert.equal(r.statusCode, 400);
        assert.equal(fieldError(r.body, 'uebergeordnet'), message);
      }
      assert.equal((await row(integration))?.subOrganizationOfId, null);
    });

    it('ends and restores an organization, refusing an end before its beginning and a restore whose Kurzname is taken', async () => {
      const admin = await c.login(ADMIN);
      const id = createdId(await admin.post('/verwaltung/gremien/neu', gremiumForm({ name: 'Ausschuss für Wahlen', kurzname: 'WA', beginn: '2024-06-01' })));
      const page = await admin.get(`/verwaltung/gremien/${id}`);
      assert.match(page.body, new RegExp(`action="/verwaltung/gremien/${id}/beenden"`));
      const early = await admin.post(`/verwaltung/gremien/${id}/beenden`, { ende: '2024-05-31', version: '1' });
      assert.equal(early.statusCode, 400);
      assert.match(early.body, /Beenden: Das Ende \(31\.05\.2024\) liegt vor dem Beginn \(01\.06\.2024\)\./);
      const yesterday = day(-1);
      const ended = await admin.post(`/verwaltung/gremien/${id}/beenden`, { ende: yesterday, version: '1' });
      assert.equal(ended.statusCode, 303);
      assert.equal(ended.headers.location, `/verwaltung/gremien/${id}?hinweis=beendet`);
      assert.equal((await row(id))?.endDate, yesterday);
      const list = async (query: string) => mainOf((await admin.get(`/verwaltung/gremien${query}`)).body);
      assert.doesNotMatch(await list(''), /Ausschuss für Wahlen/, 'no longer among the running ones');
      assert.match(await list('?stand=beendet'), /Ausschuss für Wahlen<\/a> <span class="badge">beendet<\/span>/);
      const endedPage = await admin.get(`/verwaltung/gremien/${id}?hinweis=beendet`);
      assert.match(endedPage.body, new RegExp(`action="/verwaltung/gremien/${id}/wiederherstellen"`));
      assert.match(endedPage.body, new RegExp(`<strong>beendet</strong>[\\s\\S]*?Ende: \\(leer\\) → „${yesterday.split('-').reverse().join('.')}“`));

      // the Kurzname is free once its holder has ended, and blocks the restore then
      const successor = createdId(await admin.post('/verwaltung/gremien/neu', gremiumForm({ name: 'Wahlausschuss', kurzname: 'wa' })));
      const blocked = await admin.post(`/verwaltung/gremien/${id}/wiederherstellen`, { version: '2' });
      assert.equal(blocked.statusCode, 400);
      assert.match(blocked.body, /Wiederherstellen: Den Kurznamen „WA“ trägt inzwischen „Wahlausschuss“/);
      const stale = await admin.post(`/verwaltung/gremien/${id}/wiederherstellen`, { version: '1' });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /Jemand anderes hat diese Organisation inzwischen gespeichert/);

      await c.t.database.db.update(organizations).set({ shortName: 'WA-alt' }).where(eq(organizations.id, successor));
      const restored = await admin.post(`/verwaltung/gremien/${id}/wiederherstellen`, { version: '2' });
      assert.equal(restored.statusCode, 303);
      assert.deepEqual({ end: (await row(id))?.endDate, version: (await row(id))?.version }, { end: null, version: 3 });
      assert.match((await admin.get(`/verwaltung/gremien/${id}`)).body, /<strong>wiederhergestellt<\/strong>/);
    });

    it('refuses to delete a row anything refers to, and deletes an unused one (an OParl tombstone remains)', async () => {
      const admin = await c.login(ADMIN);
      const o = c.t.fixture.organizations;
      const sozial = await admin.get(`/verwaltung/gremien/${o.sozial}`);
      assert.match(sozial.body, /Löschen ist nicht möglich, solange etwas auf sie verweist: Beratungen von Vorlagen: 1, Sitzungen: 1, Rollen von Konten: 1\./);
      assert.doesNotMatch(sozial.body, /\/loeschen"/);
      const refused = await admin.post(`/verwaltung/gremien/${o.sozial}/loeschen`, { version: '1' });
      assert.equal(refused.statusCode, 409);
      assert.match(
        refused.body,
        /Nicht gelöscht: Auf „Sozial- und Gesundheitsausschuss“ verweisen noch Beratungen von Vorlagen: 1, Sitzungen: 1, Rollen von Konten: 1\. Beenden Sie sie stattdessen\./,
      );
      assert.equal((await row(o.sozial))?.deletedAt, null);
      const parentRefused = await admin.post(`/verwaltung/gremien/${o.integration}/loeschen`, { version: '1' });
      assert.equal(parentRefused.statusCode, 409);
      assert.match(parentRefused.body, /untergeordnete Organisationen: 1/);

      const id = createdId(await admin.post('/verwaltung/gremien/neu', gremiumForm({ name: 'Versehentlich angelegt', kurzname: 'VA' })));
      const page = await admin.get(`/verwaltung/gremien/${id}`);
      assert.match(page.body, new RegExp(`action="/verwaltung/gremien/${id}/loeschen"`));
      assert.equal((await admin.post(`/verwaltung/gremien/${id}/loeschen`, { version: '0' })).statusCode, 409, 'stale');
      const deleted = await admin.post(`/verwaltung/gremien/${id}/loeschen`, { version: '1' });
      assert.equal(deleted.statusCode, 303);
      assert.equal(deleted.headers.location, '/verwaltung/gremien?hinweis=geloescht');
      assert.doesNotMatch(mainOf((await admin.get('/verwaltung/gremien?stand=alle')).body), /Versehentlich angelegt/);
      assert.equal((await admin.get(`/verwaltung/gremien/${id}`)).statusCode, 404);
      assert.equal((await c.t.app.inject(`/gremien/${id}`)).statusCode, 404);
      assert.doesNotMatch((await c.t.app.inject('/gremien')).body, /Versehentlich angelegt/);
      const tombstone = JSON.parse((await c.t.app.inject(`/oparl/v1/organization/${id}`)).body) as { deleted?: boolean };
      assert.equal(tombstone.deleted, true);
      const [logged] = await queryRows(
        c.t.database.db,
        z.object({ event: z.string(), by: z.string() }),
        sql`select event, detail->>'by' as by from audit_events where detail->>'record' = ${`organization:${id}`} order by id desc limit 1`,
      );
      assert.deepEqual(logged, { event: 'record.deleted', by: 'Anna Admin' });
    });

    it('checks every foreign key that points at organizations before a delete', async () => {
      const keys = await queryRows(
        c.t.database.db,
        z.object({ table: z.string(), column: z.string() }),
        sql`select c.conrelid::regclass::text as table, a.attname as column
          from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
          where c.contype = 'f' and c.confrelid = 'organizations'::regclass order by 1, 2`,
      );
      const checked = organizationReferences.map((r) => `${r.table}.${r.column}`).sort();
      assert.deepEqual(keys.map((k) => `${k.table}.${k.column}`).sort(), checked);
    });

    it('shows the Sitzungsdienst the data and the history, without any form to change them', async () => {
      const sven = await c.login(SESSION_SERVICE);
      const { finanz } = c.t.fixture.organizations;
      const r = await sven.get(`/verwaltung/gremien/${finanz}`);
      assert.equal(r.statusCode, 200);
      const main = mainOf(r.body);
      assert.match(main, /<dt>Name<\/dt><dd>Finanz- und Haushaltsausschuss<\/dd>/);
      assert.match(main, /<dt>Sitze<\/dt><dd>15<\/dd>/);
      assert.match(main, /<h2 id="verlauf-titel">Verlauf<\/h2>/);
      assert.match(main, new RegExp(`href="/verwaltung/gremien/${finanz}/mitglieder"`));
      assert.doesNotMatch(main, /<form method="post"|Speichern|beenden<\/button>|löschen<\/button>/);
    });
  });
}
