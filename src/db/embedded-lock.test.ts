/**
 * The lock on the embedded database directory, with real processes: a server killed with SIGKILL
 * must not keep its successor out, a live one must.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { tempDir } from '../../test/helpers/fixtures.ts';
import { DatabaseLockedError, openDatabase, type Database } from './client.ts';
import { queryRows } from './rows.ts';
import { z } from '../lib/validation.ts';

const clientModule = fileURLToPath(new URL('./client.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// opens and migrates the directory, says so, then stays until killed
const childSource = `
const { openDatabase } = await import(process.argv[1]);
const database = await openDatabase({ kind: 'pglite', dir: process.argv[2] });
await database.migrate();
process.stdout.write('ready\\n');
setInterval(() => undefined, 60_000);
`;

const children: ChildProcess[] = [];

/** A child process holding the database in `dir`, once it has said it is ready. */
function startOwner(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', childSource, clientModule, dir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => reject(new Error(`the owner ended early (${code ?? signal}): ${stderr}`)));
  });
}

function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('embedded database lock across processes', () => {
  after(async () => {
    for (const child of children) await killHard(child);
  });

  it('opens at once, on the first attempt, after the previous owner was killed with SIGKILL', async () => {
    const dir = path.join(await tempDir(), 'db');
    const owner = await startOwner(dir);
    await killHard(owner);
    // no retry and no waiting: the first open must succeed
    const database = await openDatabase({ kind: 'pglite', dir });
    try {
      await database.migrate();
      const [row] = await queryRows(database.db, z.object({ n: z.number() }), sql`select count(*)::int as n from bodies`);
      assert.equal(row?.n, 0);
    } finally {
      await database.close();
    }
    // and the lock it left behind was released on close
    const again = await openDatabase({ kind: 'pglite', dir });
    await again.close();
  });

  it('refuses while the owner lives, naming its process id', async () => {
    const dir = path.join(await tempDir(), 'db');
    const owner = await startOwner(dir);
    try {
      await assert.rejects(openDatabase({ kind: 'pglite', dir }), (err: unknown) => {
        assert.ok(err instanceof DatabaseLockedError, String(err));
        assert.match(err.message, /wird bereits von einem anderen Gremia-Prozess benutzt/);
        assert.match(err.message, new RegExp(`Prozess ${owner.pid}\\b`));
        return true;
      });
    } finally {
      await killHard(owner);
    }
    const database = await openDatabase({ kind: 'pglite', dir });
    await database.close();
  });

  it("lets exactly one of several openers take over a dead owner's lock", async () => {
    const dir = path.join(await tempDir(), 'db');
    const gone = spawn(process.execPath, ['-e', '']);
    const deadPid = gone.pid;
    await new Promise((resolve) => gone.once('exit', resolve));
    await fs.writeFile(path.join(path.dirname(dir), 'db.lock'), JSON.stringify({ pid: deadPid, host: os.hostname(), token: 'tot', process: 'tot' }));
    // staggered by a few milliseconds, so that some read the dead record while others already replace it
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => new Promise((r) => setTimeout(r, i)).then(() => openDatabase({ kind: 'pglite', dir }))),
    );
    const opened = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value as Database] : []));
    for (const database of opened) await database.close();
    assert.equal(opened.length, 1, 'exactly one opener wins');
    for (const r of results) if (r.status === 'rejected') assert.ok(r.reason instanceof DatabaseLockedError, String(r.reason));
  });

  it('takes over a lock left by an earlier process that had the same pid (a restarted container)', async () => {
    const dir = path.join(await tempDir(), 'db');
    await fs.writeFile(path.join(path.dirname(dir), 'db.lock'), JSON.stringify({ pid: process.pid, host: os.hostname(), token: 'alt', process: 'frueher' }));
    const database = await openDatabase({ kind: 'pglite', dir });
    await database.close();
  });

  it('refuses a lock held on another host, which it cannot check, and says so', async () => {
    const dir = path.join(await tempDir(), 'db');
    const lockFile = path.join(path.dirname(dir), 'db.lock');
    await fs.writeFile(lockFile, JSON.stringify({ pid: 4242, host: `nicht-${os.hostname()}`, token: 'fremd' }));
    await assert.rejects(openDatabase({ kind: 'pglite', dir }), (err: unknown) => {
      assert.ok(err instanceof DatabaseLockedError, String(err));
      assert.match(err.message, /wird bereits von einem anderen Gremia-Prozess benutzt/);
      assert.ok(err.message.includes(`Prozess 4242 auf dem Rechner „nicht-${os.hostname()}“`), err.message);
      assert.ok(err.message.includes(lockFile), 'the message names the lock file');
      return true;
    });
    await fs.rm(lockFile);
  });
});
