/**
 * @module files/storage
 * Where file bytes live. The database holds metadata and a storage key; the bytes sit behind
 * this interface: on local disk by default, an S3-compatible store in production later.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface StoredObject {
  key: string;
  size: number;
  sha256: string;
}

export interface FileStorage {
  /** Stores bytes under a new key. */
  put(bytes: Uint8Array): Promise<StoredObject>;
  /** The bytes for a key, or null when the object is missing. */
  get(key: string): Promise<Buffer | null>;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Keys are `ab/cd/<uuid>`: spread over directories, never derived from user input. */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(bytes: Uint8Array): Promise<StoredObject> {
    const id = randomUUID();
    const key = `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
    const target = this.pathOf(key);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // write to a temporary name first so a crash never leaves a half-written object under a real key
    const temporary = `${target}.tmp`;
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, target);
    return { key, size: bytes.byteLength, sha256: sha256Hex(bytes) };
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.pathOf(key));
    } catch (err) {
      if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return null;
      throw err;
    }
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/.test(key)) throw new Error(`invalid storage key ${key}`);
    return path.join(this.root, key);
  }
}
