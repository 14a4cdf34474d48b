/**
 * Provisional objects: bytes written in a transaction are deleted when no row came of them,
 * whether the transaction rolled back or its process was killed; bytes of running writers and
 * of committed rows are never touched.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestBody, tempDir } from '../../test/helpers/fixtures.ts';
import { testEngines } from '../../test/helpers/db.ts';
import type { Database } from '../db/client.ts';
import { createFile, removeAbandonedFiles, withProvisionalFiles } from '../modules/files/index.ts';
import { files } from '../modules/files/files.tables.ts';
import { LocalDiskStorage } from './storage.ts';

/** Keys of every object under `root` (`ab/cd/<uuid>`), markers and temporaries excluded. */
async function storedKeys(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /^[0-9a-f-]{36}$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .filter((key) => !key.startsWith('.incoming'))
    .sort();
}

async function markers(root: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, '.incoming'), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

const storageModule = path.resolve('src/infra/storage.ts');

/**
 * A real other process that stores `count` provisional objects and prints their keys; with
 * `stay` it then keeps running (an in-flight import elsewhere), else it exits without settling
 * (as if killed before its commit).
 */
function writerProcess(root: string, count: number, stay: boolean) {
  const code = `
    import { LocalDiskStorage } from ${JSON.stringify(storageModule)};
    const writer = new LocalDiskStorage(${JSON.stringify(root)}).provisional();
    const keys = [];
    for (let i = 0; i < ${count}; i++) keys.push((await writer.put(new TextEncoder().encode('fremd ' + i))).key);
    console.log(JSON.stringify(keys));
    if (${stay}) setInterval(() => {}, 1000); else process.exit(0);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const keys = new Promise<string[]>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(JSON.parse(out) as string[]);
    });
    child.on('exit', (code) => (out.includes('\n') ? undefined : reject(new Error(`writer exited with ${code}`))));
  });
  return { child, keys, exited };
}

for (const engine of testEngines()) {
  describe(`provisional file bytes (${engine.name})`, () => {
    let database: Database;
    let bodyId: number;
    let root: string;
    let storage: LocalDiskStorage;

    before(async () => {
      database = await engine.open();
      bodyId = (await createTestBody(database.db)).bodyId;
    });
    after(() => database.close());

    const newStorage = async () => {
      root = await tempDir('gremia-storage-');
      storage = new LocalDiskStorage(root);
    };
    const file = (bytes: string) => ({
      bodyId,
      name: bytes,
      fileName: `${bytes}.txt`,
      mimeType: 'text/plain',
      bytes: new TextEncoder().encode(bytes),
      text: bytes,
    });

    it('keeps the bytes of a committed transaction and forgets its markers', async () => {
      await newStorage();
      const row = await withProvisionalFiles(database.db, storage, (writer) => database.db.transaction((tx) => createFile(tx, writer, file('bleibt'))));
      assert.deepEqual(await storedKeys(root), [row.storageKey]);
      assert.deepEqual(await markers(root), []);
      assert.equal((await storage.get(row.storageKey))?.toString(), 'bleibt');
    });

    it('deletes the bytes of a rolled-back transaction', async () => {
      await newStorage();
      let written = '';
      await assert.rejects(
        withProvisionalFiles(database.db, storage, (writer) =>
          database.db.transaction(async (tx) => {
            written = (await createFile(tx, writer, file('weg'))).storageKey;
            assert.deepEqual(await storedKeys(root), [written]);
            throw new Error('Abbruch');
          }),
        ),
        /Abbruch/,
      );
      assert.deepEqual(await storedKeys(root), []);
      assert.deepEqual(await markers(root), []);
    });

    it('sweeps what a dead writer left, keeps what a row references and what running writers hold', async () => {
      await newStorage();
      // committed earlier, not provisional at all
      const committed = await createFile(database.db, storage, file('alt'));
      // a process that stored three objects and died; one of them made it into a committed row
      // (killed between its commit and settling)
      const dead = writerProcess(root, 3, false);
      const deadKeys = await dead.keys;
      await dead.exited;
      const [referenced, ...orphans] = deadKeys;
      assert.ok(referenced && orphans.length === 2);
      await database.db.insert(files).values({
        bodyId,
        name: 'gerettet',
        fileName: 'gerettet.txt',
        mimeType: 'text/plain',
        size: 7,
        sha256: 'x',
        storageKey: referenced,
      });
      // a process that is still writing (an import about to commit, on PostgreSQL possible)
      const alive = writerProcess(root, 1, true);
      const aliveKeys = await alive.keys;
      // this process's own transaction in flight
      const mine = storage.provisional();
      const own = await mine.put(new TextEncoder().encode('meins'));
      // another host sharing the folder: an old marker is swept, a fresh one kept
      const foreign = path.join(root, '.incoming', `4242-0123abcd@anderer-rechner-${os.hostname()}`);
      await fs.mkdir(foreign, { recursive: true });
      const oldId = '0a0a0a0a-0000-4000-8000-000000000001';
      const freshId = '0b0b0b0b-0000-4000-8000-000000000002';
      for (const id of [oldId, freshId]) {
        await fs.writeFile(path.join(foreign, id), '');
        await fs.mkdir(path.join(root, id.slice(0, 2), id.slice(2, 4)), { recursive: true });
        await fs.writeFile(path.join(root, id.slice(0, 2), id.slice(2, 4), id), id);
      }
      const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
      await fs.utimes(path.join(foreign, oldId), twoDaysAgo, twoDaysAgo);
      // an earlier process with this very pid (a container restarted as pid 1): gone
      const earlier = path.join(root, '.incoming', `${process.pid}-ffffffff@${os.hostname().replace(/[^\w.-]/g, '_')}`);
      const earlierId = '0c0c0c0c-0000-4000-8000-000000000003';
      await fs.mkdir(earlier, { recursive: true });
      await fs.writeFile(path.join(earlier, earlierId), '');
      await fs.mkdir(path.join(root, '0c', '0c'), { recursive: true });
      await fs.writeFile(path.join(root, '0c', '0c', earlierId), 'früher');

      try {
        const before = await storedKeys(root);
        assert.equal(before.length, 9);
        const removed = await removeAbandonedFiles(database.db, storage);
        assert.equal(removed, 4);
        const freshKey = `0b/0b/${freshId}`;
        assert.deepEqual(await storedKeys(root), [committed.storageKey, referenced, aliveKeys[0], own.key, freshKey].sort());
        for (const key of [...orphans, `0a/0a/${oldId}`, `0c/0c/${earlierId}`]) assert.equal(await storage.get(key), null, key);
        // the dead writer's folder is gone, the live ones are untouched
        const owners = await fs.readdir(path.join(root, '.incoming'));
        assert.equal(owners.length, 3, owners.join(' '));
        assert.equal((await markers(root)).length, 3);
        // a second sweep finds nothing
        assert.equal(await removeAbandonedFiles(database.db, storage), 0);
      } finally {
        alive.child.kill('SIGKILL');
        await alive.exited;
      }
      // once the other writer is dead too, its bytes go; the own writer's stay until it settles
      assert.equal(await removeAbandonedFiles(database.db, storage), 1);
      assert.equal(await storage.get(aliveKeys[0] ?? ''), null);
      assert.equal((await storage.get(own.key))?.toString(), 'meins');
      await mine.settle(new Set());
      assert.equal(await storage.get(own.key), null);
    });
  });
}
