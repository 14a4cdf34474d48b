import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { locations } from '../locations/locations.tables.ts';
import { organizations } from './organizations.tables.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { addPeopleFixture, privateData, secretPaper, type PeopleFixture } from '../../../test/helpers/people-fixtures.ts';

/** The HTML from `<hN …>heading</hN>` up to the next heading of the same or a higher level. */
function part(html: string, level: 2 | 3, heading: string): string {
  const open = new RegExp(`<h${level}(?: [^>]*)?>${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h${level}>`);
  const match = open.exec(html);
  assert.ok(match, `heading h${level} „${heading}“`);
  const rest = html.slice(match.index + match[0].length);
  const end = rest.search(level === 2 ? /<h2[ >]|<\/main>/ : /<h[23][ >]|<\/main>/);
  return end === -1 ? rest : rest.slice(0, end);
}

/** Texts of links whose href starts with `prefix`, in document order. */
function links(html: string, prefix: string): string[] {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return [...html.matchAll(new RegExp(`<a(?: class="[^"]*")? href="${escaped}[^"]*">([^<]*)</a>`, 'g'))].map((m) => m[1] ?? '');
}

const h2s = (html: string) => [...html.matchAll(/<h2(?: [^>]*)?>([^<]*)<\/h2>/g)].map((m) => m[1]);

