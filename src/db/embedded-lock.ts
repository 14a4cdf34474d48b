/**
 * @module db/embedded-lock
 * PGlite allows one process per database directory. This lock keeps a second Gremia process out
 * and lets a restarted one take over from a crashed one without manual cleanup.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export class DatabaseLockedError extends Error {
  /** `holder` says who holds the lock („Prozess 4711“), `hint` what to do beyond the usual. */
  constructor(dir: string, holder: string, hint = '') {
    super(
      `Die eingebettete Datenbank in ${dir} wird bereits von einem anderen Gremia-Prozess benutzt (${holder}). ` +
        'PGlite erlaubt nur einen Prozess; beenden Sie den anderen oder setzen Sie DATABASE_URL.' +
        (hint ? ` ${hint}` : ''),
    );
  }
}

/**
 * The lock file next to an embedded database directory (`data/db.lock` for `data/db`): created
 * with `open(…, 'wx')`, so that of two processes only one creates it, and naming its owner. A
 * lock whose owner has died on this machine (SIGKILL, power cut) is taken over at once; a live
 * owner keeps it, and so does one on another machine (a shared volume), which cannot be checked.
 */
interface LockOwner {
  pid: number;
  host: string;
  /** Unique per lock: release removes only its own file, a takeover only the file it judged dead. */
  token: string;
  /** Tells this process from an earlier one with the same pid (a restarted container). */
  process: string;
  /** Linux: the boot and the process's start time, so that a reused pid does not look alive. */
  boot?: string;
  started?: string;
  since: string;
}

const processToken = randomUUID();
const LOCK_ATTEMPTS = 100;
/** Older Gremia versions (proper-lockfile) kept a directory there and touched it every 7.5 s. */
const LEGACY_LOCK_STALE_MS = 15_000;
/** A lock file is written right after it is created; one still unreadable after this is a crash's. */
const UNWRITTEN_LOCK_MS = 5_000;
/** Taking over a dead owner's lock takes milliseconds; a marker older than this was left by a crash. */
const TAKEOVER_STALE_MS = 10_000;

function errorCode(err: unknown): unknown {
  return err instanceof Error && 'code' in err ? err.code : undefined;
}

function readFileOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Linux: state and start time (clock ticks since boot) of a process, from /proc/<pid>/stat. */
function procStat(pid: number): { state: string; started: string } | undefined {
  const stat = readFileOrUndefined(`/proc/${pid}/stat`);
  // the command name in parentheses may contain spaces; the fields after it do not
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  const state = fields?.[0];
  const started = fields?.[19];
  return state && started ? { state, started } : undefined;
}

const bootId = readFileOrUndefined('/proc/sys/kernel/random/boot_id')?.trim() || undefined;

function parseOwner(raw: string): LockOwner | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const owner = value as Partial<LockOwner>;
    // a pid of 0 or below would make `process.kill` signal a whole process group
    if (!Number.isInteger(owner.pid) || (owner.pid ?? 0) <= 0 || typeof owner.host !== 'string' || typeof owner.token !== 'string') return undefined;
    return owner as LockOwner;
  } catch {
    return undefined;
  }
}

function ownerState(owner: LockOwner): 'alive' | 'dead' | 'elsewhere' {
  if (owner.host !== os.hostname()) return 'elsewhere';
  if (owner.boot && bootId && owner.boot !== bootId) return 'dead';
  if (owner.pid === process.pid) return owner.process === processToken ? 'alive' : 'dead';
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    // EPERM: the process exists but belongs to another user
    if (errorCode(err) === 'ESRCH') return 'dead';
  }
  const stat = procStat(owner.pid);
  if (stat?.state === 'Z') return 'dead';
  if (stat && owner.started && stat.started !== owner.started) return 'dead';
  return 'alive';
}

type LockFound =
  | { kind: 'absent' }
  | { kind: 'legacy'; ageMs: number }
  | { kind: 'owner'; owner: LockOwner; raw: string }
  | { kind: 'unreadable'; raw: string; ageMs: number };

async function readLock(lockPath: string): Promise<LockFound> {
  try {
    const stat = await fs.stat(lockPath);
    const ageMs = Date.now() - stat.mtimeMs;
    if (stat.isDirectory()) return { kind: 'legacy', ageMs };
    const raw = await fs.readFile(lockPath, 'utf8');
    const owner = parseOwner(raw);
    return owner ? { kind: 'owner', owner, raw } : { kind: 'unreadable', raw, ageMs };
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return { kind: 'absent' };
    throw err;
  }
}

