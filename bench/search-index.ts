/**
 * The search index of the generated body: built from scratch (with where the refresh spends its
 * time), and how much space it takes.
 */
import pg from 'pg';
import type { Database } from '../src/db/client.ts';
import { markWholeIndexDirty, refreshSearchIndex } from '../src/modules/search/index.ts';
import { startCapture, stopCapture } from './search-capture.ts';
import { log, timed } from './search-config.ts';

/** Marks and builds the whole search index; returns the milliseconds it took. */
export async function buildIndex(database: Database, url: string): Promise<number> {
  await markWholeIndexDirty(database.db);
  const watcher = new pg.Client({ connectionString: url });
  await watcher.connect();
  const started = performance.now();
  const progress = setInterval(() => {
    watcher
      .query(`select count(*)::int n from search_dirty`)
      .then((r) => log(`  Index: ${(r.rows[0] as { n: number }).n} Objekte noch markiert nach ${((performance.now() - started) / 1000).toFixed(0)} s`))
      .catch(() => undefined);
  }, 30_000);
  startCapture();
  try {
    const { result } = await timed('Suchindex (markWholeIndexDirty + refreshSearchIndex)', () => refreshSearchIndex(database.db));
    log(`  ${result.rebuilt} Einträge gebaut (mit Abhängigen)`);
    return performance.now() - started;
  } finally {
    const statements = stopCapture();
    clearInterval(progress);
    await watcher.end();
    // where the refresh spends its time, by statement
    const byStatement = new Map<string, { n: number; ms: number }>();
    for (const c of statements) {
      const kind = /insert into search_entries[\s\S]*?select '(\w+)'/.exec(c.text)?.[1];
      const key = kind ? `insert ${kind}` : c.text.replace(/\s+/g, ' ').slice(0, 60);
      const entry = byStatement.get(key) ?? { n: 0, ms: 0 };
      entry.n += 1;
      entry.ms += c.ms;
      byStatement.set(key, entry);
    }
    for (const [key, v] of [...byStatement].sort((a, b) => b[1].ms - a[1].ms).slice(0, 10)) {
      log(`    ${(v.ms / 1000).toFixed(1).padStart(7)} s  ${String(v.n).padStart(5)}×  ${key}`);
    }
  }
}

export interface Sizes {
  rows: Array<{ relation: string; bytes: number }>;
}

/** Sizes of the search index, its parts and the attachments' text. */
export async function sizes(client: pg.Client): Promise<Sizes> {
  const rows: Sizes['rows'] = [];
  const one = async (relation: string, expr: string) => {
    const r = await client.query(`select ${expr}::bigint as b`);
    rows.push({ relation, bytes: Number((r.rows[0] as { b: string }).b) });
  };
  await one('search_entries (gesamt, mit TOAST und Indizes)', `pg_total_relation_size('search_entries')`);
  await one('search_entries (Tabelle)', `pg_relation_size('search_entries')`);
  await one('search_entries (TOAST)', `pg_total_relation_size((select reltoastrelid from pg_class where oid = 'search_entries'::regclass))`);
  const indexes = await client.query(`select indexname from pg_indexes where tablename = 'search_entries' order by indexname`);
  for (const { indexname } of indexes.rows as Array<{ indexname: string }>) await one(`  Index ${indexname}`, `pg_relation_size('${indexname}'::regclass)`);
  await one('files (gesamt)', `pg_total_relation_size('files')`);
  await one('files (TOAST: Text der Anlagen)', `pg_total_relation_size((select reltoastrelid from pg_class where oid = 'files'::regclass))`);
  await one('Datenbank', `pg_database_size(current_database())`);
  return { rows };
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
