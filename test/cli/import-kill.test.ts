/**
 * A `gremia paper:import` killed with SIGKILL in the middle of its transaction: the database
 * rolls back, and the attachment bytes it had already stored must not stay on disk for ever.
 * The next import removes them; bytes that rows reference, and bytes of an import still running
 * in another process, are never touched. Real processes, real kills.
 */
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/config.ts';
import { queryRows } from '../../src/db/rows.ts';
import { z } from '../../src/lib/validation.ts';
import { removeAbandonedFiles } from '../../src/modules/files/index.ts';
import { openRuntime, type Runtime } from '../../src/app/runtime.ts';
import { adminQuery } from '../helpers/db.ts';
import { createTestBody, tempDir } from '../helpers/fixtures.ts';

const run = promisify(execFile);
const gremia = path.resolve('bin/gremia.js');
const PAPERS = 400;

async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [gremia, ...args], { env: { ...process.env, ...env }, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** Every file of the storage outside its marker folder: objects, and half-written `.tmp`s. */
async function filesOnDisk(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .filter((p) => !p.startsWith('.incoming'))
    .sort();
}

async function markers(root: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, '.incoming'), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

/** Starts an import and resolves once it has stored the bytes of `count` new objects. */
async function importUntilStored(file: string, env: Record<string, string>, storageRoot: string, count: number) {
  const before = new Set(await filesOnDisk(storageRoot));
  const stored = async () => (await filesOnDisk(storageRoot)).filter((p) => !before.has(p) && !p.endsWith('.tmp'));
  const child = spawn(process.execPath, [gremia, 'paper:import', file], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let done = false;
  void exited.then(() => (done = true));
  const deadline = Date.now() + 180_000;
  while ((await stored()).length < count) {
    if (done) throw new Error(`the import ended before it stored ${count} objects: ${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the import stored nothing within 180 s: ${output}`);
    }
    await sleep(10);
  }
  return { child, exited, stored, output: () => output };
}

interface EngineSetup {
  name: string;
  env(dataDir: string): Promise<Record<string, string>>;
  /** After a kill: what the engine needs before the next process can open the database. */
  afterKill(dataDir: string): Promise<void>;
  cleanUp(): Promise<void>;
}

const engines: EngineSetup[] = [
  {
    name: 'PGlite',
    env: async (dataDir) => ({ DATA_DIR: dataDir, DEMO_DATA: '0', LOG_LEVEL: 'silent' }),
    // The killed process may still hold the directory's lock. A lock file naming a dead owner
    // is taken over at once; a lock directory (proper-lockfile) counts as stale only 15 s after
    // its holder's last touch, and the holder is dead for sure, so the test does not wait for that.
    afterKill: async (dataDir) => {
      const lock = path.join(dataDir, 'db.lock');
      if (!(await fs.stat(lock).catch(() => undefined))?.isDirectory()) return;
      const long = new Date(Date.now() - 60_000);
      await fs.utimes(lock, long, long);
    },
    cleanUp: async () => undefined,
  },
];
const adminUrl = process.env['TEST_DATABASE_URL'];
if (adminUrl) {
  const name = `gremia_kill_${process.pid}`;
  const admin = (text: string) => adminQuery(adminUrl, text);
  engines.push({
    name: 'PostgreSQL',
    env: async (dataDir) => {
      await admin(`create database ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return { DATA_DIR: dataDir, DATABASE_URL: url.toString(), DEMO_DATA: '0', LOG_LEVEL: 'silent' };
    },
    afterKill: async () => undefined,
    cleanUp: () => admin(`drop database if exists ${name} with (force)`),
  });
}

for (const engine of engines) {
  describe(`paper:import killed with SIGKILL (${engine.name})`, () => {
    let dataDir: string;
    let docDir: string;
    let storageRoot: string;
    let env: Record<string, string>;

    before(async () => {
      dataDir = await tempDir('gremia-kill-');
      storageRoot = path.join(dataDir, 'files');
      env = await engine.env(dataDir);
      delete process.env['DATABASE_URL'];
      const runtime = await openRuntime(loadConfig(env));
      await createTestBody(runtime.database.db);
      await runtime.close();
      docDir = await tempDir('gremia-kill-doc-');
      await fs.mkdir(path.join(docDir, 'anlagen'));
      const papers = [];
      // many papers with a distinct attachment each: the transaction runs for seconds
      for (let i = 0; i < PAPERS; i++) {
        await fs.writeFile(path.join(docDir, 'anlagen', `teil-${i}.txt`), `Teil ${i}\n${'Maßnahme '.repeat(8000)}`);
        papers.push({ reference: `MV/M/${i}`, type: 'Mitteilungsvorlage', name: `Massenimport ${i}`, files: [{ path: `anlagen/teil-${i}.txt` }] });
      }
      await fs.writeFile(path.join(docDir, 'viele.json'), JSON.stringify({ papers }));
      for (const which of ['erste', 'danach']) {
        await fs.writeFile(path.join(docDir, 'anlagen', `${which}.txt`), `Anlage ${which}`);
        await fs.writeFile(
          path.join(docDir, `${which}.json`),
          JSON.stringify({ reference: `MV/${which}`, type: 'Mitteilungsvorlage', name: which, files: [{ path: `anlagen/${which}.txt` }] }),
        );
      }
    });
    after(async () => {
      await fs.rm(dataDir, { recursive: true, force: true });
      await fs.rm(docDir, { recursive: true, force: true });
      await engine.cleanUp();
    });

    const withRuntime = async <T>(work: (runtime: Runtime) => Promise<T>): Promise<T> => {
      const runtime = await openRuntime(loadConfig(env));
      try {
        return await work(runtime);
      } finally {
        await runtime.close();
      }
    };
    const referencedKeys = (runtime: Runtime) =>
      queryRows(runtime.database.db, z.object({ storage_key: z.string() }), sql`select storage_key from files`).then((rows) =>
        rows.map((r) => r.storage_key).sort(),
      );
    const paperCount = (runtime: Runtime) =>
      queryRows(runtime.database.db, z.object({ n: z.number() }), sql`select count(*)::int as n from papers`).then((rows) => Number(rows[0]?.n));

    it('leaves no orphan bytes once the next import ran, and deletes nothing a row references', async () => {
      const first = await cli(['paper:import', path.join(docDir, 'erste.json')], env);
      assert.equal(first.code, 0, first.stderr);

      const killed = await importUntilStored(path.join(docDir, 'viele.json'), env, storageRoot, 3);
      killed.child.kill('SIGKILL');
      const { signal } = await killed.exited;
      assert.equal(signal, 'SIGKILL', killed.output());
      assert.doesNotMatch(killed.output(), /angelegt/);
      await engine.afterKill(dataDir);

      // what the kill left: the transaction rolled back, its stored bytes did not
      await withRuntime(async (runtime) => {
        assert.equal(await paperCount(runtime), 1);
        const referenced = await referencedKeys(runtime);
        assert.equal(referenced.length, 1);
        const onDisk = await filesOnDisk(storageRoot);
        assert.ok(referenced.every((key) => onDisk.includes(key)));
        assert.ok((await markers(storageRoot)).length >= 2, 'the killed import left its markers');
        assert.ok(onDisk.filter((p) => !referenced.includes(p)).length >= 2, `orphans expected: ${onDisk.join(' ')}`);
      });

      const next = await cli(['paper:import', path.join(docDir, 'danach.json')], env);
      assert.equal(next.code, 0, next.stderr);

      await withRuntime(async (runtime) => {
        assert.equal(await paperCount(runtime), 2);
        const referenced = await referencedKeys(runtime);
        assert.equal(referenced.length, 2);
        assert.deepEqual(await filesOnDisk(storageRoot), referenced, 'exactly the referenced bytes are left');
        assert.deepEqual(await markers(storageRoot), []);
        const [firstFile] = await queryRows(
          runtime.database.db,
          z.object({ storage_key: z.string() }),
          sql`select storage_key from files where name = 'erste.txt'`,
        );
        assert.equal((await runtime.storage.get(firstFile?.storage_key ?? ''))?.toString(), 'Anlage erste');
      });
    });

    if (engine.name === 'PostgreSQL') {
      it('a cleanup in another process leaves the bytes of an import in flight alone', async () => {
        const running = await importUntilStored(path.join(docDir, 'viele.json'), env, storageRoot, 3);
        try {
          const inFlight = await running.stored();
          assert.ok((await markers(storageRoot)).length >= inFlight.length);
          // this test process sweeps while the other import is still storing and inserting
          const removed = await withRuntime((runtime) => removeAbandonedFiles(runtime.database.db, runtime.storage));
          assert.equal(removed, 0);
          assert.doesNotMatch(running.output(), /angelegt/, 'the import was still running during the sweep');
          const onDisk = await filesOnDisk(storageRoot);
          for (const key of inFlight) assert.ok(onDisk.includes(key), `${key} of the running import was deleted`);
        } finally {
          const { code } = await running.exited;
          assert.equal(code, 0, running.output());
        }
        await withRuntime(async (runtime) => {
          assert.equal(await paperCount(runtime), PAPERS + 2);
          assert.deepEqual(await filesOnDisk(storageRoot), await referencedKeys(runtime));
          assert.deepEqual(await markers(storageRoot), []);
        });
      });
    }
  });
}
