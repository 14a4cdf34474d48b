/**
 * `gremia masterdata:export` and `masterdata:import` as an administration runs them: real
 * processes on an embedded database directory; the imported Ausschuss then shows on the portal
 * and in OParl served from that same directory.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { openRuntime } from '../../src/app/runtime.ts';
import { buildApp } from '../../src/app/app.ts';
import { createTestBody, tempDir } from '../helpers/fixtures.ts';

const run = promisify(execFile);
const gremia = path.resolve('bin/gremia.js');

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [gremia, ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

const structure = {
  format: 'gremia-stammdaten',
  version: 1,
  sitzungsorte: [{ schluessel: 'saal', bezeichnung: 'Kreishaus, Saal 2', plz: '21790', ort: 'Testhausen', barrierefreiheit: 'stufenlos' }],
  gremien: [{ schluessel: 'jha', art: 'ausschuss', name: 'Jugendhilfeausschuss', kurzname: 'JHA', uebergeordnet: 'KT', sitze: 2, sitzungsort: 'saal' }],
  personen: [
    { schluessel: 'a', vorname: 'Clara', nachname: 'Albers' },
    { schluessel: 'b', vorname: 'Jonas', nachname: 'Brandt' },
  ],
  mitgliedschaften: [
    { person: 'a', gremium: 'JHA', rolle: 'Vorsitz', beginn: '2024-01-01' },
    { person: 'b', gremium: 'JHA', rolle: 'stellv. Mitglied', beginn: '2024-01-01', vertritt: 'a' },
  ],
};

describe('gremia masterdata:export and masterdata:import', () => {
  let dataDir: string;
  let docDir: string;
  let env: Record<string, string>;

  before(async () => {
    dataDir = await tempDir('gremia-stammdaten-');
    docDir = await tempDir('gremia-stammdaten-doc-');
    env = { DATA_DIR: dataDir, DEMO_DATA: '0', LOG_LEVEL: 'silent' };
    delete process.env['DATABASE_URL'];
    const runtime = await openRuntime(loadConfig(env));
    await createTestBody(runtime.database.db);
    await runtime.close();
  });
  after(async () => {
    await fs.rm(dataDir, { recursive: true, force: true });
    await fs.rm(docDir, { recursive: true, force: true });
  });

  it('refuses a bad file with every problem by line and column and writes nothing; a dry run writes nothing either', async () => {
    const bad = path.join(docDir, 'kaputt.json');
    const broken = {
      ...structure,
      gremien: [{ ...structure.gremien[0], sitze: 'zwei' }],
      mitgliedschaften: [{ ...structure.mitgliedschaften[0], rolle: 'Chefin' }],
    };
    await fs.writeFile(bad, JSON.stringify(broken, null, 2));
    const refused = await cli(['masterdata:import', bad], env);
    assert.equal(refused.code, 1);
    const escaped = bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    assert.match(refused.stderr, new RegExp(`${escaped}:\\d+:\\d+: gremien\\.0\\.sitze: Sitze: Zahl erwartet`));
    assert.match(refused.stderr, /Nichts importiert \(1 Problem\)/);

    const good = path.join(docDir, 'struktur.json');
    await fs.writeFile(good, JSON.stringify(structure, null, 2));
    const trial = await cli(['masterdata:import', good, '--dry-run'], env);
    assert.equal(trial.code, 0, trial.stderr);
    assert.match(trial.stdout, /würde angelegt: gremien jha Jugendhilfeausschuss/);
    assert.match(trial.stdout, /Probelauf, nichts geschrieben: 6 angelegt, 0 geändert, 0 unverändert\./);
    const exported = await cli(['masterdata:export'], env);
    assert.equal(exported.code, 0, exported.stderr);
    assert.doesNotMatch(exported.stdout, /Jugendhilfeausschuss/);

    await fs.writeFile(bad, JSON.stringify({ ...structure, mitgliedschaften: [{ ...structure.mitgliedschaften[0], rolle: 'Chefin' }] }, null, 2));
    const rule = await cli(['masterdata:import', bad], env);
    assert.equal(rule.code, 1);
    assert.match(rule.stderr, new RegExp(`${escaped}:\\d+:\\d+: mitgliedschaften\\.0\\.rolle: Rolle: eine von Vorsitz`));
    assert.doesNotMatch((await cli(['masterdata:export'], env)).stdout, /Jugendhilfeausschuss/, 'the good entries of a refused file are not written');
  });

  it('imports the structure, which the portal and OParl show at once, and its export imports back unchanged', async () => {
    const good = path.join(docDir, 'struktur.json');
    const imported = await cli(['masterdata:import', good], env);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /Stammdaten importiert: 6 angelegt, 0 geändert, 0 unverändert\./);

    const file = path.join(docDir, 'export.json');
    const exported = await cli(['masterdata:export', file], env);
    assert.equal(exported.code, 0, exported.stderr);
    const document = JSON.parse(await fs.readFile(file, 'utf8')) as { gremien: { schluessel: string; kurzname: string | null }[] };
    const key = document.gremien.find((g) => g.kurzname === 'JHA')?.schluessel;
    const id = Number(/^gremium-(\d+)$/.exec(key ?? '')?.[1]);
    assert.ok(id > 0, key);

    const back = await cli(['masterdata:import', file], env);
    assert.equal(back.code, 0, back.stderr);
    assert.match(back.stdout, /^Stammdaten importiert: 0 angelegt, 0 geändert, \d+ unverändert\.$/m);

    const config = loadConfig({ ...env, BASE_URL: 'http://gremia.test' });
    const runtime = await openRuntime(config);
    const app = await buildApp({ database: runtime.database, storage: runtime.storage, config, logger: false });
    try {
      const page = await app.inject(`/gremien/${id}`);
      assert.equal(page.statusCode, 200);
      for (const text of ['Jugendhilfeausschuss', 'Clara Albers', 'Jonas Brandt']) assert.ok(page.body.includes(text), text);
      const oparl = await app.inject(`/oparl/v1/organization/${id}`);
      assert.equal(oparl.statusCode, 200, oparl.body);
      // OParl 1.1 embeds the Location object in the Organization
      const organization = oparl.json() as { shortName: string; membership: string[]; location?: { description?: string } };
      assert.equal(organization.shortName, 'JHA');
      assert.equal(organization.membership.length, 2);
      assert.equal(organization.location?.description, 'Kreishaus, Saal 2');
    } finally {
      await app.close();
      await runtime.close();
    }
  });

  it('explains how it is called', async () => {
    const usage = await cli(['masterdata:import'], env);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Aufruf: gremia masterdata:import <datei\.json> \[--body kennung\] \[--dry-run\]/);
    const missing = await cli(['masterdata:import', path.join(docDir, 'gibt-es-nicht.json')], env);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /kann nicht gelesen werden/);
  });
});
