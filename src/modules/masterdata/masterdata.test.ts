/**
 * The master-data import and export on both engines: the demo Kreis survives a round trip
 * unchanged (no write, no history entry); a hand-written committee structure is created through
 * the domains' rules with its history, and importing it again changes nothing; every problem of
 * a bad file is reported at once with its line, and nothing is written; a dry run writes nothing;
 * a changed entry changes its row and a field left out keeps its value.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRow } from '../../db/rows.ts';
import type { Database } from '../../db/client.ts';
import { z } from '../../lib/validation.ts';
import { testEngines } from '../../../test/helpers/db.ts';
import { tempStorage } from '../../../test/helpers/fixtures.ts';
import { systemActor } from '../audit/index.ts';
import { createBody } from '../bodies/index.ts';
import { loadDemoData } from '../demo/index.ts';
import { exportMasterData, importMasterDataFromJson, type Outcome } from './index.ts';

const today = '2026-12-07';
const options = { actor: systemActor, today, dryRun: false };

/** Row counts of every master-data table and of the history, for „nothing was written“. */
async function counts(database: Database) {
  return queryRow(
    database.db,
    z.object({ terms: z.number(), places: z.number(), organizations: z.number(), persons: z.number(), memberships: z.number(), history: z.number() }),
    sql`select (select count(*)::int from legislative_terms) as terms, (select count(*)::int from locations) as places,
      (select count(*)::int from organizations) as organizations, (select count(*)::int from persons) as persons,
      (select count(*)::int from memberships) as memberships, (select count(*)::int from audit_events) as history`,
  );
}

const tally = (outcomes: readonly Outcome[]) => {
  const t: Record<string, number> = {};
  for (const o of outcomes) t[o.action] = (t[o.action] ?? 0) + 1;
  return t;
};

/** A Kreis's committee structure as an administration writes it by hand. */
function committeeFile(extra: Record<string, unknown> = {}) {
  return {
    format: 'gremia-stammdaten',
    version: 1,
    wahlperioden: [{ schluessel: 'wp', name: '2021–2026', beginn: '2021-11-01', ende: '2026-10-31' }],
    sitzungsorte: [
      {
        schluessel: 'saal',
        bezeichnung: 'Kreishaus, Großer Sitzungssaal',
        strasse: 'Am Markt 1',
        plz: '21790',
        ort: 'Musterstadt',
        breite: 53.35,
        laenge: 9.81,
        barrierefreiheit: 'Aufzug am Nordeingang',
      },
    ],
    gremien: [
      // the Ausschuss comes before its parent: the import orders them itself
      {
        schluessel: 'bau',
        art: 'ausschuss',
        name: 'Bau- und Planungsausschuss',
        kurzname: 'BPA',
        uebergeordnet: 'kt',
        sitze: 3,
        sitzungsort: 'saal',
        beginn: '2021-11-01',
      },
      { schluessel: 'kt', art: 'vertretung', name: 'Kreistag', kurzname: 'KT', sitze: 40 },
      { schluessel: 'gruene', art: 'fraktion', name: 'Fraktion Bündnis 90/Die Grünen', kurzname: 'GRÜNE' },
    ],
    personen: [
      { schluessel: 'meyer', anrede: 'Frau', titel: 'Dr.', vorname: 'Anna', nachname: 'Meyer', email: ['anna.meyer@kreis.example'] },
      { schluessel: 'schulz', anrede: 'Herr', vorname: 'Bernd', nachname: 'Schulz' },
      { schluessel: 'yilmaz', vorname: 'Deniz', nachname: 'Yılmaz', sachkundig: true },
    ],
    mitgliedschaften: [
      // the deputy first: the import takes the members before those who stand in for them
      { person: 'yilmaz', gremium: 'bau', rolle: 'stellv. Mitglied', beginn: '2021-11-01', vertritt: 'schulz' },
      { person: 'meyer', gremium: 'BPA', rolle: 'Vorsitz', beginn: '2021-11-01', fraktion: 'gruene' },
      { person: 'schulz', gremium: 'bau', rolle: 'Mitglied', beginn: '2021-11-01' },
      { person: 'meyer', gremium: 'gruene', rolle: 'Mitglied', beginn: '2021-11-01' },
    ],
    ...extra,
  };
}

