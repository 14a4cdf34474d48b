/**
 * The `gremia` command as an administrator runs it: a real process on an embedded database
 * directory, then the imported paper rendered by the app on that same directory.
 */
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/config.ts';
import { queryRows } from '../../src/db/rows.ts';
import { z } from '../../src/lib/validation.ts';
import { openRuntime } from '../../src/app/runtime.ts';
import { buildApp } from '../../src/app/app.ts';
import { aktionsplanLines, beschlussvorlage, massnahmenLines } from '../fixtures/beschlussvorlage.ts';
import { Browser } from '../helpers/accounts.ts';
import { createTestBody, makePdf, tempDir } from '../helpers/fixtures.ts';

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

/** Like `cli`, with `input` on standard input. */
function cliWithInput(args: string[], env: Record<string, string>, input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [gremia, ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('gremia command line', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let docDir: string;

  before(async () => {
    dataDir = await tempDir('gremia-cli-');
    env = { DATA_DIR: dataDir, DEMO_DATA: '0', LOG_LEVEL: 'silent' };
    delete process.env['DATABASE_URL'];
    const runtime = await openRuntime(loadConfig(env));
    await createTestBody(runtime.database.db);
    await runtime.close();
    docDir = await tempDir('gremia-doc-');
    await fs.writeFile(path.join(docDir, 'aktionsplan.pdf'), await makePdf(aktionsplanLines));
    await fs.writeFile(path.join(docDir, 'massnahmen.pdf'), await makePdf(massnahmenLines));
    await fs.writeFile(path.join(docDir, 'vorlage.json'), JSON.stringify(beschlussvorlage, null, 2));
  });
  after(() => fs.rm(dataDir, { recursive: true, force: true }));

  it('imports a Beschlussvorlage from JSON, which then renders with all six sections', async () => {
    const result = await cli(['paper:import', path.join(docDir, 'vorlage.json')], env);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /angelegt: VO\/2025\/246 → \/vorlagen\/VO-2025-246/);

    const config = loadConfig({ ...env, BASE_URL: 'http://gremia.test' });
    const runtime = await openRuntime(config);
    const app = await buildApp({ database: runtime.database, storage: runtime.storage, config, logger: false });
    try {
      const page = await app.inject('/vorlagen/VO-2025-246');
      assert.equal(page.statusCode, 200);
      for (const title of ['Beratungsfolge', 'Sachverhalt', 'Beschlussempfehlung', 'Relevanz für den Klimaschutz', 'Finanzielle Auswirkungen', 'Anlagen'])
        assert.match(page.body, new RegExp(`<details class="section" open="" id="[^"]+"><summary><h2>${title}</h2>`), title);
      assert.match(
        page.body,
        /<td[^>]*><a href="\/gremien\/\d+">Sozial- und Gesundheitsausschuss<\/a><\/td><td[^>]*>Vorberatung<\/td><td[^>]*>beschlossen<\/td>/,
      );
      const file = /href="(\/dateien\/\d+\/aktionsplan.pdf)"/.exec(page.body)?.[1];
      assert.ok(file);
      const pdf = await app.inject(file);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
    } finally {
      await app.close();
      await runtime.close();
    }
  });

  it('reports bad input with file, line and column, and changes nothing', async () => {
    const bad = path.join(docDir, 'kaputt.json');
    await fs.writeFile(bad, JSON.stringify({ ...beschlussvorlage, reference: 'VO/2025/999', date: '14.05.2025' }, null, 2));
    const result = await cli(['paper:import', bad], env);
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:5:3: date: Datum im Format JJJJ-MM-TT erwartet`));
    assert.match(result.stderr, /Nichts importiert \(1 Problem\)/);
    const list = await cli(['paper:import', path.join(docDir, 'gibt-es-nicht.json')], env);
    assert.equal(list.code, 1);
    assert.match(list.stderr, /kann nicht gelesen werden/);
  });

  it('names every problem of a file at once and keeps no bytes of the failed import', async () => {
    const filesDir = path.join(dataDir, 'files');
    const stored = async () => (await fs.readdir(filesDir, { recursive: true, withFileTypes: true }).catch(() => [])).filter((e) => e.isFile()).length;
    const before = await stored();
    // the format is right: the attachments are stored, then the unknown Gremium rolls back
    const unknown = path.join(docDir, 'mondfahrt.json');
    const consultations = [{ organization: 'Ausschuss für Mondfahrt', role: 'Entscheidung' }];
    await fs.writeFile(unknown, JSON.stringify({ ...beschlussvorlage, reference: 'VO/2025/997', consultations }, null, 2));
    const rolledBack = await cli(['paper:import', unknown], env);
    assert.equal(rolledBack.code, 1);
    assert.match(rolledBack.stderr, /consultations\.0\.organization: Gremium „Ausschuss für Mondfahrt“ nicht gefunden/);
    assert.equal(await stored(), before, 'no bytes of the rolled-back import in DATA_DIR/files');

    const both = path.join(docDir, 'beides.json');
    await fs.writeFile(both, JSON.stringify({ ...beschlussvorlage, reference: 'VO/2025/998', date: '2025-02-30', consultations }, null, 2));
    const result = await cli(['paper:import', both], env);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /beides\.json:5:3: date: kein gültiges Kalenderdatum/);
    assert.match(result.stderr, /beides\.json:\d+:\d+: consultations\.0\.organization: Gremium „Ausschuss für Mondfahrt“ nicht gefunden/);
    assert.match(result.stderr, /Nichts importiert \(2 Probleme\)/);
    assert.equal(await stored(), before);
  });

  it('reads attachments only from inside the import folder or --files-root, and changes nothing otherwise', async () => {
    // an import delivered by another department: its folder, with a secret next to it
    const base = await fs.realpath(await tempDir('gremia-lieferung-'));
    const delivery = path.join(base, 'lieferung');
    await fs.mkdir(path.join(delivery, 'anlagen'), { recursive: true });
    await fs.writeFile(path.join(delivery, 'anlagen', 'plan.pdf'), await makePdf(['Plan der Lieferung']));
    await fs.writeFile(path.join(base, 'geheim.txt'), 'Kennwort der Kreiskasse');
    await fs.symlink(path.join(base, 'geheim.txt'), path.join(delivery, 'anlagen', 'bericht.pdf'));
    await fs.symlink('plan.pdf', path.join(delivery, 'anlagen', 'plan-verweis.pdf'));
    const paper = (reference: string, files: { path: string }[]) => ({ reference, type: 'Mitteilungsvorlage', name: `Lieferung ${reference}`, files });
    const hint = 'Anlagen werden nur relativ zum Ordner der Importdatei \\(oder zu --files-root\\) gelesen\\.';

    const bad = path.join(delivery, 'schlecht.json');
    await fs.writeFile(
      bad,
      JSON.stringify(
        {
          papers: [
            paper('MV/2025/1', [{ path: 'anlagen/plan.pdf' }]),
            paper('MV/2025/2', [{ path: '/etc/passwd' }, { path: '../geheim.txt' }, { path: 'anlagen/bericht.pdf' }]),
          ],
        },
        null,
        2,
      ),
    );
    const refused = await cli(['paper:import', bad], env);
    assert.equal(refused.code, 1, refused.stdout);
    assert.match(refused.stderr, new RegExp(`schlecht\\.json:\\d+:\\d+: papers\\.1\\.files\\.0\\.path: Der Pfad /etc/passwd ist absolut; ${hint}`));
    assert.match(refused.stderr, new RegExp(`papers\\.1\\.files\\.1\\.path: Der Pfad \\.\\./geheim\\.txt liegt außerhalb von ${delivery}; ${hint}`));
    assert.match(
      refused.stderr,
      new RegExp(
        `papers\\.1\\.files\\.2\\.path: Der Pfad anlagen/bericht\\.pdf führt über einen symbolischen Link nach ${base}/geheim\\.txt und liegt damit außerhalb von ${delivery}; ${hint}`,
      ),
    );
    assert.match(refused.stderr, /Nichts importiert \(3 Probleme\)\./);
    assert.doesNotMatch(refused.stdout, /angelegt/);

    // a link that stays inside the folder is fine
    const good = path.join(delivery, 'gut.json');
    await fs.writeFile(good, JSON.stringify(paper('MV/2025/3', [{ path: 'anlagen/plan-verweis.pdf' }]), null, 2));
    const imported = await cli(['paper:import', good], env);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /angelegt: MV\/2025\/3/);

    // --files-root: attachments relative to another folder, and only from inside it
    const json = path.join(base, 'exporte');
    await fs.mkdir(json);
    await fs.writeFile(path.join(json, 'nur-hier.pdf'), await makePdf(['liegt beim Export']));
    const escaping = path.join(json, 'raus.json');
    await fs.writeFile(escaping, JSON.stringify(paper('MV/2025/4', [{ path: 'anlagen/plan.pdf' }, { path: '../exporte/nur-hier.pdf' }]), null, 2));
    const outside = await cli(['paper:import', escaping, '--files-root', delivery], env);
    assert.equal(outside.code, 1, outside.stdout);
    assert.match(outside.stderr, new RegExp(`files\\.1\\.path: Der Pfad \\.\\./exporte/nur-hier\\.pdf liegt außerhalb von ${delivery}; `));
    assert.match(outside.stderr, /Nichts importiert \(1 Problem\)\./);
    const rooted = path.join(json, 'mit-wurzel.json');
    await fs.writeFile(rooted, JSON.stringify(paper('MV/2025/5', [{ path: 'anlagen/plan.pdf' }]), null, 2));
    const withRoot = await cli(['paper:import', rooted, '--files-root', delivery], env);
    assert.equal(withRoot.code, 0, withRoot.stderr);
    assert.match(withRoot.stdout, /angelegt: MV\/2025\/5/);

    const config = loadConfig({ ...env, BASE_URL: 'http://gremia.test' });
    const runtime = await openRuntime(config);
    const app = await buildApp({ database: runtime.database, storage: runtime.storage, config, logger: false });
    try {
      for (const refusedPaper of ['MV-2025-1', 'MV-2025-2', 'MV-2025-4'])
        assert.equal((await app.inject(`/vorlagen/${refusedPaper}`)).statusCode, 404, refusedPaper);
      const plan = await fs.readFile(path.join(delivery, 'anlagen', 'plan.pdf'));
      for (const [slug, name] of [
        ['MV-2025-3', 'plan-verweis.pdf'],
        ['MV-2025-5', 'plan.pdf'],
      ] as const) {
        const page = await app.inject(`/vorlagen/${slug}`);
        assert.equal(page.statusCode, 200, slug);
        const href = new RegExp(`href="(/dateien/\\d+/${name.replace('.', '\\.')})"`).exec(page.body)?.[1];
        assert.ok(href, page.body);
        assert.deepEqual((await app.inject(href)).rawPayload, plan);
      }
      const [secret] = await queryRows(
        runtime.database.db,
        z.object({ n: z.number() }),
        sql`select count(*)::int as n from files where text like '%Kreiskasse%'`,
      );
      assert.equal(Number(secret?.n), 0);
    } finally {
      await app.close();
      await runtime.close();
      await fs.rm(base, { recursive: true, force: true });
    }
  });

  it('creates the first administrator with a password from standard input, lists it, and refuses the address twice', async () => {
    const password = 'ein-sehr-langes-admin-passwort';
    const created = await cliWithInput(
      ['user:create', '--email', 'Erste.Admin@kreis-test.de', '--name', 'Erste Admin', '--password-stdin'],
      env,
      `${password}\n`,
    );
    assert.equal(created.code, 0, created.stderr);
    assert.match(created.stdout, /Konto angelegt: erste\.admin@kreis-test\.de \(Erste Admin\), Rollen: administration/);
    assert.doesNotMatch(created.stdout, new RegExp(password), 'the password is not echoed');

    const list = await cli(['user:list'], env);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /^erste\.admin@kreis-test\.de\tErste Admin\tadministration$/m);

    const again = await cliWithInput(
      ['user:create', '--email', 'erste.admin@kreis-test.de', '--name', 'Noch einmal', '--password-stdin'],
      env,
      `${password}\n`,
    );
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Diese E-Mail-Adresse gehört schon zu einem Konto/);
    const short = await cliWithInput(['user:create', '--email', 'kurz@kreis-test.de', '--name', 'Kurz', '--password-stdin'], env, 'kurz\n');
    assert.equal(short.code, 1);
    assert.match(short.stderr, /mindestens 10 Zeichen/);
    const usage = await cli(['user:create', '--name', 'Ohne Adresse'], env);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Aufruf: gremia user:create/);

    const generated = await cli(['user:create', '--email', 'zweite.admin@kreis-test.de', '--name', 'Zweite Admin', '--role', 'administration'], env);
    assert.equal(generated.code, 0, generated.stderr);
    const shown = /^Passwort: ([A-Za-z0-9_-]{24})\n.*nach der ersten Anmeldung/m.exec(generated.stdout)?.[1];
    assert.ok(shown, generated.stdout);
    const badRole = await cli(['user:create', '--email', 'x@kreis-test.de', '--name', 'X', '--role', 'kaiser'], env);
    assert.equal(badRole.code, 2);

    // the administrator logs in with the password from standard input
    const config = loadConfig({ ...env, BASE_URL: 'http://gremia.test' });
    const runtime = await openRuntime(config);
    const app = await buildApp({ database: runtime.database, storage: runtime.storage, config, logger: false });
    try {
      const browser = new Browser(app);
      await browser.login('erste.admin@kreis-test.de', password);
      assert.equal((await browser.get('/verwaltung/konten')).statusCode, 200);
      await new Browser(app).login('zweite.admin@kreis-test.de', shown);
    } finally {
      await app.close();
      await runtime.close();
    }
  });

  it('explains a bad configuration value and an unknown command', async () => {
    const badPort = await cli(['body:list'], { ...env, PORT: 'achtzig' });
    assert.equal(badPort.code, 1);
    assert.match(badPort.stderr, /Ungültige Konfiguration:\n {2}- PORT="achtzig": muss eine Zahl sein/);
    const unknown = await cli(['zaubern'], env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unbekannter Befehl: zaubern/);
    const bodies = await cli(['body:list'], env);
    assert.equal(bodies.code, 0);
    assert.match(bodies.stdout, /^kreis-test\tKreis Testhausen$/m);
  });

  it('rebuilds the search index', async () => {
    const rebuilt = await cli(['search:rebuild'], env);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    const count = Number(/Suchindex neu aufgebaut: (\d+) Einträge/.exec(rebuilt.stdout)?.[1]);
    assert.ok(count >= 1, rebuilt.stdout);
  });
});
