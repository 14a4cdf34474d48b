/**
 * Wahlperioden in the back office: the administration creates, changes and deletes them (checked,
 * version-locked, in the history); they never overlap; the current one follows from the dates;
 * one with sessions or memberships in its dates is not deleted; the Sitzungsdienst only reads,
 * and everyone else gets 404.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { Browser } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { accounts, addNonPublicFixture } from '../../../test/helpers/nonpublic-fixture.ts';
import { auditEvents } from '../audit/audit.tables.ts';

const PATH = '/verwaltung/wahlperioden';
const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1];
const inputValue = (html: string, name: string) => new RegExp(`<input id="feld-${name}" name="${name}"[^>]* value="([^"]*)"`).exec(html)?.[1];
const errorOf = (html: string, name: string) => new RegExp(`id="feld-${name}-fehler">([^<]*)<`).exec(html)?.[1];

// the current period is derived from today's date, so the test builds it around today
const year = new Date().getUTCFullYear();
const current = { name: `${year - 1}–${year + 4}`, beginn: `${year - 1}-06-01`, ende: `${year + 4}-05-31` };
const earlier = { name: '2018–2023', beginn: '2018-06-01', ende: `${year - 1}-05-31` };

for (const engine of testEngines()) {
  describe(`Wahlperioden in the back office (${engine.name})`, () => {
    let t: TestApp;
    let admin: Browser;
    const login = async (email: string) => {
      const b = new Browser(t.app);
      await b.login(email);
      return b;
    };
    /** Creates a Wahlperiode through the form; its id. */
    const create = async (values: Record<string, string>) => {
      await admin.get(`${PATH}/neu`);
      const r = await admin.post(`${PATH}/neu`, values);
      assert.equal(r.statusCode, 303, r.body);
      const id = /\/(\d+)\?hinweis=angelegt$/.exec(String(r.headers.location))?.[1];
      assert.ok(id, String(r.headers.location));
      return id;
    };

    before(async () => {
      t = await openTestApp(engine);
      await addNonPublicFixture(t);
      admin = await login(accounts.admin);
    });
    after(() => t.close());

    it('says when no Wahlperiode exists yet, and links the form for the administration', async () => {
      const list = await admin.get(PATH);
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Es ist noch keine Wahlperiode angelegt/);
      assert.match(list.body, /ergibt sich aus Beginn und Ende, nicht aus einer Markierung/);
      assert.match(list.body, new RegExp(`href="${PATH}/neu"`));
      assert.match(list.body, /<a href="\/verwaltung\/wahlperioden" aria-current="page">Wahlperioden<\/a>/);
    });

    it('creates a Wahlperiode, shows it as current and records who created it', async () => {
      const id = await create(current);
      const page = await admin.get(`${PATH}/${id}?hinweis=angelegt`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Die Wahlperiode ist angelegt/);
      assert.equal(inputValue(page.body, 'name'), current.name);
      assert.equal(inputValue(page.body, 'beginn'), current.beginn);
      assert.equal(versionIn(page.body), '1');
      assert.match(page.body, /<strong>angelegt<\/strong> am [\d.]+, [\d:]+ Uhr von Administration/);
      const list = await admin.get(PATH);
      assert.match(list.body, new RegExp(`Aktuell ist die Wahlperiode <strong>${current.name}</strong>`));
      const [logged] = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.event, 'record.created'), sql`${auditEvents.detail}->>'record' = ${`legislativeTerm:${id}`}`));
      assert.equal(logged?.detail['label'], current.name);
      assert.equal(logged?.detail['by'], 'Administration');
    });

    it('refuses a missing name, an impossible date and an end before the beginning, keeping what was typed', async () => {
      await admin.get(`${PATH}/neu`);
      const r = await admin.post(`${PATH}/neu`, { name: '', beginn: '2030-02-30', ende: '' });
      assert.equal(r.statusCode, 400);
      assert.match(errorOf(r.body, 'name') ?? '', /Bitte geben Sie einen Namen an/);
      assert.match(errorOf(r.body, 'beginn') ?? '', /Diesen Tag gibt es nicht/);
      assert.equal(inputValue(r.body, 'beginn'), '2030-02-30');
      assert.match(r.body, /aria-invalid="true"/);
      const reversed = await admin.post(`${PATH}/neu`, { name: 'Verdreht', beginn: '2040-06-01', ende: '2035-05-31' });
      assert.equal(reversed.statusCode, 400);
      assert.match(errorOf(reversed.body, 'ende') ?? '', /Das Ende liegt vor dem Beginn/);
      assert.equal(inputValue(reversed.body, 'name'), 'Verdreht');
      const german = await admin.post(`${PATH}/neu`, { name: 'Deutsch getippt', beginn: '1.6.1990', ende: '31.05.1994' });
      assert.equal(german.statusCode, 303, 'a date typed as TT.MM.JJJJ is read');
    });

    it('refuses a period that overlaps another, naming it', async () => {
      await admin.get(`${PATH}/neu`);
      const r = await admin.post(`${PATH}/neu`, { name: 'Zu früh', beginn: earlier.beginn, ende: `${year}-01-31` });
      assert.equal(r.statusCode, 400);
      assert.match(errorOf(r.body, 'beginn') ?? '', new RegExp(`überschneidet sich mit der Wahlperiode „${current.name}“`));
      assert.equal(inputValue(r.body, 'name'), 'Zu früh');
      const open = await admin.post(`${PATH}/neu`, { name: 'Offen', beginn: '2100-01-01', ende: '' });
      assert.equal(open.statusCode, 303, 'an open end is allowed');
      const later = await admin.post(`${PATH}/neu`, { name: 'Danach', beginn: '2150-01-01', ende: '2155-01-01' });
      assert.equal(later.statusCode, 400, 'an open period reaches every later day');
      assert.match(errorOf(later.body, 'beginn') ?? '', /„Offen“ \(01\.01\.2100 bis offen\)/);
      assert.equal((await create(earlier)).length > 0, true, 'the day before the next begins is fine');
    });

    it('saves a change with the version, and answers a stale save with both versions and the typed values', async () => {
      const id = await create({ name: 'Entwurf', beginn: '2060-01-01', ende: '2064-12-31' });
      const mine = await admin.get(`${PATH}/${id}`);
      const other = await login(accounts.admin);
      await other.get(`${PATH}/${id}`);
      const theirs = await other.post(`${PATH}/${id}`, { version: '1', name: 'Von anderen', beginn: '2060-01-01', ende: '2064-12-31' });
      assert.equal(theirs.statusCode, 303);
      const stale = await admin.post(`${PATH}/${id}`, { version: versionIn(mine.body) ?? '', name: 'Meine Fassung', beginn: '2060-02-01', ende: '2064-12-31' });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /Inzwischen geändert/);
      assert.match(stale.body, /<td data-label="Ihre Eingabe">Meine Fassung<\/td><td data-label="Inzwischen gespeichert">Von anderen<\/td>/);
      assert.match(stale.body, /<td data-label="Ihre Eingabe">01\.02\.2060<\/td><td data-label="Inzwischen gespeichert">01\.01\.2060<\/td>/);
      assert.equal(inputValue(stale.body, 'name'), 'Meine Fassung', 'nothing typed is lost');
      assert.equal(versionIn(stale.body), '2', 'the form now carries the stored version');
      const again = await admin.post(`${PATH}/${id}`, { version: '2', name: 'Meine Fassung', beginn: '2060-02-01', ende: '2064-12-31' });
      assert.equal(again.statusCode, 303);
      const page = await admin.get(`${PATH}/${id}`);
      assert.match(page.body, /Name: „Von anderen“ → „Meine Fassung“/);
      assert.match(page.body, /Beginn: „01\.01\.2060“ → „01\.02\.2060“/);
      assert.equal(versionIn(page.body), '3');
    });

    it('deletes a period nothing happened in, and refuses one with sessions or memberships in its dates', async () => {
      const list = await admin.get(PATH);
      const currentId = new RegExp(`href="${PATH}/(\\d+)">${current.name}<`).exec(list.body)?.[1];
      assert.ok(currentId);
      const refused = await admin.post(`${PATH}/${currentId}/loeschen`, { version: '1' });
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /kann nicht gelöscht werden: In ihrem Zeitraum liegen \d+ Sitzung(en)? und \d+ Mitgliedschaft(en)?/);
      assert.equal((await admin.get(`${PATH}/${currentId}`)).statusCode, 200, 'still there');

      const id = await create({ name: 'Versehen', beginn: '1950-01-01', ende: '1954-12-31' });
      await admin.get(`${PATH}/${id}`);
      assert.equal((await admin.post(`${PATH}/${id}/loeschen`, { version: '0' })).statusCode, 409, 'a stale delete is refused');
      const deleted = await admin.post(`${PATH}/${id}/loeschen`, { version: '1' });
      assert.equal(deleted.statusCode, 303);
      assert.equal(deleted.headers.location, `${PATH}?hinweis=geloescht`);
      assert.equal((await admin.get(`${PATH}/${id}`)).statusCode, 404);
      assert.doesNotMatch((await t.app.inject('/oparl/v1/body')).body, /Versehen/, 'gone from the OParl body');
    });

    it('lets the Sitzungsdienst read but not change, and answers 404 to everyone else', async () => {
      const list = await admin.get(PATH);
      const id = new RegExp(`href="${PATH}/(\\d+)">${current.name}<`).exec(list.body)?.[1];
      const session = await login(accounts.sessionService);
      const read = await session.get(PATH);
      assert.equal(read.statusCode, 200);
      assert.doesNotMatch(read.body, new RegExp(`href="${PATH}/neu"`));
      const one = await session.get(`${PATH}/${id}`);
      assert.equal(one.statusCode, 200);
      assert.doesNotMatch(one.body, /<form method="post" action="\/verwaltung\/wahlperioden/);
      assert.equal((await session.get(`${PATH}/neu`)).statusCode, 404);
      const form = { version: '1', name: 'Übernommen', beginn: '2300-01-01', ende: '' };
      for (const url of [`${PATH}/neu`, `${PATH}/${id}`, `${PATH}/${id}/loeschen`])
        assert.equal((await session.post(url, form)).statusCode, 404, `Sitzungsdienst POST ${url}`);

      const others = [new Browser(t.app), await login(accounts.entitled), await login(accounts.staff)];
      await others[0]?.get('/anmelden');
      for (const [i, b] of others.entries()) {
        for (const url of [PATH, `${PATH}/neu`, `${PATH}/${id}`]) assert.equal((await b.get(url)).statusCode, 404, `${i} GET ${url}`);
        for (const url of [`${PATH}/neu`, `${PATH}/${id}`, `${PATH}/${id}/loeschen`])
          assert.equal((await b.post(url, form)).statusCode, 404, `${i} POST ${url}`);
      }
      assert.doesNotMatch((await admin.get(PATH)).body, /Übernommen/);
    });
  });
}