for (const engine of testEngines()) {
  describe(`master-data import and export (${engine.name})`, () => {
    let database: Database;
    let demoBody: { id: number; key: string; classification: string | null };
    let body: { id: number; key: string; classification: string | null };

    before(async () => {
      database = await engine.open();
      await loadDemoData(database.db, await tempStorage());
      const demo = await queryRow(
        database.db,
        z.object({ id: z.number(), key: z.string(), classification: z.string().nullable() }),
        sql`select id, key, classification from bodies order by id limit 1`,
      );
      assert.ok(demo);
      demoBody = demo;
      body = await createBody(database.db, { key: 'kreis-neu', name: 'Kreis Neuland', classification: 'Landkreis' });
    });
    after(() => database.close());

    it('takes the demo Kreis back from its own export without writing anything', async () => {
      const exported = await exportMasterData(database.db, demoBody, new Date());
      assert.ok(exported.gremien.length > 5 && exported.personen.length > 20 && exported.mitgliedschaften.length > 20, 'the demo has master data');
      assert.ok(exported.sitzungsorte.length > 0 && exported.wahlperioden.length > 0);
      const before = await counts(database);
      const result = await importMasterDataFromJson(database.db, demoBody, JSON.stringify(exported), options);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.error.slice(0, 5)));
      assert.deepEqual(tally(result.value), { unverändert: result.value.length });
      assert.deepEqual(await counts(database), before, 'no row and no history entry written');
      const again = await exportMasterData(database.db, demoBody, new Date(exported.exportiertAm ?? ''));
      assert.deepEqual(again, exported);
    });

    it('creates a hand-written committee structure through the domain, with history, and a second import changes nothing', async () => {
      const text = JSON.stringify(committeeFile(), null, 2);
      const result = await importMasterDataFromJson(database.db, body, text, options);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
      assert.deepEqual(tally(result.value), { angelegt: 1 + 1 + 3 + 3 + 4 });

      const exported = await exportMasterData(database.db, body, new Date());
      const bau = exported.gremien.find((g) => g.kurzname === 'BPA');
      const kt = exported.gremien.find((g) => g.kurzname === 'KT');
      const saal = exported.sitzungsorte[0];
      assert.ok(bau && kt && saal);
      assert.equal(bau.uebergeordnet, kt.schluessel);
      assert.equal(bau.sitzungsort, saal.schluessel);
      assert.equal(bau.sitze, 3);
      assert.deepEqual([saal.breite, saal.laenge, saal.plz], [53.35, 9.81, '21790']);
      const meyer = exported.personen.find((p) => p.nachname === 'Meyer');
      const schulz = exported.personen.find((p) => p.nachname === 'Schulz');
      assert.ok(meyer && schulz);
      assert.deepEqual([meyer.titel, meyer.email], ['Dr.', ['anna.meyer@kreis.example']]);
      assert.equal(exported.personen.find((p) => p.nachname === 'Yılmaz')?.sachkundig, true);
      const deputy = exported.mitgliedschaften.find((m) => m.rolle === 'stellv. Mitglied');
      assert.equal(deputy?.vertritt, schulz.schluessel);
      assert.equal(exported.mitgliedschaften.find((m) => m.rolle === 'Vorsitz')?.fraktion, exported.gremien.find((g) => g.art === 'fraktion')?.schluessel);

      const history = await queryRow(
        database.db,
        z.object({ n: z.number(), actors: z.array(z.string()) }),
        sql`select count(*)::int as n, array_agg(distinct detail->>'by') as actors from audit_events where body_id = ${body.id} and event = 'record.created'`,
      );
      assert.equal(history?.n, 12, 'one history entry per created row');
      assert.deepEqual(history?.actors, ['Kommandozeile']);

      const before = await counts(database);
      const second = await importMasterDataFromJson(database.db, body, text, options);
      assert.ok(second.ok, JSON.stringify(!second.ok && second.error));
      assert.deepEqual(tally(second.value), { unverändert: 12 }, 'matched by name, Kurzname and person, Gremium, role and beginning');
      assert.deepEqual(await counts(database), before);
    });

    it('names every problem of a bad file with its line, in document order, and writes nothing', async () => {
      // a person of the body, named by the key the export gives it
      const schulz = (await exportMasterData(database.db, body, new Date())).personen.find((p) => p.nachname === 'Schulz')?.schluessel;
      assert.ok(schulz);
      const file = committeeFile({
        wahlperioden: [{ schluessel: 'wp2', name: '2026–2031', beginn: '2026-11-01', ende: '2031-02-30' }],
        gremien: [
          { schluessel: 'neu', art: 'ausschuss', name: 'Jugendhilfeausschuss', kurzname: 'JHA' },
          { schluessel: 'neu', art: 'gremium', name: 'Doppelt' },
          { schluessel: 'jha2', art: 'ausschuss', name: 'Zweiter Jugendhilfeausschuss', kurzname: 'jha' },
          { schluessel: 'x', art: 'beirat', name: 'Seniorenbeirat', sitze: 5 },
          { schluessel: 'y', art: 'beirat', name: 'Jugendbeirat', website: 'http://beirat.example' },
        ],
        personen: [{ schluessel: 'p', nachname: '', email: ['keine-adresse'], farbe: 'blau' }],
        mitgliedschaften: [
          { person: 'niemand', gremium: 'BPA', rolle: 'Mitglied' },
          { person: schulz, gremium: 'BPA', rolle: 'Chef', beginn: '2025-01-01' },
        ],
      });
      const text = JSON.stringify(file, null, 2);
      const before = await counts(database);
      const result = await importMasterDataFromJson(database.db, body, text, options);
      assert.ok(!result.ok);
      const lines = text.split('\n');
      // the shape comes first: an unknown field stops the run before any rule is applied
      assert.deepEqual(
        result.error.map((p) => p.path),
        ['personen.0'],
      );
      assert.match(result.error[0]?.message ?? '', /unbekanntes Feld „farbe“/);
      assert.match(lines[(result.error[0]?.line ?? 1) - 1] ?? '', /\{/);

      delete (file.personen[0] as Record<string, unknown>)['farbe'];
      const text2 = JSON.stringify(file, null, 2);
      const lines2 = text2.split('\n');
      const second = await importMasterDataFromJson(database.db, body, text2, options);
      assert.ok(!second.ok);
      const byPath = new Map(second.error.map((p) => [p.path, p]));
      const expected: Record<string, RegExp> = {
        'wahlperioden.0.ende': /Ende: Diesen Tag gibt es nicht/,
        'gremien.2.kurzname': /Kurzname: „jha“ trägt schon „Jugendhilfeausschuss“/,
        'gremien.1.schluessel': /„neu“ kommt in gremien schon bei Eintrag 1 vor/,
        'gremien.3.sitze': /Sitze: nur beim Kreistag/,
        'gremien.4.website': /https:\/\//,
        'personen.0.nachname': /Nachname: Bitte geben Sie den Nachnamen an/,
        'personen.0.email': /E-Mail: Bitte geben Sie eine gültige Adresse an/,
        'mitgliedschaften.0.person': /„niemand“ ist weder ein Schlüssel dieser Datei noch eine Person in Gremia/,
        'mitgliedschaften.1.rolle': /Rolle: eine von Vorsitz, stellv\. Vorsitz, Mitglied/,
      };
      for (const [path, message] of Object.entries(expected)) {
        const problem = byPath.get(path);
        assert.ok(problem, `${path} reported (got ${[...byPath.keys()].join(', ')})`);
        assert.match(problem.message, message, path);
        const field = path.split('.').at(-1) ?? '';
        assert.match(lines2[problem.line - 1] ?? '', new RegExp(`"${field}"`), `${path}: line ${problem.line} shows the field`);
      }
      assert.deepEqual(
        second.error.map((p) => p.line),
        [...second.error.map((p) => p.line)].sort((a, b) => a - b),
      );
      assert.deepEqual(await counts(database), before, 'nothing of the good entries was written either');
    });

    it('reports what a dry run would do and writes nothing', async () => {
      const other = await createBody(database.db, { key: 'kreis-probe', name: 'Kreis Probe' });
      const before = await counts(database);
      const result = await importMasterDataFromJson(database.db, other, JSON.stringify(committeeFile()), { ...options, dryRun: true });
      assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
      assert.deepEqual(tally(result.value), { angelegt: 12 });
      assert.deepEqual(await counts(database), before);
    });

    it('changes a row the file changes, and a field the entry leaves out keeps its value', async () => {
      const exported = await exportMasterData(database.db, body, new Date());
      const bau = exported.gremien.find((g) => g.kurzname === 'BPA');
      const meyer = exported.personen.find((p) => p.nachname === 'Meyer');
      const saal = exported.sitzungsorte[0];
      assert.ok(bau && meyer && saal);
      const file = {
        format: 'gremia-stammdaten',
        version: 1,
        sitzungsorte: [{ ...saal, nichtMehrGenutztAb: '2026-12-31' }],
        gremien: [{ schluessel: bau.schluessel, art: 'ausschuss', name: 'Ausschuss für Bauen und Planen', sitze: 5 }],
        // only the phone: the e-mail address and the title stay
        personen: [{ schluessel: meyer.schluessel, nachname: 'Meyer', telefon: ['04199 555-0101'] }],
      };
      const result = await importMasterDataFromJson(database.db, body, JSON.stringify(file), options);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
      assert.deepEqual(tally(result.value), { geändert: 3 });
      const after = await exportMasterData(database.db, body, new Date());
      const bauAfter = after.gremien.find((g) => g.schluessel === bau.schluessel);
      assert.deepEqual(
        [bauAfter?.name, bauAfter?.sitze, bauAfter?.kurzname, bauAfter?.uebergeordnet],
        ['Ausschuss für Bauen und Planen', 5, 'BPA', bau.uebergeordnet],
      );
      const meyerAfter = after.personen.find((p) => p.schluessel === meyer.schluessel);
      assert.deepEqual([meyerAfter?.telefon, meyerAfter?.email, meyerAfter?.titel], [['04199 555-0101'], ['anna.meyer@kreis.example'], 'Dr.']);
      assert.equal(after.sitzungsorte[0]?.nichtMehrGenutztAb, '2026-12-31');
      const changes = await queryRow(
        database.db,
        z.object({ n: z.number() }),
        sql`select count(*)::int as n from audit_events where body_id = ${body.id} and event in ('record.updated', 'record.ended')`,
      );
      assert.equal(changes?.n, 3, 'each change has its history entry');
    });
  });
}