for (const engine of testEngines()) {
  describe(`Gremien pages (${engine.name})`, () => {
    let t: TestApp;
    let f: PeopleFixture;
    before(async () => {
      t = await openTestApp(engine);
      f = await addPeopleFixture(t);
    });
    after(() => t.close());

    const get = async (url: string, status = 200) => {
      const res = await t.app.inject(url);
      assert.equal(res.statusCode, status, `${url} answers ${status}`);
      return res.body;
    };

    it('groups the organizations on /gremien: Kreistag, Ausschüsse, Beiräte, Fraktionen, further Gremien, Verwaltung last', async () => {
      const html = await get('/gremien');
      assert.match(html, /<title>Gremien – Kreis Testhausen<\/title>/);
      assert.match(
        html,
        /<meta name="description" content="Gremien von Kreis Testhausen: Kreistag, Ausschüsse, Beiräte, Fraktionen, Weitere Gremien und Verwaltung, mit der Zahl ihrer Mitglieder in der Wahlperiode 2023–\."\/>/,
      );
      assert.equal(html.match(/<h1[ >]/g)?.length, 1);
      assert.match(html, /<a href="\/gremien" aria-current="page">Gremien<\/a>/);
      assert.deepEqual(h2s(html), ['Kreistag', 'Ausschüsse', 'Beiräte', 'Fraktionen', 'Weitere Gremien', 'Verwaltung']);
      assert.deepEqual(links(part(html, 2, 'Kreistag'), '/gremien/'), ['Kreistag']);
      // position before name: the Sozialausschuss (2) before the Finanzausschuss (3)
      assert.deepEqual(links(part(html, 2, 'Ausschüsse'), '/gremien/'), ['Sozial- und Gesundheitsausschuss', 'Finanzausschuss']);
      assert.deepEqual(links(part(html, 2, 'Beiräte'), '/gremien/'), ['Seniorenbeirat']);
      assert.deepEqual(links(part(html, 2, 'Fraktionen'), '/gremien/'), ['Fraktion Bürgerliste', 'Fraktion Grüne Liste']);
      assert.deepEqual(links(part(html, 2, 'Weitere Gremien'), '/gremien/'), ['Kommission für Partnerschaften']);
      assert.deepEqual(links(part(html, 2, 'Verwaltung'), '/gremien/'), [
        'Fachbereich 2 – Jugend und Soziales',
        'Fachdienst Soziales',
        'Koordinierungsstelle für Integration und Teilhabe',
      ]);
      // member counts in the current Wahlperiode; none where there are no members
      const entry = (id: number) => new RegExp(`<a href="/gremien/${id}">[^<]*</a>(<span class="org-meta">[^<]*</span>)*`).exec(html)?.[0] ?? '';
      assert.match(entry(f.organizations.kreistag), /\(KT\)<\/span><span class="org-meta"> · 3 Mitglieder<\/span>$/);
      assert.match(entry(f.organizations.sozial), / · 4 Mitglieder<\/span>$/);
      assert.match(entry(f.organizations.seniorenbeirat), / · 1 Mitglied<\/span>$/);
      assert.match(entry(f.organizations.buergerliste), / · 1 Mitglied<\/span>$/);
      assert.match(entry(f.organizations.gruene), / · 2 Mitglieder<\/span>$/);
      assert.match(entry(f.organizations.integration), / · 1 Person<\/span>$/);
      assert.doesNotMatch(entry(f.organizations.finanz), /Mitglied/);
      // the Fachdienst nests under its Fachbereich
      assert.match(
        html,
        new RegExp(`<a href="/gremien/${f.organizations.fachbereich}">[^<]*</a><ul class="org-list"><li><a href="/gremien/${f.organizations.fachdienst}">`),
      );
    });

    it('lists the members of the current Wahlperiode by role, with Fraktion, advisory vote and partial terms', async () => {
      const html = await get(`/gremien/${f.organizations.sozial}`);
      assert.match(html, /<title>Sozial- und Gesundheitsausschuss – Kreis Testhausen<\/title>/);
      assert.match(
        html,
        /<meta name="description" content="Sozial- und Gesundheitsausschuss \(Ausschuss\): Mitglieder nach Rolle in der Wahlperiode 2023–, Sitzungen und Vorlagen\."\/>/,
      );
      assert.match(
        html,
        /<ol><li><a href="\/">Start<\/a><\/li><li><a href="\/gremien">Gremien<\/a><\/li><li><span aria-current="page">Sozial- und Gesundheitsausschuss<\/span><\/li><\/ol>/,
      );
      assert.equal(html.match(/<h1[ >]/g)?.length, 1);
      assert.match(html, /<dt>Art<\/dt><dd>Ausschuss<\/dd><dt>Kurzbezeichnung<\/dt><dd>SGA<\/dd>/);
      assert.match(html, /<label for="wahlperiode">Wahlperiode<\/label><select id="wahlperiode" name="wahlperiode">/);
      assert.match(
        html,
        new RegExp(`<option value="${f.terms.current}" selected="">Wahlperiode 2023–</option><option value="${f.terms.old}">Wahlperiode 2018–2023</option>`),
      );
      assert.match(html, /<button type="submit">Anzeigen<\/button>/);
      assert.match(html, /4 Mitglieder in der Wahlperiode 2023–<span class="org-meta"> \(seit 01\.06\.2023\)<\/span>/);
      const members = part(html, 2, 'Mitglieder');
      assert.deepEqual(links(part(members, 3, 'Vorsitz'), '/personen/'), ['Jens Özdemir']);
      assert.deepEqual(links(part(members, 3, 'Stellvertretender Vorsitz'), '/personen/'), ['Karsten Brandt']);
      assert.deepEqual(links(part(members, 3, 'Mitglieder'), '/personen/'), ['Dr. Henrike Albers']);
      assert.deepEqual(links(part(members, 3, 'Stellvertretende Mitglieder'), '/personen/'), ['Ulrike Voß']);
      assert.match(members, new RegExp(`<a href="/personen/${f.persons.voss}">Ulrike Voß</a><span class="org-meta"> · Fraktion Bürgerliste · beratend</span>`));
      assert.match(members, new RegExp(`<a href="/personen/${f.persons.oezdemir}">Jens Özdemir</a><span class="org-meta"> · Fraktion Grüne Liste</span>`));
      assert.ok(!html.includes('Maren Ehlers'), 'a member of the old term only is not listed');

      const kreistag = await get(`/gremien/${f.organizations.kreistag}`);
      assert.deepEqual(links(part(kreistag, 3, 'Vorsitz'), '/personen/'), ['Dr. Henrike Albers']);
      // by family name with umlauts beside their base letter: Brandt, Özdemir
      assert.deepEqual(links(part(kreistag, 3, 'Mitglieder'), '/personen/'), ['Karsten Brandt', 'Jens Özdemir']);
      assert.match(kreistag, /Karsten Brandt<\/a><span class="org-meta"> · Fraktion Grüne Liste · bis 31\.03\.2025<\/span>/);

      const beirat = await get(`/gremien/${f.organizations.seniorenbeirat}`);
      assert.deepEqual(links(part(beirat, 3, 'Beratendes Mitglied'), '/personen/'), ['Karsten Brandt']);
    });

    it('shows the members of an earlier Wahlperiode chosen with ?wahlperiode=', async () => {
      const html = await get(`/gremien/${f.organizations.sozial}?wahlperiode=${f.terms.old}`);
      assert.match(html, /<title>Sozial- und Gesundheitsausschuss – Wahlperiode 2018–2023 – Kreis Testhausen<\/title>/);
      assert.match(html, new RegExp(`<option value="${f.terms.old}" selected="">Wahlperiode 2018–2023</option>`));
      assert.match(html, /2 Mitglieder in der Wahlperiode 2018–2023<span class="org-meta"> \(01\.06\.2018 bis 31\.05\.2023\)<\/span>/);
      assert.deepEqual(links(part(html, 3, 'Stellvertretender Vorsitz'), '/personen/'), ['Maren Ehlers']);
      assert.deepEqual(links(part(html, 3, 'Mitglieder'), '/personen/'), ['Jens Özdemir']);
      assert.doesNotMatch(html, /<h3>Vorsitz<\/h3>|<h3>Stellvertretende Mitglieder<\/h3>/);
      for (const name of ['Henrike Albers', 'Ulrike Voß', 'Karsten Brandt']) assert.ok(!part(html, 2, 'Mitglieder').includes(name), name);

      const kreistag = await get(`/gremien/${f.organizations.kreistag}?wahlperiode=${f.terms.old}`);
      assert.deepEqual(links(part(kreistag, 3, 'Mitglieder'), '/personen/'), ['Dr. Henrike Albers', 'Maren Ehlers']);
      // an empty choice is the current Wahlperiode
      assert.match(await get(`/gremien/${f.organizations.sozial}?wahlperiode=`), /4 Mitglieder in der Wahlperiode 2023–/);
    });

    it('lists coming sessions (soonest first, unscheduled last) and the latest ten past ones', async () => {
      const html = await get(`/gremien/${f.organizations.sozial}`);
      const upcoming = part(html, 2, 'Nächste Sitzungen');
      assert.deepEqual(links(upcoming, '/sitzungen/'), [
        '18. Sitzung des Sozial- und Gesundheitsausschusses',
        '19. Sitzung des Sozial- und Gesundheitsausschusses',
        '20. Sitzung des Sozial- und Gesundheitsausschusses',
        'Sondersitzung des Sozial- und Gesundheitsausschusses',
      ]);
      assert.match(upcoming, /<time datetime="2099-03-01T16:00:00.000Z">Sonntag, 01\.03\.2099, 17:00 Uhr<\/time> · eingeladen/);
      assert.match(
        upcoming,
        new RegExp(`href="/sitzungen/${f.meetings.sozialCancelled}">19\\. Sitzung[^<]*</a><div class="org-meta"><time[^>]*>[^<]*</time> · abgesagt`),
      );
      assert.match(upcoming, /Sondersitzung des Sozial- und Gesundheitsausschusses<\/a><div class="org-meta">Termin noch offen · geplant/);
      const past = links(part(html, 2, 'Vergangene Sitzungen'), '/sitzungen/');
      assert.equal(past.length, 10);
      assert.equal(past[0], '12. Sitzung des Sozial- und Gesundheitsausschusses');
      assert.deepEqual(past.slice(1, 3), [
        '11. Sitzung 2024 des Sozial- und Gesundheitsausschusses',
        '10. Sitzung 2024 des Sozial- und Gesundheitsausschusses',
      ]);
      assert.equal(past[9], '3. Sitzung 2024 des Sozial- und Gesundheitsausschusses');
      assert.match(html, new RegExp(`<a href="/sitzungen\\?gremium=${f.organizations.sozial}">Alle Sitzungen dieses Gremiums</a>`));
      // the Gremium's calendar and paper feed, announced in the head and linked at the end
      const id = f.organizations.sozial;
      assert.match(html, new RegExp(`<link rel="alternate" type="text/calendar" title="Sitzungen des Gremiums" href="/gremien/${id}/sitzungen.ics"/>`));
      assert.match(html, new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]*" href="/vorlagen.atom\\?gremium=${id}"/>`));
      // at the end: the subscription, and the plain download beside it
      assert.match(part(html, 2, 'Abonnieren'), new RegExp(`<a href="webcal://gremia.test/gremien/${id}/sitzungen.ics" type="text/calendar">`));
      assert.match(part(html, 2, 'Abonnieren'), new RegExp(`<a href="/gremien/${id}/sitzungen.ics">Kalenderdatei herunterladen</a>`));
    });

    it('lists the newest 20 visible papers in the Beratungsfolge of the Gremium, never the non-public one', async () => {
      const html = await get(`/gremien/${f.organizations.sozial}`);
      const papers = part(html, 2, 'Vorlagen');
      assert.match(papers, /Vorlagen, die in diesem Gremium beraten werden: die neuesten 20 von 23 Vorlagen\./);
      const refs = [
        ...papers.matchAll(
          /<div class="paper-meta">(?:<span class="badge paper-state[^"]*"><span class="visually-hidden">Stand: <\/span>[^<]+<\/span> )?([A-Z]{2}\/\d{4}\/\d+) ·/g,
        ),
      ].map((m) => m[1]);
      assert.equal(refs.length, 20);
      assert.deepEqual(refs.slice(0, 4), ['AN/2025/7', 'VO/2025/246', 'MV/2024/3', 'MV/2023/20']);
      assert.equal(refs[19], 'MV/2023/4');
      assert.match(
        papers,
        /<a class="paper-title" href="\/vorlagen\/AN-2025-7">Antrag: Mehr Sitzbänke vor dem Kreishaus<\/a><div class="paper-meta">(?:<span class="badge paper-state[^"]*"><span class="visually-hidden">Stand: <\/span>[^<]+<\/span> )?AN\/2025\/7 · Antrag · <time datetime="2025-08-01">01\.08\.2025<\/time> · Vorberatung<\/div>/,
      );
      assert.match(papers, new RegExp(`<a href="/vorlagen\\?gremium=${f.organizations.sozial}">Alle Vorlagen</a>`));
    });

    it('shows the papers under the Federführung of a Verwaltung unit, its people, and no sessions', async () => {
      const html = await get(`/gremien/${f.organizations.integration}`);
      assert.match(html, /<dt>Art<\/dt><dd>Stabsstelle der Verwaltung<\/dd>/);
      assert.deepEqual(h2s(html), ['Personen', 'Vorlagen unter Federführung']);
      assert.match(html, /1 Person in der Wahlperiode 2023–/);
      assert.match(html, new RegExp(`<a href="/personen/${f.persons.luedemann}">Anna Lüdemann</a><span class="org-meta"> · beratend</span>`));
      assert.deepEqual(links(html, '/vorlagen/'), ['Aktionsplan „Zusammen ankommen“ zur Integration im Kreis']);
      assert.match(html, new RegExp(`<a href="/vorlagen\\?federfuehrung=${f.organizations.integration}">Alle Vorlagen unter dieser Federführung</a>`));
      assert.doesNotMatch(html.slice(html.indexOf('<main')), /\/sitzungen/);

      const fachbereich = await get(`/gremien/${f.organizations.fachbereich}`);
      assert.match(fachbereich, /<h2>Untergliederungen<\/h2><ul class="org-list"><li><a href="\/gremien\/\d+">Fachdienst Soziales<\/a><\/li><\/ul>/);
      const fachdienst = await get(`/gremien/${f.organizations.fachdienst}`);
      assert.match(fachdienst, /<dt>Gehört zu<\/dt><dd><a href="\/gremien\/\d+">Fachbereich 2 – Jugend und Soziales<\/a><\/dd>/);
    });

    it('shows the papers a Fraktion submitted, never the non-public one', async () => {
      const html = await get(`/gremien/${f.organizations.buergerliste}`);
      assert.deepEqual(h2s(html), ['Mitglieder', 'Eingereichte Vorlagen']);
      assert.deepEqual(links(html, '/vorlagen/'), ['Antrag: Mehr Sitzbänke vor dem Kreishaus']);
      assert.match(html, /Anträge und Anfragen, die diese Fraktion eingereicht hat: 1 Vorlage\./);
    });

    it('says where the Gremium usually meets and how accessible the place is, as long as the place exists', async () => {
      const db = t.database.db;
      const [place] = await db
        .insert(locations)
        .values({
          bodyId: t.fixture.bodyId,
          description: 'Kreishaus',
          room: 'Sitzungssaal 2',
          streetAddress: 'Am Markt 1',
          postalCode: '12345',
          locality: 'Testhausen',
          accessibility: 'Aufzug zum Saal, Induktionsschleife.',
        })
        .returning({ id: locations.id });
      assert.ok(place);
      const id = f.organizations.finanz;
      await db.update(organizations).set({ locationId: place.id }).where(eq(organizations.id, id));
      const html = await get(`/gremien/${id}`);
      assert.match(
        html,
        /<dt>Üblicher Sitzungsort<\/dt><dd>Kreishaus, Sitzungssaal 2, Am Markt 1, 12345 Testhausen<\/dd><dt>Barrierefreiheit<\/dt><dd class="place-accessibility">Aufzug zum Saal, Induktionsschleife\.<\/dd>/,
      );
      await db.update(locations).set({ deletedAt: new Date() }).where(eq(locations.id, place.id));
      assert.doesNotMatch(await get(`/gremien/${id}`), /Üblicher Sitzungsort|Kreishaus/);
      await db.update(organizations).set({ locationId: null }).where(eq(organizations.id, id));
    });

    it('shows nothing of the non-public paper and no private contact data on any Gremien page', async () => {
      const urls = ['/gremien', ...Object.values(f.organizations).flatMap((id) => [`/gremien/${id}`, `/gremien/${id}?wahlperiode=${f.terms.old}`])];
      for (const url of urls) {
        const html = await get(url);
        for (const leak of [secretPaper.name, secretPaper.reference, secretPaper.slug, ...privateData]) assert.ok(!html.includes(leak), `${url} shows ${leak}`);
      }
    });

    it('has no dead links', async () => {
      const pages = ['/gremien', ...Object.values(f.organizations).map((id) => `/gremien/${id}`)];
      const targets = new Set<string>();
      for (const url of pages) for (const [, href] of (await get(url)).matchAll(/href="(\/[^"#]*)/g)) targets.add((href ?? '').replace(/&amp;/g, '&'));
      for (const href of targets) if (!href.startsWith('/static/')) assert.equal((await t.app.inject(href)).statusCode, 200, href);
    });

    it('answers unknown and malformed ids with the German 404 page and bad parameters with 400', async () => {
      for (const url of ['/gremien/999999', '/gremien/abc', '/gremien/1x', '/gremien/0', '/gremien/12345678901']) {
        assert.match(await get(url, 404), /<h1>Seite nicht gefunden<\/h1>/, url);
      }
      const id = f.organizations.sozial;
      for (const value of ['abc', '0', '-1', '1.5', '99999', `${f.terms.old}&wahlperiode=${f.terms.current}`]) {
        assert.match(await get(`/gremien/${id}?wahlperiode=${value}`, 400), /Wahlperiode: /, value);
      }
    });
  });
}

for (const engine of testEngines()) {
  describe(`Gremien and Personen pages of a body without Wahlperioden (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(engine);
    });
    after(() => t.close());

    it('counts memberships held today and offers no Wahlperiode to choose', async () => {
      const { kreistag } = t.fixture.organizations;
      const list = await t.app.inject('/gremien');
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Die Zahl der Mitglieder gilt für heute\./);
      const page = await t.app.inject(`/gremien/${kreistag}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Für heute sind keine Mitglieder verzeichnet\./);
      assert.doesNotMatch(page.body, /name="wahlperiode"/);
      assert.match(page.body, /8\. Sitzung des Kreistages<\/a>/);
      assert.equal((await t.app.inject(`/gremien/${kreistag}?wahlperiode=1`)).statusCode, 400);
      const persons = await t.app.inject('/personen');
      assert.match(persons.body, /Fraktion und Gremium gelten für heute\./);
      assert.match(persons.body, /<p class="result-count" role="status">1 Person<\/p>/);
    });
  });
}
