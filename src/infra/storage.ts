/**
 * @module infra/storage
 * Where file bytes live. The database holds metadata and a storage key; the bytes sit behind
 * this interface: on local disk by default, an S3-compatible store in production later.
 *
 * Bytes written inside a database transaction are *provisional* (see `provisional()`): before
 * the bytes, a marker `.incoming/<owner>/<uuid>` records the key, `<owner>` naming the process
 * (pid, a per-process token, host). When the transaction has ended, the keys no `files` row
 * references are deleted and the markers removed (files/repo `withProvisionalFiles`). A process
 * killed before that leaves its markers; `abandoned()` hands them to the next import once the
 * owner is gone: its pid no longer runs on this host (or it is an earlier process with our own
 * pid), or, for another host sharing the folder, the marker is older than a day. An owner that
 * still runs is never swept, so one process cannot delete what another is about to commit; and
 * since bytes are at their final place before the commit, a committed row never lacks its bytes.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface StoredObject {
  key: string;
  size: number;
  sha256: string;
}

export interface ObjectWriter {
  /** Stores bytes under a new key. */
  put(bytes: Uint8Array): Promise<StoredObject>;
}

/** Keys that were stored provisionally and whose fate has to be decided. */
export interface ProvisionalKeys {
  readonly keys: readonly string[];
  /** Deletes the bytes of every key not in `referenced`, then forgets the markers. */
  settle(referenced: ReadonlySet<string>): Promise<{ removed: number }>;
}

/** A writer whose objects stay provisional until `settle` (one per transaction). */
export interface ProvisionalWriter extends ObjectWriter, ProvisionalKeys {}

export interface FileStorage extends ObjectWriter {
  /** The bytes for a key, or null when the object is missing. */
  get(key: string): Promise<Buffer | null>;
  /** Deletes the object; false when there was none. Only for keys no `files` row references any more. */
  remove(key: string): Promise<boolean>;
  /** A writer for objects that a transaction will reference, or not (see the module comment). */
  provisional(): ProvisionalWriter;
  /** Provisional keys left by writers that are gone (killed before they settled). */
  abandoned(): Promise<ProvisionalKeys[]>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Markers of provisional objects written by another host are swept after this long. */
const FOREIGN_OWNER_GRACE_MS = 24 * 60 * 60 * 1000;
const INCOMING = '.incoming';
/** Tells this process apart from an earlier one that had the same pid (containers restart as pid 1). */
const processToken = randomBytes(4).toString('hex');
const hostName = os.hostname().replace(/[^\w.-]/g, '_') || 'host';
const ownerPattern = /^(\d+)-([0-9a-f]{8})@(.+)$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const keyOf = (id: string) => `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, under another user
    return !(err instanceof Error && 'code' in err && err.code === 'ESRCH');
  }
}

function isMissing(err: unknown): boolean {
  return err instanceof Error && 'code' in err && err.code === 'ENOENT';
}

/** Keys are `ab/cd/<uuid>`: spread over directories, never derived from user input. */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  put(bytes: Uint8Array): Promise<StoredObject> {
    return this.write(randomUUID(), bytes);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.pathOf(key));
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async remove(key: string): Promise<boolean> {
    return fs.rm(this.pathOf(key)).then(
      () => true,
      (err: unknown) => (isMissing(err) ? false : Promise.reject(err)),
    );
  }

  provisional(): ProvisionalWriter {
    const markers = path.join(this.root, INCOMING, `${process.pid}-${processToken}@${hostName}`);
    const ids: string[] = [];
    return {
      get keys() {
        return ids.map(keyOf);
      },
      put: async (bytes) => {
        const id = randomUUID();
        await fs.mkdir(markers, { recursive: true });
        // the marker first: whatever happens after it, the bytes can be found and removed
        await fs.writeFile(path.join(markers, id), '');
        ids.push(id);
        return this.write(id, bytes);
      },
      // the own folder stays: other transactions of this process may be writing into it
      settle: (referenced) => this.settle(markers, ids, referenced, false),
    };
  }

  async abandoned(): Promise<ProvisionalKeys[]> {
    const incoming = path.join(this.root, INCOMING);
    const owners = await fs.readdir(incoming).catch((err: unknown) => {
      if (isMissing(err)) return [];
      throw err;
    });
    const found: ProvisionalKeys[] = [];
    for (const owner of owners) {
      const folder = path.join(incoming, owner);
      const match = ownerPattern.exec(owner);
      const pid = Number(match?.[1]);
      if (match && match[3] === hostName) {
        const gone = pid === process.pid ? match[2] !== processToken : !isRunning(pid);
        if (!gone) continue;
        const ids = (await fs.readdir(folder).catch(() => [])).filter((id) => uuidPattern.test(id));
        found.push({ keys: ids.map(keyOf), settle: (referenced) => this.settle(folder, ids, referenced, true) });
      } else {
        // another host: its processes cannot be asked, but no transaction runs for a day
        const ids: string[] = [];
        for (const id of await fs.readdir(folder).catch(() => [])) {
          const stat = await fs.stat(path.join(folder, id)).catch(() => undefined);
          if (uuidPattern.test(id) && stat && Date.now() - stat.mtimeMs > FOREIGN_OWNER_GRACE_MS) ids.push(id);
        }
        if (ids.length) found.push({ keys: ids.map(keyOf), settle: (referenced) => this.settle(folder, ids, referenced, true) });
      }
    }
    return found;
  }

  private async settle(folder: string, ids: string[], referenced: ReadonlySet<string>, removeFolder: boolean): Promise<{ removed: number }> {
    let removed = 0;
    for (const id of ids.splice(0)) {
      const key = keyOf(id);
      if (!referenced.has(key)) {
        const target = this.pathOf(key);
        await fs.rm(`${target}.tmp`, { force: true });
        if (
          await fs.rm(target).then(
            () => true,
            (err: unknown) => (isMissing(err) ? false : Promise.reject(err)),
          )
        )
          removed++;
      }
      await fs.rm(path.join(folder, id), { force: true });
    }
    // fails while something is left in it, which a later sweep will find again
    if (removeFolder) await fs.rmdir(folder).catch(() => undefined);
    return { removed };
  }

  private async write(id: string, bytes: Uint8Array): Promise<StoredObject> {
    const key = keyOf(id);
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // write to a temporary name first so a crash never leaves a half-written object under a real key
    const temporary = `${target}.tmp`;
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, target);
    return { key, size: bytes.byteLength, sha256: sha256Hex(bytes) };
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`invalid storage key ${key}`);
    return path.join(this.root, key);
  }
}
