/**
 * Non-public words never reach an anonymous search: not as hits, counts, facets, snippets,
 * suggestions, jumps or in the page cache. Unique words sit in a non-public section, a
 * non-public attachment's text and non-public titles; an entitled member finds them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { anonymous as anonymousViewer } from '../../src/access/index.ts';
import { search } from '../../src/modules/search/index.ts';
import { files } from '../../src/modules/files/files.tables.ts';
import { paperSections } from '../../src/modules/papers/papers.tables.ts';
import { Browser } from '../helpers/accounts.ts';
import { openTestApp, type TestApp } from '../helpers/app.ts';
import { testEngines } from '../helpers/db.ts';
import { accounts, addNonPublicFixture, SECRET_WORD, type NonPublicFixture } from '../helpers/nonpublic-fixture.ts';

const SECTION_WORD = 'Wombatgehege';
const ATTACHMENT_WORD = 'Beutelmarder';
const secretPattern = new RegExp(`${SECRET_WORD}|${SECTION_WORD}|${ATTACHMENT_WORD}|Grundstücksankauf|VO/2099/7`, 'i');

interface JsonResult {
  total: number;
  jump: string | null;
  suggestion: string | null;
  hits: Array<{ title: string; kind: string; snippet: Array<{ text: string }> | null }>;
  facets: Record<string, Array<{ count: number }>>;
}

for (const engine of testEngines()) {
  describe(`Suche gibt nichts Nichtöffentliches preis (${engine.name})`, () => {
    let t: TestApp;
    let f: NonPublicFixture;
    let anonymous: Browser;
    let entitled: Browser;
    let otherCommittee: Browser;

    before(async () => {
      t = await openTestApp(engine);
      f = await addNonPublicFixture(t);
      const db = t.database.db;
      await db.insert(paperSections).values({
        bodyId: f.bodyId,
        paperId: f.paper.id,
        position: 1,
        kind: 'Sachverhalt',
        heading: 'Sachverhalt',
        bodyHtml: `<p>Auf dem Grundstück liegt das ehemalige ${SECTION_WORD} des Tierparks.</p>`,
      });
      // the non-public attachment of the public paper VO/2025/246, page 2
      await db
        .update(files)
        .set({ text: `Kalkulation\fDie Kosten für den ${ATTACHMENT_WORD}-Bau steigen.`, textState: 'done' })
        .where(eq(files.id, f.files.publicPaperSecretAttachment));
      anonymous = new Browser(t.app);
      entitled = new Browser(t.app);
      await entitled.login(accounts.entitled);
      otherCommittee = new Browser(t.app);
      await otherCommittee.login(accounts.otherCommittee);
    });
    after(() => t.close());

    const json = async (browser: Browser, q: string): Promise<JsonResult> => {
      const response = await browser.get(`/suche.json?q=${encodeURIComponent(q)}`);
      assert.equal(response.statusCode, 200, response.body);
      return JSON.parse(response.body) as JsonResult;
    };

    for (const q of [
      SECTION_WORD,
      ATTACHMENT_WORD,
      SECRET_WORD,
      'Quokkaweg',
      'Grundstücksankauf',
      'VO/2099/7',
      'VO/2099',
      `"ehemalige ${SECTION_WORD}"`,
      `${ATTACHMENT_WORD} ODER ${SECTION_WORD}`,
    ]) {
      test(`anonym: „${q}“ findet nichts, zählt nichts, schlägt nichts vor`, async () => {
        for (const round of [1, 2]) {
          // the second round answers from the page cache
          const result = await json(anonymous, q);
          assert.equal(result.total, 0, `round ${round}: ${JSON.stringify(result.hits)}`);
          assert.deepEqual(result.hits, []);
          for (const [name, values] of Object.entries(result.facets)) assert.deepEqual(values, [], `facet ${name}`);
          assert.equal(result.jump, null);
          assert.ok(!result.suggestion || !secretPattern.test(result.suggestion), `suggestion ${result.suggestion}`);
          const page = await anonymous.get(`/suche?q=${encodeURIComponent(q)}`);
          assert.equal(page.statusCode, 200, 'no redirect to a non-public paper');
          const withoutEcho = page.body
            .replaceAll(q, '')
            .replaceAll(encodeURIComponent(q), '')
            .replaceAll(q.replaceAll('"', '&quot;'), '')
            // the address of the search's feed repeats the query too
            .replaceAll(new URLSearchParams({ q }).toString().slice(2), '');
          assert.doesNotMatch(withoutEcho.replace(/<input[^>]*>/g, ''), secretPattern);
          assert.match(page.body, /0 Treffer/);
        }
      });
    }

    test('anonym: auch eine sehr breite Suche (neueste Einträge der Reihe nach) zeigt nichts Nichtöffentliches', async () => {
      const q = `Sitzung ODER ${SECTION_WORD} ODER ${ATTACHMENT_WORD} ODER ${SECRET_WORD} ODER Grundstücksankauf`;
      const request = { bodyId: f.bodyId, viewer: anonymousViewer, q, pageSize: 100 };
      const exact = await search(t.database.db, request);
      assert.ok(exact.total >= 3, `zu wenige Treffer: ${exact.total}`);
      // a limit one below the visible matches makes the walk pass every entry of the body
      const broad = await search(t.database.db, { ...request, exactLimit: exact.total - 1 });
      assert.equal(broad.strategy, 'walk');
      assert.equal(broad.totalIsLowerBound, true);
      for (const hit of broad.hits) assert.doesNotMatch(`${hit.title} ${hit.snippet?.map((p) => p.text).join('') ?? ''}`, secretPattern);
      const values = Object.values(broad.facets)
        .flat()
        .map((v) => v.label);
      for (const label of values) assert.doesNotMatch(label, secretPattern);
    });

    test('anonym: Tippfehler in nichtöffentlichen Wörtern werden nicht korrigiert', async () => {
      for (const typo of ['Quokkawek', 'Wombatgehgee', 'Grundstücksankauff', 'Beutelmader']) {
        const result = await json(anonymous, typo);
        assert.ok(!result.suggestion || !secretPattern.test(result.suggestion), `${typo} → ${result.suggestion}`);
      }
    });

    test('anonym: eine öffentliche Vorlage mit nichtöffentlicher Anlage zählt die Anlage nicht mit', async () => {
      const result = await json(anonymous, 'Kalkulation');
      assert.ok(
        result.hits.every((h) => !secretPattern.test(h.title)),
        JSON.stringify(result.hits.map((h) => h.title)),
      );
      const files = result.facets['kind']?.find((k) => (k as unknown as { value: string }).value === 'file');
      assert.equal(files, undefined, 'no attachment counted');
    });

    test('berechtigtes Mitglied findet Abschnitt und Anlage, mit Fundstelle', async () => {
      const section = await json(entitled, SECTION_WORD);
      const paper = section.hits.find((h) => h.kind === 'paper');
      assert.ok(paper, JSON.stringify(section));
      assert.match(paper.snippet?.map((p) => p.text).join('') ?? '', new RegExp(SECTION_WORD));
      const title = await json(entitled, 'Quokkaweeg');
      assert.match(title.suggestion ?? '', /quokkaweg/i, 'members get suggestions from what they may see');
      const page = await entitled.get(`/suche?q=VO%2F2099%2F7`);
      assert.equal(page.statusCode, 303);
      assert.equal(page.headers.location, `/vorlagen/${f.paper.slug}`);
    });

    test('Mitglied eines anderen Ausschusses findet den Abschnitt nicht', async () => {
      const result = await json(otherCommittee, SECTION_WORD);
      assert.equal(result.total, 0);
      const attachment = await json(otherCommittee, ATTACHMENT_WORD);
      assert.equal(attachment.total, 0);
    });
  });
}
