import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { addPeopleFixture, privateData, secretPaper, type PeopleFixture } from '../../../test/helpers/people-fixtures.ts';

/** Names in the person list, in order. */
const names = (html: string) => [...html.matchAll(/<a class="person-name" href="\/personen\/\d+">([^<]*)<\/a>/g)].map((m) => m[1]);
const count = (html: string) => /<p class="result-count" role="status">([^<]*)<\/p>/.exec(html)?.[1];

/** The rows of the table whose caption starts with `caption`, as arrays of cell texts. */
function tableRows(html: string, caption: string): string[][] {
  const start = html.indexOf(`<caption class="visually-hidden">${caption}`);
  assert.ok(start >= 0, `table „${caption}“`);
  const table = html.slice(start, html.indexOf('</table>', start));
  const body = table.slice(table.indexOf('<tbody>'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => (cell[1] ?? '').replace(/<[^>]+>/g, '')),
  );
}

for (const engine of testEngines()) {
  describe(`Personen pages (${engine.name})`, () => {
    let t: TestApp;
    let f: PeopleFixture;
    before(async () => {
      t = await openTestApp(engine);
      // fifty more persons without memberships („Person Zett 01“ …) make a second page
      f = await addPeopleFixture(t, { extraPersons: 50 });
    });
    after(() => t.close());

    const get = async (url: string, status = 200) => {
      const res = await t.app.inject(url);
      assert.equal(res.statusCode, status, `${url} answers ${status}`);
      return res.body;
    };

    it('lists everyone by family name, umlauts beside their base letter, with Fraktion and status, fifty a page', async () => {
      const html = await get('/personen');
      assert.match(html, /<title>Personen – Kreis Testhausen<\/title>/);
      assert.match(
        html,
        /<meta name="description" content="Die Mitglieder der Gremien und Fraktionen von Kreis Testhausen: 56 Personen, suchbar nach Name, filterbar nach Fraktion und Gremium\."\/>/,
      );
      assert.match(html, /<a href="\/personen" aria-current="page">Personen<\/a>/);
      assert.equal(html.match(/<h1[ >]/g)?.length, 1);
      assert.match(html, /<label for="filter-name">Name<\/label><input id="filter-name" name="name" type="search" value=""/);
      assert.match(
        html,
        /<label for="filter-fraktion">Fraktion<\/label><select id="filter-fraktion" name="fraktion"><option value="">alle<\/option><option value="\d+">Fraktion Bürgerliste<\/option><option value="\d+">Fraktion Grüne Liste<\/option><\/select>/,
      );
      assert.match(
        html,
        /<label for="filter-gremium">Gremium<\/label><select id="filter-gremium" name="gremium"><option value="">alle<\/option><option value="\d+">Kreistag<\/option><option value="\d+">Sozial- und Gesundheitsausschuss<\/option>/,
      );
      assert.equal(count(html), '56 Personen – Seite 1 von 2');
      const list = names(html);
      assert.equal(list.length, 50);
      assert.deepEqual(list.slice(0, 7), [
        'Dr. Henrike Albers',
        'Karsten Brandt',
        'Maren Ehlers',
        'Anna Lüdemann',
        'Jens Özdemir',
        'Ulrike Voß',
        'Person Zett 01',
      ]);
      const entry = (id: number) => new RegExp(`href="/personen/${id}">[^<]*</a>(<div class="org-meta">[^<]*</div>)?`).exec(html)?.[1] ?? '';
      assert.equal(entry(f.persons.albers), '<div class="org-meta">Fraktion Bürgerliste · Kreistagsabgeordnete</div>');
      // a sachkundige Bürgerin has the Fraktion she sits for
      assert.equal(entry(f.persons.voss), '<div class="org-meta">Fraktion Bürgerliste · Sachkundige Bürgerin</div>');
      // a member of the old term only has no current Fraktion
      assert.equal(entry(f.persons.ehlers), '<div class="org-meta">ehemalige Kreistagsabgeordnete</div>');
      assert.match(html, /<nav class="pagination" aria-label="Seiten">.*<a href="\/personen\?seite=2" rel="next">/);

      const page2 = await get('/personen?seite=2');
      assert.equal(count(page2), '56 Personen – Seite 2 von 2');
      assert.deepEqual(names(page2), ['Person Zett 45', 'Person Zett 46', 'Person Zett 47', 'Person Zett 48', 'Person Zett 49', 'Person Zett 50']);
      assert.match(page2, /<title>Personen – Seite 2 – Kreis Testhausen<\/title>/);
      assert.match(page2, /<a href="\/personen" rel="prev">/);
      const beyond = await get('/personen?seite=9');
      assert.equal(count(beyond), '56 Personen – Seite 9 von 2');
      assert.deepEqual(names(beyond), []);
    });

    it('searches by name, case-insensitive, across given and family name', async () => {
      const one = await get('/personen?name=%C3%96ZDEM');
      assert.equal(count(one), '1 Person');
      assert.deepEqual(names(one), ['Jens Özdemir']);
      assert.match(one, /<input id="filter-name" name="name" type="search" value="ÖZDEM"/);
      assert.deepEqual(names(await get('/personen?name=RIKE')), ['Dr. Henrike Albers', 'Ulrike Voß']);
      assert.deepEqual(names(await get('/personen?name=%20ike%20%20alb%20')), ['Dr. Henrike Albers']);
      const none = await get('/personen?name=Xaver');
      assert.equal(count(none), '0 Personen');
      assert.match(none, /Keine Person entspricht dieser Suche\./);
      // % and _ are plain characters, not patterns
      assert.equal(count(await get('/personen?name=%25')), '0 Personen');
      assert.equal(count(await get('/personen?name=_')), '0 Personen');
    });

    it('filters by Fraktion and by Gremium of the current Wahlperiode, alone and together', async () => {
      const { buergerliste, gruene, sozial, kreistag } = f.organizations;
      const bl = await get(`/personen?fraktion=${buergerliste}`);
      assert.equal(count(bl), '2 Personen');
      assert.deepEqual(names(bl), ['Dr. Henrike Albers', 'Ulrike Voß']);
      assert.match(bl, new RegExp(`<option value="${buergerliste}" selected="">Fraktion Bürgerliste</option>`));
      assert.deepEqual(names(await get(`/personen?fraktion=${gruene}`)), ['Karsten Brandt', 'Jens Özdemir']);
      const sga = await get(`/personen?gremium=${sozial}`);
      assert.equal(count(sga), '4 Personen');
      assert.deepEqual(names(sga), ['Dr. Henrike Albers', 'Karsten Brandt', 'Jens Özdemir', 'Ulrike Voß']);
      assert.deepEqual(names(await get(`/personen?gremium=${kreistag}`)), ['Dr. Henrike Albers', 'Karsten Brandt', 'Jens Özdemir']);
      assert.deepEqual(names(await get(`/personen?gremium=${sozial}&fraktion=${gruene}`)), ['Karsten Brandt', 'Jens Özdemir']);
      assert.deepEqual(names(await get(`/personen?gremium=${kreistag}&fraktion=${buergerliste}&name=alb`)), ['Dr. Henrike Albers']);
      assert.equal(count(await get(`/personen?gremium=${f.organizations.finanz}`)), '0 Personen');
      assert.equal(count(await get('/personen?fraktion=999999')), '0 Personen');
      // empty fields are no filter
      assert.equal(count(await get('/personen?name=&fraktion=&gremium=')), '56 Personen – Seite 1 von 2');
    });

    it('shows a person: name with form of address, status, Fraktion, current and past memberships, own papers', async () => {
      const html = await get(`/personen/${f.persons.albers}`);
      assert.match(html, /<title>Dr\. Henrike Albers – Kreis Testhausen<\/title>/);
      assert.match(
        html,
        /<meta name="description" content="Dr\. Henrike Albers \(Kreistagsabgeordnete, Fraktion Bürgerliste\): Mitgliedschaften in Gremien und Fraktionen und eingereichte Vorlagen\."\/>/,
      );
      assert.match(
        html,
        /<ol><li><a href="\/">Start<\/a><\/li><li><a href="\/personen">Personen<\/a><\/li><li><span aria-current="page">Dr\. Henrike Albers<\/span><\/li><\/ol>/,
      );
      assert.match(html, /<h1><span class="person-kicker">Frau <\/span>Dr\. Henrike Albers<\/h1>/);
      assert.equal(html.match(/<h1[ >]/g)?.length, 1);
      assert.match(
        html,
        new RegExp(
          `<dt>Status</dt><dd>Kreistagsabgeordnete</dd><dt>Fraktion</dt><dd><a href="/gremien/${f.organizations.buergerliste}">Fraktion Bürgerliste</a></dd>`,
        ),
      );
      assert.match(
        html,
        /<th scope="col">Gremium<\/th><th scope="col">Rolle<\/th><th scope="col">Seit<\/th><th scope="col">Stimmrecht<\/th><th scope="col">Fraktion<\/th>/,
      );
      assert.match(html, new RegExp(`<th scope="row"><a href="/gremien/${f.organizations.kreistag}">Kreistag</a></th>`));
      assert.deepEqual(tableRows(html, 'Aktuelle Mitgliedschaften'), [
        ['Kreistag', 'Vorsitz', '01.06.2023', 'stimmberechtigt', 'Fraktion Bürgerliste'],
        ['Sozial- und Gesundheitsausschuss', 'Mitglied', '01.06.2023', 'stimmberechtigt', 'Fraktion Bürgerliste'],
        ['Fraktion Bürgerliste', 'Vorsitz', '01.06.2023', 'stimmberechtigt', ''],
      ]);
      assert.deepEqual(tableRows(html, 'Frühere Mitgliedschaften'), [
        ['Kreistag', 'Mitglied', '01.06.2018 bis 31.05.2023', 'stimmberechtigt', 'Fraktion Bürgerliste'],
        ['Fraktion Bürgerliste', 'Mitglied', '01.06.2018 bis 31.05.2023', 'stimmberechtigt', ''],
      ]);
      const papers = html.slice(html.indexOf('<h2>Eingereichte Vorlagen</h2>'));
      assert.deepEqual(
        [...papers.matchAll(/<a class="paper-title" href="([^"]+)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]),
        [['/vorlagen/AN-2025-7', 'Antrag: Mehr Sitzbänke vor dem Kreishaus']],
      );
    });

    it('shows memberships that ended within the term as past, advisory votes, and the Fraktion a deputy sits for', async () => {
      const brandt = await get(`/personen/${f.persons.brandt}`);
      assert.match(brandt, /<h1><span class="person-kicker">Herr <\/span>Karsten Brandt<\/h1>/);
      assert.deepEqual(tableRows(brandt, 'Aktuelle Mitgliedschaften'), [
        ['Sozial- und Gesundheitsausschuss', 'stellv. Vorsitz', '01.06.2023', 'stimmberechtigt', 'Fraktion Grüne Liste'],
        ['Seniorenbeirat', 'Beratendes Mitglied', '01.06.2023', 'beratend', ''],
      ]);
      assert.deepEqual(tableRows(brandt, 'Frühere Mitgliedschaften'), [
        ['Kreistag', 'Mitglied', '01.06.2023 bis 31.03.2025', 'stimmberechtigt', 'Fraktion Grüne Liste'],
        ['Fraktion Grüne Liste', 'Mitglied', '01.06.2023 bis 31.03.2025', 'stimmberechtigt', ''],
      ]);
      assert.match(brandt, /<dt>Fraktion<\/dt><dd><a href="\/gremien\/\d+">Fraktion Grüne Liste<\/a><\/dd>/);
      assert.match(brandt, /<h2>Eingereichte Vorlagen<\/h2><p class="empty">Keine Vorlagen verzeichnet\.<\/p>/);

      const voss = await get(`/personen/${f.persons.voss}`);
      assert.deepEqual(tableRows(voss, 'Aktuelle Mitgliedschaften'), [
        ['Sozial- und Gesundheitsausschuss', 'stellv. Mitglied', '01.06.2023', 'beratend', 'Fraktion Bürgerliste'],
      ]);
      assert.match(voss, /<dt>Status<\/dt><dd>Sachkundige Bürgerin<\/dd><dt>Fraktion<\/dt><dd><a href="\/gremien\/\d+">Fraktion Bürgerliste<\/a><\/dd>/);
      assert.doesNotMatch(voss, /Frühere Mitgliedschaften/);

      const ehlers = await get(`/personen/${f.persons.ehlers}`);
      assert.match(ehlers, /<h2>Aktuelle Mitgliedschaften<\/h2><p class="empty">Keine aktuellen Mitgliedschaften\.<\/p>/);
      assert.doesNotMatch(ehlers, /<dt>Fraktion<\/dt>/);
      assert.equal(tableRows(ehlers, 'Frühere Mitgliedschaften').length, 3);
    });

    it('shows nothing of the non-public paper and no e-mail or phone on any Personen page', async () => {
      const urls = ['/personen', '/personen?seite=2', ...Object.values(f.persons).map((id) => `/personen/${id}`)];
      for (const url of urls) {
        const html = await get(url);
        for (const leak of [secretPaper.name, secretPaper.reference, secretPaper.slug, ...privateData, 'mailto:', 'tel:']) {
          assert.ok(!html.includes(leak), `${url} shows ${leak}`);
        }
      }
    });

    it('has no dead links', async () => {
      const pages = ['/personen', '/personen?seite=2', ...Object.values(f.persons).map((id) => `/personen/${id}`)];
      const targets = new Set<string>();
      for (const url of pages) for (const [, href] of (await get(url)).matchAll(/href="(\/[^"#]*)/g)) targets.add((href ?? '').replace(/&amp;/g, '&'));
      for (const href of targets) if (!href.startsWith('/static/')) assert.equal((await t.app.inject(href)).statusCode, 200, href);
    });

    it('answers unknown and malformed ids with the German 404 page and bad parameters with 400', async () => {
      for (const url of ['/personen/999999', '/personen/abc', '/personen/1x', '/personen/0', '/personen/12345678901']) {
        assert.match(await get(url, 404), /<h1>Seite nicht gefunden<\/h1>/, url);
      }
      const cases: [string, RegExp][] = [
        ['seite=0', /Seite: ab 1/],
        ['seite=zwei', /Seite: eine Zahl erwartet/],
        ['fraktion=abc', /Fraktion: eine Nummer erwartet/],
        ['gremium=-1', /Gremium: eine Nummer erwartet/],
        [`name=${'x'.repeat(101)}`, /Name: höchstens 100 Zeichen/],
        ['name=a&name=b', /Name: nur einmal angeben/],
      ];
      for (const [query, message] of cases) assert.match(await get(`/personen?${query}`, 400), message, query);
    });
  });
}
