/**
 * @module app/runtime
 * Opens what a running Gremia needs, from configuration: the database (PGlite under DATA_DIR or
 * PostgreSQL at DATABASE_URL, migrated) and file storage under DATA_DIR/files.
 */
import path from 'node:path';
import type { Config } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { LocalDiskStorage, type FileStorage } from '../infra/storage.ts';

export interface Runtime {
  database: Database;
  storage: FileStorage;
  close(): Promise<void>;
}

export async function openRuntime(config: Config): Promise<Runtime> {
  const database = await openDatabase(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dir: path.join(config.dataDir, 'db') },
  );
  try {
    await database.migrate();
  } catch (err) {
    await database.close();
    throw err;
  }
  return { database, storage: new LocalDiskStorage(path.join(config.dataDir, 'files')), close: () => database.close() };
}