/** Creates the lock file with our record; false when it exists. */
async function createLock(lockPath: string, content: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(lockPath, 'wx');
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(content);
    await handle.close();
    return true;
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.rm(lockPath, { force: true });
    throw err;
  }
}

/**
 * Removes a dead owner's lock file if it is still the one judged dead. Two processes restarting
 * together must not both win: only the one that creates the takeover marker removes the file,
 * and the other then finds the winner's live lock.
 */
async function removeDeadLock(lockPath: string, deadRaw: string): Promise<void> {
  const marker = `${lockPath}.takeover`;
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(marker, 'wx');
  } catch (err) {
    if (errorCode(err) !== 'EEXIST') throw err;
    const stat = await fs.stat(marker).catch(() => undefined);
    if (stat && Date.now() - stat.mtimeMs > TAKEOVER_STALE_MS) await fs.rm(marker, { force: true });
    else await delay(20);
    return;
  }
  try {
    await handle.close();
    const current = await fs.readFile(lockPath, 'utf8').catch((err: unknown) => {
      if (errorCode(err) === 'ENOENT') return undefined;
      throw err;
    });
    if (current === deadRaw) await fs.rm(lockPath, { force: true });
  } finally {
    await fs.rm(marker, { force: true });
  }
}

/** Takes the lock of `dir` or throws DatabaseLockedError; resolves to the lock's release. */
export async function lockDirectory(dir: string): Promise<() => Promise<void>> {
  const lockPath = path.join(dir, '..', `${path.basename(dir)}.lock`);
  const self = procStat(process.pid);
  const me: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    token: randomUUID(),
    process: processToken,
    ...(bootId ? { boot: bootId } : {}),
    ...(self ? { started: self.started } : {}),
    since: new Date().toISOString(),
  };
  const content = `${JSON.stringify(me)}\n`;
  for (let attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
    if (await createLock(lockPath, content)) return lockRelease(lockPath, content);
    const found = await readLock(lockPath);
    switch (found.kind) {
      case 'absent':
        break;
      case 'legacy':
        if (found.ageMs < LEGACY_LOCK_STALE_MS) throw new DatabaseLockedError(dir, 'Sperre einer älteren Gremia-Version');
        // an empty directory: of two processes removing it one succeeds, and both then race on 'wx'
        await fs.rmdir(lockPath).catch((err: unknown) => {
          if (errorCode(err) !== 'ENOENT') throw err;
        });
        break;
      case 'unreadable':
        // its creator is writing it right now, or crashed between creating and writing it
        if (found.ageMs < UNWRITTEN_LOCK_MS) await delay(20);
        else await removeDeadLock(lockPath, found.raw);
        break;
      case 'owner': {
        const { owner } = found;
        const state = ownerState(owner);
        if (state === 'alive') throw new DatabaseLockedError(dir, `Prozess ${owner.pid}`);
        if (state === 'elsewhere')
          throw new DatabaseLockedError(
            dir,
            `Prozess ${owner.pid} auf dem Rechner „${owner.host}“; ob er noch läuft, lässt sich von hier aus nicht prüfen`,
            `Sind Sie sicher, dass auf „${owner.host}“ kein Gremia mehr mit diesem Verzeichnis läuft, löschen Sie die Sperrdatei ${lockPath}.`,
          );
        await removeDeadLock(lockPath, found.raw);
        break;
      }
    }
  }
  throw new DatabaseLockedError(dir, `Sperrdatei ${lockPath}`, `Läuft kein Gremia mehr mit diesem Verzeichnis, löschen Sie die Sperrdatei.`);
}

/** Releases on close, and on a normal exit of the process if close was never reached. */
function lockRelease(lockPath: string, content: string): () => Promise<void> {
  const releaseOnExit = () => {
    if (readFileOrUndefined(lockPath) !== content) return;
    try {
      unlinkSync(lockPath);
    } catch {
      // gone already
    }
  };
  process.on('exit', releaseOnExit);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    process.off('exit', releaseOnExit);
    const current = await fs.readFile(lockPath, 'utf8').catch(() => undefined);
    if (current === content) await fs.rm(lockPath, { force: true });
  };
}
