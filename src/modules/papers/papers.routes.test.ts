import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { openTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { withoutWayBack } from '../../../test/helpers/not-found.ts';

const secret = 'Geheimsache Kiesgrube Wendisch';

for (const engine of testEngines()) {
  describe(`paper pages over HTTP (${engine.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await openTestApp(engine);
      await t.importPapers({
        papers: [
          {
            reference: 'VO/2025/401',
            type: 'Beschlussvorlage',
            name: secret,
            date: '2025-03-01',
            public: false,
            underDirectionOf: ['Koordinierungsstelle für Integration und Teilhabe'],
            sections: [{ kind: 'Sachverhalt', text: `Vertraulich: ${secret}` }],
            consultations: [{ organization: 'Finanzausschuss', role: 'Entscheidung' }],
            files: [{ path: 'massnahmen.pdf', name: `Anlage ${secret}` }],
          },
          {
            reference: 'AN/2024/12',
            type: 'Antrag',
            name: 'Antrag <img src=x onerror=alert(1)> zu Radwegen',
            date: '2024-10-01',
            originatorOrganizations: ['Fraktion Bürgerliste'],
            sections: [{ kind: 'Begründung', html: '<p>Begründung<script>alert("x")</script></p>' }],
            consultations: [{ organization: 'Finanzausschuss', role: 'Vorberatung' }],
          },
          ...Array.from({ length: 25 }, (_, i) => ({
            reference: `MV/2023/${i + 1}`,
            type: 'Mitteilungsvorlage',
            name: `Bericht zur Schülerbeförderung Nr. ${i + 1}`,
            date: `2023-0${(i % 9) + 1}-15`,
            sections: [{ kind: 'Sachverhalt', text: 'Bericht.' }],
          })),
        ],
      });
    });
    after(() => t.close());

    it('renders the paper page with heading, metadata, collapsible sections, Beratungsfolge and Anlagen', async () => {
      const res = await t.app.inject('/vorlagen/VO-2025-246');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/html; charset=utf-8/);
      const html = res.body;
      assert.match(html, /<a href="#inhalt">Zum Inhalt springen<\/a>/);
      assert.match(html, /<a href="#navigation">Zur Navigation springen<\/a>/);
      assert.match(
        html,
        /<h1><span class="paper-kicker">Beschlussvorlage <span class="badge badge-public">öffentlich<\/span> – VO\/2025\/246<\/span>Aktionsplan/,
      );
      assert.equal(html.match(/<h1[ >]/g)?.length, 1);
      for (const title of ['Beratungsfolge', 'Sachverhalt', 'Beschlussempfehlung', 'Relevanz für den Klimaschutz', 'Finanzielle Auswirkungen', 'Anlagen'])
        assert.match(html, new RegExp(`<details class="section" open="" id="[^"]+"><summary><h2>${title}</h2></summary>`), title);
      assert.match(html, /<dt>Federführung<\/dt><dd><a href="\/gremien\/\d+">Koordinierungsstelle für Integration und Teilhabe<\/a><\/dd>/);
      assert.match(html, /<dt>Datum<\/dt><dd><time datetime="2025-05-14">14.05.2025<\/time><\/dd>/);
      // Beratungsfolge: the past committee step with its result and agenda item, the future Kreistag step
      assert.match(
        html,
        /<td[^>]*><time datetime="2025-06-03">03.06.2025<\/time>.*?<\/td><td[^>]*><a href="\/gremien\/\d+">Sozial- und Gesundheitsausschuss<\/a><\/td><td[^>]*>Vorberatung<\/td><td[^>]*>beschlossen<\/td><td[^>]*><a href="\/tagesordnungspunkte\/\d+">TOP Ö 1<\/a>/,
      );
      assert.match(html, /<td[^>]*><a href="\/gremien\/\d+">Kreistag<\/a><\/td><td[^>]*>Entscheidung<\/td><td[^>]*>geplant<\/td>/);
      assert.match(
        html,
        /<a href="\/dateien\/\d+\/aktionsplan.pdf">Aktionsplan Zusammen ankommen<\/a> <span class="attachment-meta">\(Vorlagendokument, PDF, \d+ (Byte|KB)\)/,
      );
      assert.doesNotMatch(html, /Loading/i);
      assert.match(html, /<link rel="canonical" href="http:\/\/gremia.test\/vorlagen\/VO-2025-246"\/>/);
    });

    it('serves attachments with type, length and a download name', async () => {
      const page = await t.app.inject('/vorlagen/VO-2025-246');
      const href = page.body.match(/href="(\/dateien\/\d+\/massnahmen.pdf)"/)?.[1];
      assert.ok(href);
      const res = await t.app.inject(href);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/pdf');
      assert.equal(Number(res.headers['content-length']), res.rawPayload.byteLength);
      assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-');
      assert.match(String(res.headers['content-disposition']), /^inline; filename="massnahmen.pdf"; filename\*=UTF-8''massnahmen.pdf$/);
      const download = await t.app.inject(`${href}?download`);
      assert.match(String(download.headers['content-disposition']), /^attachment;/);
    });

    it('redirects the internal id and the printed reference to the permalink', async () => {
      const page = await t.app.inject('/vorlagen/VO-2025-246');
      assert.equal(page.statusCode, 200);
      const list = await t.app.inject('/vorlagen?art=Beschlussvorlage');
      const id = /data-paper-id="(\d+)"/.exec(list.body)?.[1];
      assert.ok(id, 'list exposes paper ids');
      const byId = await t.app.inject(`/vorlagen/${id}`);
      assert.equal(byId.statusCode, 301);
      assert.equal(byId.headers['location'], '/vorlagen/VO-2025-246');
      const printed = await t.app.inject('/vorlagen/VO%2F2025%2F246');
      assert.equal(printed.statusCode, 301);
      assert.equal(printed.headers['location'], '/vorlagen/VO-2025-246');
    });

    it('answers an unknown reference with a German 404 page', async () => {
      const res = await t.app.inject('/vorlagen/VO-1999-1');
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /<h1>Seite nicht gefunden<\/h1>/);
      assert.match(res.body, /<html lang="de">/);
    });

    it('gives anonymous users the same 404 for a non-public paper, its id and its files, and lists nothing of it', async () => {
      const unknown = await t.app.inject('/vorlagen/VO-1999-1');
      const hidden = await t.app.inject('/vorlagen/VO-2025-401');
      assert.equal(hidden.statusCode, 404);
      // the same page apart from the address (the login offer leads back to it)
      assert.equal(withoutWayBack(hidden.body, '/vorlagen/VO-2025-401'), withoutWayBack(unknown.body, '/vorlagen/VO-1999-1'));
      const [row] = await queryRows(
        t.database.db,
        z.object({ id: z.number(), file_id: z.number() }),
        sql`select p.id, pf.file_id from papers p join paper_files pf on pf.paper_id = p.id where p.reference = 'VO/2025/401'`,
      );
      const paperId = row?.id;
      const fileId = row?.file_id;
      assert.ok(paperId !== undefined && fileId !== undefined);
      assert.equal((await t.app.inject(`/vorlagen/${paperId}`)).statusCode, 404);
      const file = await t.app.inject(`/dateien/${String(fileId)}/massnahmen.pdf`);
      assert.equal(file.statusCode, 404);
      for (const url of ['/vorlagen', '/vorlagen?art=Beschlussvorlage', '/vorlagen?jahr=2025', '/', `/dateien/${String(fileId)}`]) {
        const res = await t.app.inject(url);
        assert.doesNotMatch(res.body, /Kiesgrube|VO\/2025\/401|VO-2025-401/, url);
      }
      // the count covers public papers only: 1 Beschlussvorlage, 1 Antrag, 25 Mitteilungsvorlagen
      assert.match((await t.app.inject('/vorlagen')).body, /<p class="result-count" role="status">27 Vorlagen – Seite 1 von 2<\/p>/);
      assert.match((await t.app.inject('/vorlagen?jahr=2025')).body, /1 Vorlage<\/p>/);
    });

    it('escapes titles and sanitises section HTML', async () => {
      const res = await t.app.inject('/vorlagen/AN-2024-12');
      assert.equal(res.statusCode, 200);
      assert.doesNotMatch(res.body, /<img|<script>alert/);
      assert.match(res.body, /Antrag &lt;img src=x onerror=alert\(1\)&gt; zu Radwegen/);
      assert.match(res.body, /<p>Begründung<\/p>/);
      assert.match(res.body, /<dt>Einreicher<\/dt><dd><a href="\/gremien\/\d+">Fraktion Bürgerliste<\/a><\/dd>/);
    });

    it('filters, sorts and pages the list with the filters in the URL', async () => {
      const page2 = await t.app.inject('/vorlagen?art=Mitteilungsvorlage&sortierung=nummer&seite=2');
      assert.equal(page2.statusCode, 200);
      assert.match(page2.body, /25 Vorlagen – Seite 2 von 2/);
      const refs = [...page2.body.matchAll(/(MV\/2023\/\d+) · Mitteilungsvorlage/g)].map((m) => m[1]);
      assert.equal(refs.length, 5);
      assert.deepEqual(refs, [...refs].sort());
      assert.match(page2.body, /<a href="\/vorlagen\?art=Mitteilungsvorlage&amp;sortierung=nummer" rel="prev">/);
      assert.match(page2.body, /<option value="Mitteilungsvorlage" selected="">Mitteilungsvorlage<\/option>/);

      const byCommittee = await t.app.inject(`/vorlagen?gremium=${t.fixture.organizations.sozial}`);
      assert.match(byCommittee.body, /1 Vorlage<\/p>/);
      assert.match(byCommittee.body, /VO\/2025\/246/);
      const byDirection = await t.app.inject(`/vorlagen?federfuehrung=${t.fixture.organizations.integration}`);
      assert.match(byDirection.body, /1 Vorlage<\/p>/);
      const oldestFirst = await t.app.inject('/vorlagen?sortierung=datum-aufsteigend');
      assert.match(oldestFirst.body, /MV\/2023\/1 ·/);
      assert.doesNotMatch(oldestFirst.body, /VO\/2025\/246/);
    });

    it('sorts by title with umlauts beside their base letter', async () => {
      await t.importPapers({ reference: 'MV/2025/90', type: 'Mitteilungsvorlage', name: 'Änderung der Hauptsatzung', date: '2025-01-02' });
      const res = await t.app.inject('/vorlagen?sortierung=titel');
      const titles = [...res.body.matchAll(/class="paper-title" href="[^"]+">([^<]+)</g)].map((m) => m[1] ?? '');
      assert.equal(titles.length, 20);
      // „Änderung“ sorts as „Anderung“: between „Aktionsplan“ and „Antrag“, not after „Z“
      assert.deepEqual(
        titles.slice(0, 4).map((t) => t.split(' ')[0]),
        ['Aktionsplan', 'Änderung', 'Antrag', 'Bericht'],
      );
    });

    it('explains bad list parameters instead of failing', async () => {
      const res = await t.app.inject('/vorlagen?seite=zwei&sortierung=zufall');
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Seite: eine Zahl erwartet/);
      assert.match(res.body, /Sortierung: eine von/);
      assert.equal((await t.app.inject('/vorlagen?seite=99')).statusCode, 200);
    });
  });
}
