/**
 * The body's settings in the back office: the administration changes names, contact, Ladungsfrist
 * and the Aktenzeichen formats (checked, version-locked, in the history); a new name is in the
 * portal's header on the very next page, cached or not; nobody else reaches the page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { Browser } from '../../../test/helpers/accounts.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { textareaText } from '../../../test/helpers/html.ts';
import { accounts, addNonPublicFixture } from '../../../test/helpers/nonpublic-fixture.ts';
import { bodies } from './bodies.tables.ts';

const PATH = '/verwaltung/einstellungen';
const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1];
const inputValue = (html: string, name: string) => new RegExp(`<input id="feld-${name}" name="${name}"[^>]* value="([^"]*)"`).exec(html)?.[1];
const errorOf = (html: string, name: string) => new RegExp(`id="feld-${name}-fehler">([^<]*)<`).exec(html)?.[1];
const headerName = (html: string) => /<span class="site-body">([^<]*)<\/span>/.exec(html)?.[1];
const year = new Date().getFullYear();

/** The form as the page sends it: every field, one row per Vorlagenart. */
function formOf(html: string, changes: Record<string, string> = {}): Record<string, string> {
  const form: Record<string, string> = { version: versionIn(html) ?? '', aktion: 'speichern' };
  for (const name of ['name', 'kurzname', 'website', 'kontakt-name', 'kontakt-email', 'kontakt-telefon', 'ladungsfrist'])
    form[name] = inputValue(html, name) ?? '';
  form['kontakt-anschrift'] = textareaText(html, 'feld-kontakt-anschrift') ?? '';
  for (const [, i, type] of html.matchAll(/<input type="hidden" name="art-(\d+)" value="([^"]*)"/g)) {
    form[`art-${i}`] = type ?? '';
    form[`format-${i}`] = inputValue(html, `format-${i}`) ?? '';
  }
  return { ...form, ...changes };
}

