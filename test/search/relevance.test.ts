/**
 * Relevance of the search on the demo Kreis Nordheide: queries a citizen types, and the objects
 * they rightly expect among the first three hits (anonymous viewer, default relevance sort).
 * The expectations were chosen by reading the demo data (titles, sections, attachment texts),
 * never by running the search. Objects are named by stable keys – `paper:<reference>`, else
 * `<kind>:<title>` – never by database id; every expected paper is public.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Db } from '../../src/db/client.ts';
import { anonymous } from '../../src/access/index.ts';
import { search, type SearchHit, type SearchRequest, type SearchResult } from '../../src/modules/search/index.ts';
import { organizations } from '../../src/modules/organizations/organizations.tables.ts';
import { papers as paperTable } from '../../src/modules/papers/papers.tables.ts';
import { openDemoSearch, type DemoSearch } from '../helpers/demo.ts';
import { kitaFeePaper, relevanceCases } from './relevance.cases.ts';

const key = (h: SearchHit): string => (h.kind === 'paper' ? `paper:${h.reference ?? h.title}` : `${h.kind}:${h.title}`);
const top = (r: SearchResult, n = 3): string[] => r.hits.slice(0, n).map(key);
const all = (r: SearchResult): string[] => r.hits.map(key);
const papers = (...references: string[]): string[] => references.map((ref) => `paper:${ref}`);

describe('Suchrelevanz auf dem Demo-Kreis Nordheide', () => {
  let demo: DemoSearch;
  let db: Db;
  let bodyId: number;

  before(async () => {
    demo = await openDemoSearch();
    db = demo.database.db;
    bodyId = demo.bodyId;
    await db.insert(paperTable).values({ bodyId, ...kitaFeePaper });
  });
  after(() => demo?.close());

  const run = (q: string, extra: Partial<SearchRequest> = {}): Promise<SearchResult> => search(db, { bodyId, viewer: anonymous, q, ...extra });

  /** The first hit is `expected`. */
  async function first(q: string, expected: string, extra: Partial<SearchRequest> = {}): Promise<SearchResult> {
    const r = await run(q, extra);
    assert.equal(top(r, 1)[0], expected, `„${q}“: erwartet ${expected} als ersten Treffer, top 3: ${JSON.stringify(top(r))}`);
    return r;
  }

  /** At least one of `anyOf` is among the first three hits. */
  async function inTop3(q: string, anyOf: string[], extra: Partial<SearchRequest> = {}): Promise<SearchResult> {
    const r = await run(q, extra);
    assert.ok(
      top(r).some((k) => anyOf.includes(k)),
      `„${q}“: erwartet eins von ${JSON.stringify(anyOf)} unter den ersten 3, top 3: ${JSON.stringify(top(r))}`,
    );
    return r;
  }

  // --- ein Wort aus dem Betreff --------------------------------------------------------------

  test('„Mobilfunklöcher“ findet den Antrag „Mobilfunklöcher systematisch erfassen“ zuerst', async () => {
    await first('Mobilfunklöcher', 'paper:AN/2023/7');
  });

  test('„Rettungswache Moorwede“ (zwei Wörter) findet „Neubau der Rettungswache Moorwede“ zuerst', async () => {
    await first('Rettungswache Moorwede', 'paper:VO/2025/19');
  });

  // --- Stammformen ---------------------------------------------------------------------------

  test('„Haushaltssatzungen“ (Plural) findet „Haushaltssatzung und Haushaltsplan …“', async () => {
    const expected = papers('VO/2023/32', 'VO/2024/47', 'VO/2025/48', 'VO/2026/51');
    await inTop3('Haushaltssatzungen', expected);
  });

  test('„Rettungswachen“ (Plural) findet „Neubau der Rettungswache …“, aber keine nichtöffentliche Vorlage', async () => {
    const r = await inTop3('Rettungswachen', papers('VO/2024/22', 'VO/2024/32', 'VO/2024/57', 'VO/2025/19', 'VO/2025/33'));
    // „Erwerb einer Fläche für die Erweiterung der Rettungswache …“ is non-public
    for (const hidden of papers('VO/2023/5', 'VO/2023/8', 'VO/2023/29', 'VO/2026/39')) {
      assert.ok(!all(r).includes(hidden), `nichtöffentliche ${hidden} unter den Treffern: ${JSON.stringify(all(r))}`);
    }
  });

  test('„Sporthallen“ (Plural) findet „Sanierung der Sporthalle …“', async () => {
    await inTop3('Sporthallen', papers('VO/2024/31', 'VO/2025/26', 'VO/2025/55', 'VO/2026/8', 'VO/2026/34'));
  });

  test('„Stundentakt“ findet „Einführung eines Stundentakts auf der Linie 410“ (Genitiv) zuerst', async () => {
    await first('Stundentakt', 'paper:VO/2025/47');
  });

  test('„Deutschlandticket“ findet „Auswirkungen des Deutschlandtickets …“ zuerst', async () => {
    await first('Deutschlandticket', 'paper:MV/2025/11');
  });

  // --- Komposita -----------------------------------------------------------------------------

  test('„Integration“ findet den „Integrationsbeirat“ (Kompositum) und die Koordinierungsstelle', async () => {
    const r = await run('Integration', { kinds: ['organization'] });
    for (const expected of ['organization:Integrationsbeirat', 'organization:Koordinierungsstelle für Integration und Teilhabe']) {
      assert.ok(top(r).includes(expected), `„Integration“ (Organisationen): ${expected} fehlt, top 3: ${JSON.stringify(top(r))}`);
    }
  });

  test('„Integration“ findet Sitzungen des Integrationsbeirates (Kompositum)', async () => {
    const sessions = [1, 2, 3, 4, 5, 6, 7].map((n) => `meeting:${n}. Sitzung des Integrationsbeirates`);
    await inTop3('Integration', sessions, { kinds: ['meeting'] });
  });

  test('„Kita“ findet „Sprachförderung in Kitas dauerhaft sichern“ (Komposita/Flexion)', async () => {
    await inTop3('Kita', papers('AN/2024/10', 'AN/2025/7', 'AN/2025/19', 'AN/2026/14'));
  });

  // --- Operatoren ----------------------------------------------------------------------------

  test('Phrase „"Gewerbegebiet Lindenhagen"“ findet nur das Gewerbegebiet Lindenhagen', async () => {
    const r = await first('"Gewerbegebiet Lindenhagen"', 'paper:VO/2026/12');
    // these two have „Gewerbegebiet“ in the title and „Lindenhagen“ in the text, but never side by side
    for (const other of papers('VO/2024/33', 'VO/2026/47')) {
      assert.ok(!all(r).includes(other), `${other} enthält die Phrase nicht, ist aber Treffer: ${JSON.stringify(all(r))}`);
    }
  });

  test('Phrase „"Leichte Sprache"“ findet den Antrag „Leichte Sprache in der Kreisverwaltung“', async () => {
    await inTop3('"Leichte Sprache"', papers('AN/2024/3', 'AN/2025/13', 'AN/2026/2'));
  });

  test('„Jugendzentrum -Ottersloh“ schließt Ottersloh aus', async () => {
    const r = await run('Jugendzentrum -Ottersloh');
    assert.ok(r.hits.length > 0, '„Jugendzentrum -Ottersloh“: keine Treffer');
    assert.ok(
      r.hits.slice(0, 3).some((h) => h.kind === 'paper' && h.title.startsWith('Zuschuss für das Jugendzentrum')),
      `„Jugendzentrum -Ottersloh“: keine Jugendzentrum-Vorlage unter den ersten 3: ${JSON.stringify(top(r))}`,
    );
    const excluded = r.hits.filter((h) => /Ottersloh/i.test(h.title)).map(key);
    assert.deepEqual(excluded, [], 'ausgeschlossenes Wort „Ottersloh“ in Treffern');
  });

  test('„Mobilfunklöcher ODER Sirenen“ findet beide Vorlagen', async () => {
    const r = await run('Mobilfunklöcher ODER Sirenen');
    for (const expected of papers('AN/2023/7', 'VO/2024/38')) {
      assert.ok(all(r).includes(expected), `„Mobilfunklöcher ODER Sirenen“: ${expected} fehlt, Treffer: ${JSON.stringify(all(r))}`);
    }
  });

  // --- Aktenzeichen --------------------------------------------------------------------------

  test('Aktenzeichen „VO/2025/24“ springt direkt zur Vorlage', async () => {
    const r = await first('VO/2025/24', 'paper:VO/2025/24');
    assert.equal(r.jump, '/vorlagen/VO-2025-24');
  });

  test('Aktenzeichen „AN/2023/7“ springt direkt zum Antrag', async () => {
    const r = await first('AN/2023/7', 'paper:AN/2023/7');
    assert.equal(r.jump, '/vorlagen/AN-2023-7');
  });

  test('Teil-Aktenzeichen „VO/2023/4“ findet VO/2023/40–43, springt aber nicht zur nichtöffentlichen VO/2023/4', async () => {
    // „VO/2023/4“ is the start of the public VO/2023/40 … VO/2023/43; VO/2023/4 itself is non-public
    const r = await inTop3('VO/2023/4', papers('VO/2023/40', 'VO/2023/41', 'VO/2023/42', 'VO/2023/43'));
    assert.equal(r.jump, null);
    assert.ok(!all(r).includes('paper:VO/2023/4'), `nichtöffentliche VO/2023/4 unter den Treffern: ${JSON.stringify(all(r))}`);
  });

  // --- Tippfehler ----------------------------------------------------------------------------

  test('„Integratoin“ schlägt „Integration“ vor', async () => {
    const r = await run('Integratoin');
    assert.equal(r.suggestion?.toLowerCase(), 'integration');
    const correct = await run('Integration');
    assert.equal(correct.suggestion, null, 'richtig geschriebenes Wort bekommt kein „Meinten Sie …?“');
  });

  test('„Defibrilatoren“ schlägt „Defibrillatoren“ vor', async () => {
    const r = await run('Defibrilatoren');
    assert.equal(r.suggestion?.toLowerCase(), 'defibrillatoren');
  });

  test('„Schulsozialarbiet“ schlägt „Schulsozialarbeit“ vor', async () => {
    const r = await run('Schulsozialarbiet');
    assert.equal(r.suggestion?.toLowerCase(), 'schulsozialarbeit');
  });

  // --- Personen und Gremien ------------------------------------------------------------------

  test('Nachname „Klindworth“ findet Karsten Klindworth zuerst', async () => {
    await first('Klindworth', 'person:Karsten Klindworth');
  });

  test('Nachname „Kowalski“ findet Petra Kowalski zuerst, vor Niederschriften, die sie nennen', async () => {
    await first('Kowalski', 'person:Petra Kowalski');
  });

  test('„Jugendhilfeausschuss“ findet das Gremium zuerst', async () => {
    await first('Jugendhilfeausschuss', 'organization:Jugendhilfeausschuss');
  });

  test('„Seniorenbeirat“ findet das Gremium zuerst', async () => {
    await first('Seniorenbeirat', 'organization:Seniorenbeirat');
  });

  test('„konstituierende Sitzung“ findet die konstituierende Sitzung des Kreistages', async () => {
    await inTop3('konstituierende Sitzung', ['meeting:1. Sitzung des Kreistages (konstituierende Sitzung)']);
  });

  // --- Anlagen, Titel vor Text, Tagesordnung -------------------------------------------------

  test('„Baugrunduntersuchung“ steht nur im Text von Anlagen und findet eine Datei', async () => {
    const r = await run('Baugrunduntersuchung');
    const files = r.hits
      .slice(0, 3)
      .filter((h) => h.kind === 'file' && /^Anlage \d+: (Lageplan-Erläuterung|Verordnungsentwurf mit Karte \(Erläuterung\))$/.test(h.title));
    assert.ok(files.length > 0, `„Baugrunduntersuchung“: keine Anlage unter den ersten 3: ${JSON.stringify(top(r))}`);
  });

  test('Titel vor Text: „Schulsozialarbeit“ findet „Weiterfinanzierung der Schulsozialarbeit …“ vor 23 Vorlagen, die sie nur im Text nennen', async () => {
    await first('Schulsozialarbeit', 'paper:VO/2026/14');
  });

  test('Titel vor Text: „Sirenen“ findet „Beschaffung von Sirenen für den Bevölkerungsschutz“ zuerst', async () => {
    await first('Sirenen', 'paper:VO/2024/38');
  });

  test('„Einwohnerfragestunde“ findet den Tagesordnungspunkt zuerst', async () => {
    await first('Einwohnerfragestunde', 'agendaItem:Einwohnerfragestunde');
  });

  test('„Kranichrast“ findet den Tagesordnungspunkt „Bericht zur Kranichrast im Herbst“ (ohne Vorlage)', async () => {
    await inTop3('Kranichrast', ['agendaItem:Bericht zur Kranichrast im Herbst']);
  });

  // --- Filter --------------------------------------------------------------------------------

  test('„Integration“ mit kinds [paper] liefert nur Vorlagen, die Integration im Betreff tragen, oben', async () => {
    const r = await run('Integration', { kinds: ['paper'] });
    assert.ok(r.hits.length >= 3, `zu wenige Treffer: ${JSON.stringify(all(r))}`);
    assert.deepEqual([...new Set(r.hits.map((h) => h.kind))], ['paper']);
    const titled = papers(
      'MV/2023/14',
      'VO/2023/40',
      'MV/2024/3',
      'VO/2024/8',
      'MV/2024/10',
      'MV/2024/15',
      'MV/2024/19',
      'MV/2024/42',
      'VO/2025/7',
      'MV/2025/2',
      'MV/2025/24',
      'MV/2025/35',
      'MV/2025/36',
      'MV/2026/9',
      'VO/2026/22',
      'MV/2026/20',
      'MV/2026/38',
    );
    for (const k of top(r)) assert.ok(titled.includes(k), `${k} trägt „Integration“ nicht im Betreff, top 3: ${JSON.stringify(top(r))}`);
  });

  // --- Gremium-Facette -----------------------------------------------------------------------

  for (const q of ['Integration', 'Abfall', 'Kita']) {
    test(`„${q}“: die Gremium-Facette nennt nur Gremien, keine Verwaltungseinheiten`, async () => {
      const r = await run(q);
      assert.ok(r.facets.organization.length > 0, `„${q}“: keine Gremium-Facette`);
      const types = await db.select({ id: organizations.id, type: organizations.organizationType }).from(organizations);
      const typeOf = new Map(types.map((t) => [t.id, t.type]));
      const others = r.facets.organization.filter((f) => typeOf.get(f.value) !== 'Gremium').map((f) => f.label);
      assert.deepEqual(others, [], `„${q}“: Nicht-Gremien in der Gremium-Facette`);
    });
  }

  // --- die Tabelle aus relevance.cases -------------------------------------------------------

  for (const c of relevanceCases) {
    const filter = c.extra?.kinds ? ` (nur ${c.extra.kinds.join(', ')})` : '';
    const title = `„${c.q}“${filter}: ${c.expect === 'allTop3' ? 'alle von' : 'eins von'} ${c.keys.slice(0, 3).join(', ')}${c.keys.length > 3 ? ' …' : ''}`;
    test(title, { todo: c.todo }, async () => {
      const r = await run(c.q, { pageSize: Math.max(c.absentWithin ?? 10, 20), ...c.extra });
      const shown = JSON.stringify(top(r));
      if (c.expect === 'first') assert.ok(c.keys.includes(top(r, 1)[0] ?? ''), `„${c.q}“: erster Treffer nicht in ${JSON.stringify(c.keys)}, top 3: ${shown}`);
      if (c.expect === 'top3')
        assert.ok(
          top(r).some((k) => c.keys.includes(k)),
          `„${c.q}“: keins von ${JSON.stringify(c.keys)} unter den ersten 3: ${shown}`,
        );
      if (c.expect === 'allTop3') for (const k of c.keys) assert.ok(top(r).includes(k), `„${c.q}“: ${k} nicht unter den ersten 3: ${shown}`);
      const within = r.hits.slice(0, c.absentWithin ?? 10).map(key);
      for (const k of c.absent ?? []) assert.ok(!within.includes(k), `„${c.q}“: ${k} unter den ersten ${c.absentWithin ?? 10}: ${JSON.stringify(within)}`);
      if (c.jump !== undefined) assert.equal(r.jump, c.jump, `„${c.q}“: Sprung`);
    });
  }
});