for (const engine of testEngines()) {
  // with the page cache on, as in production: a new name must not wait for cached pages
  describe(`body settings in the back office (${engine.name})`, () => {
    let t: TestApp;
    let admin: Browser;
    const login = async (email: string) => {
      const b = new Browser(t.app);
      await b.login(email);
      return b;
    };

    before(async () => {
      t = await openTestApp(engine);
      await addNonPublicFixture(t);
      admin = await login(accounts.admin);
    });
    after(() => t.close());

    it('shows the stored settings, a format row for every Vorlagenart, the legal Ladungsfrist and the way to the legal texts', async () => {
      await t.database.db
        .update(bodies)
        .set({ referenceFormats: { Eilentscheidung: 'EE/{jahr}/{nummer}' } })
        .where(eq(bodies.id, t.fixture.bodyId));
      const page = await admin.get(PATH);
      assert.equal(page.statusCode, 200);
      assert.equal(inputValue(page.body, 'name'), 'Kreis Testhausen');
      assert.equal(inputValue(page.body, 'ladungsfrist'), '7');
      assert.match(page.body, /mindestens eine Woche, also 7 Tage/);
      const types = [...page.body.matchAll(/name="art-\d+" value="([^"]*)"/g)].map((m) => m[1]);
      assert.deepEqual(types, ['Beschlussvorlage', 'Mitteilungsvorlage', 'Antrag', 'Anfrage', 'Antwort auf Anfrage', 'Eilentscheidung']);
      assert.match(page.body, new RegExp(`Beispiel: EE/${year}/17`), 'the example of a stored format');
      assert.match(page.body, /href="\/verwaltung\/rechtliches"/);
      assert.match(page.body, /<a href="\/verwaltung\/einstellungen" aria-current="page">Körperschaft<\/a>/);
    });

    it('shows the new name in the header of the next page at once, though the start page was cached', async () => {
      assert.equal(headerName((await t.app.inject('/')).body), 'Kreis Testhausen');
      const cached = await t.app.inject('/');
      assert.equal(cached.headers['x-gremia-cache'], 'hit', 'the start page is cached before the save');
      const page = await admin.get(PATH);
      const saved = await admin.post(
        PATH,
        formOf(page.body, {
          name: 'Kreis Neuhausen',
          kurzname: 'KNH',
          'kontakt-email': 'info@kreis-neuhausen.de',
          'kontakt-telefon': '04101 202-0',
          'kontakt-anschrift': 'Kreishaus\r\nAm Markt 1\r\n21790 Neuhausen',
          ladungsfrist: '10',
          'format-0': 'VO/{jahr}/{nummer:3}',
        }),
      );
      assert.equal(saved.statusCode, 303, saved.body);
      assert.equal(saved.headers.location, `${PATH}?hinweis=gespeichert`);
      assert.equal(headerName((await t.app.inject('/')).body), 'Kreis Neuhausen');
      assert.equal(headerName((await t.app.inject('/sitzungen')).body), 'Kreis Neuhausen');
      assert.match((await t.app.inject('/oparl/v1/body')).body, /"name":"Kreis Neuhausen"/);
      const after = await admin.get(String(saved.headers.location));
      assert.equal(headerName(after.body), 'Kreis Neuhausen');
      assert.match(after.body, /Die Einstellungen sind gespeichert/);
      assert.equal(inputValue(after.body, 'ladungsfrist'), '10');
      assert.equal(textareaText(after.body, 'feld-kontakt-anschrift'), 'Kreishaus\nAm Markt 1\n21790 Neuhausen');
      assert.match(after.body, new RegExp(`Beispiel: VO/${year}/017`));
      assert.match(after.body, /Name: „Kreis Testhausen“ → „Kreis Neuhausen“/);
      assert.match(after.body, /Aktenzeichen Beschlussvorlage: \(leer\) → „VO\/\{jahr\}\/\{nummer:3\}“/);
      assert.equal(versionIn(after.body), '2');
      const [row] = await t.database.db.select().from(bodies).where(eq(bodies.id, t.fixture.bodyId));
      assert.deepEqual(row?.referenceFormats, { Beschlussvorlage: 'VO/{jahr}/{nummer:3}', Eilentscheidung: 'EE/{jahr}/{nummer}' });
      assert.equal(row?.noticeDays, 10);
    });

    it('previews a format without saving it', async () => {
      const page = await admin.get(PATH);
      const preview = await admin.post(PATH, formOf(page.body, { aktion: 'vorschau', 'format-1': 'MV-{jahr}-{nummer:4}' }));
      assert.equal(preview.statusCode, 200);
      assert.match(preview.body, /Noch ist nichts gespeichert/);
      assert.match(preview.body, new RegExp(`Beispiel: MV-${year}-0017`));
      assert.equal(inputValue(preview.body, 'format-1'), 'MV-{jahr}-{nummer:4}');
      assert.equal(inputValue((await admin.get(PATH)).body, 'format-1'), '', 'not stored');
    });

    it('refuses bad values with a German message beside the field and keeps what was typed', async () => {
      const page = await admin.get(PATH);
      const refused = await admin.post(
        PATH,
        formOf(page.body, {
          name: '',
          website: 'kreis.de',
          'kontakt-email': 'info(at)kreis',
          ladungsfrist: '0',
          'format-2': 'AN/{jahr}',
          'format-3': 'AF/{monat}/{nummer}',
        }),
      );
      assert.equal(refused.statusCode, 400);
      assert.match(errorOf(refused.body, 'name') ?? '', /Bitte geben Sie den Namen der Körperschaft an/);
      assert.match(errorOf(refused.body, 'website') ?? '', /mit https:\/\/ beginnt/);
      assert.match(errorOf(refused.body, 'kontakt-email') ?? '', /gültige Adresse/);
      assert.match(errorOf(refused.body, 'ladungsfrist') ?? '', /mindestens 1 Tag/);
      assert.match(errorOf(refused.body, 'format-2') ?? '', /Aktenzeichen Antrag: Das Format braucht die laufende Nummer/);
      assert.match(errorOf(refused.body, 'format-3') ?? '', /Unbekannter Platzhalter \{monat\}/);
      assert.equal(inputValue(refused.body, 'format-3'), 'AF/{monat}/{nummer}');
      assert.equal(inputValue(refused.body, 'website'), 'kreis.de');
      assert.match(refused.body, /<a href="#feld-format-2">/);
      const many = await admin.post(PATH, formOf(page.body, { ladungsfrist: '61' }));
      assert.match(errorOf(many.body, 'ladungsfrist') ?? '', /höchstens 60 Tage/);
      const short = await admin.post(PATH, formOf(page.body, { aktion: 'vorschau', ladungsfrist: '3' }));
      assert.match(short.body, /Weniger als eine Woche/);
    });

    it('answers a stale save with both versions, the typed values and the stored version', async () => {
      const mine = await admin.get(PATH);
      const other = await login(accounts.admin);
      const theirs = await other.get(PATH);
      assert.equal((await other.post(PATH, formOf(theirs.body, { kurzname: 'Von anderen' }))).statusCode, 303);
      const stale = await admin.post(PATH, formOf(mine.body, { kurzname: 'Meiner', 'format-2': 'AN/{jahr}/{nummer}' }));
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /<td data-label="Ihre Eingabe">Meiner<\/td><td data-label="Inzwischen gespeichert">Von anderen<\/td>/);
      assert.equal(inputValue(stale.body, 'kurzname'), 'Meiner');
      assert.equal(inputValue(stale.body, 'format-2'), 'AN/{jahr}/{nummer}');
      assert.equal(versionIn(stale.body), String(Number(versionIn(mine.body)) + 1));
    });

    it('answers 404 to the public, members, the Sachbearbeitung and the Sitzungsdienst', async () => {
      const anonymous = new Browser(t.app);
      await anonymous.get('/anmelden');
      const page = await admin.get(PATH);
      for (const b of [anonymous, await login(accounts.entitled), await login(accounts.staff), await login(accounts.sessionService)]) {
        assert.equal((await b.get(PATH)).statusCode, 404);
        assert.equal((await b.post(PATH, formOf(page.body, { name: 'Übernommen' }))).statusCode, 404);
      }
      assert.doesNotMatch((await t.app.inject('/')).body, /Übernommen/);
    });
  });
}
