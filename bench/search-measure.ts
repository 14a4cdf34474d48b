/**
 * The measurements of `npm run bench -- search` (see bench/search.ts): the fixed query set under
 * load from one and from several clients, EXPLAIN of the slowest, and the uncached paper page.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import type { Database } from '../src/db/client.ts';
import { anonymous } from '../src/access/index.ts';
import { search } from '../src/modules/search/index.ts';
import { startCapture, stopCapture } from './search-capture.ts';
import { limitOverride, type BenchHelpers, type RouteMeasurement } from './search-config.ts';

/** The query set; `{reference}` stands for the reference of a public Beschlussvorlage of the body. */
export const queries = [
  'Haushalt',
  'Kreistag',
  'Kreisumlage',
  'Radverkehrskonzept',
  'Integrationsbeirat',
  'Kindertagesstätte',
  'Breitbandausbau',
  'Rettungswache',
  'Schulentwicklungsplan',
  'Jugendhilfeausschuss',
  'Klimaschutzkonzept',
  'Streuobstwiesenkataster',
  'Moorfroschpopulation',
  'Kita-Gebühren',
  'Kreisumlage Hebesatz',
  'Radweg Kreisstraße',
  'Sanierung Sporthalle',
  '"öffentlicher Personennahverkehr"',
  '"Antrag der Fraktion"',
  '"Sanierung der Kreisstraße"',
  'Schule -Sporthalle',
  'Krippe ODER Kindertagespflege',
  'Breitband ODER Glasfaser',
  '{reference}',
  'VO/2021/12',
  'Haushlat',
  'Radverkehrskonzpet',
  'Schulentwiklungsplan',
  'Integration',
  'Kita',
];

export interface Sample {
  query: string;
  ms: number;
}

/** `clients` loops through the set, each from another offset, until time is up and every query ran. */
export async function load(database: Database, bodyId: number, set: string[], clients: number, durationS: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const seen = new Set<string>();
  const deadline = performance.now() + durationS * 1000;
  const loop = async (offset: number) => {
    for (let i = offset; performance.now() < deadline || seen.size < set.length; i++) {
      const q = set[i % set.length] ?? '';
      const started = performance.now();
      await search(database.db, { bodyId, viewer: anonymous, q, ...limitOverride });
      samples.push({ query: q, ms: performance.now() - started });
      seen.add(q);
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => loop(Math.floor((c * set.length) / clients))));
  return samples;
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export function stats(values: number[], percentile: BenchHelpers['percentile']): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** EXPLAIN (ANALYZE, BUFFERS) of the statements of the slowest queries; the full plans go to a file. */
export async function explainSlowest(database: Database, client: pg.Client, bodyId: number, slowest: string[]): Promise<string> {
  const file = path.join(os.tmpdir(), 'gremia-search-explain.txt');
  const out: string[] = [];
  for (const q of slowest) {
    startCapture();
    const started = performance.now();
    await search(database.db, { bodyId, viewer: anonymous, q, ...limitOverride });
    const total = performance.now() - started;
    const statements = stopCapture();
    console.log(`\n### ${q}: ${total.toFixed(0)} ms in ${statements.length} Anweisungen`);
    out.push(`\n\n######## ${q}: ${total.toFixed(0)} ms in ${statements.length} statements`);
    for (const [i, s] of statements.entries()) {
      const first = s.text.replace(/\s+/g, ' ').slice(0, 90);
      console.log(`  ${String(i + 1).padStart(2)}. ${s.ms.toFixed(1).padStart(8)} ms  ${first}`);
      if (s.ms < 20) continue;
      const plan = await client.query(`explain (analyze, buffers) ${s.text}`, s.values);
      const lines = (plan.rows as Array<Record<string, string>>).map((r) => r['QUERY PLAN'] ?? '');
      out.push(`\n--- statement ${i + 1} (${s.ms.toFixed(1)} ms)\n${s.text}\n-- values: ${JSON.stringify(s.values).slice(0, 500)}\n${lines.join('\n')}`);
      // the nodes that cost most: actual time of the node itself is not printed by PostgreSQL,
      // so show the top lines and the index/seq scans with their row counts
      const interesting = lines
        .filter((l) => /Scan|Execution Time|Planning Time|Sort Method|Heap Blocks|Recheck|Rows Removed|Buffers: shared/.test(l))
        .slice(0, 14);
      for (const l of interesting) console.log(`        ${l.trim().slice(0, 150)}`);
    }
  }
  await fs.writeFile(file, out.join('\n'));
  return file;
}

/** The ceiling and the uncached paper page, measured on a server started on the generated body. */
export async function paperPage(h: BenchHelpers, url: string, slug: string): Promise<{ ceiling: RouteMeasurement; paper: RouteMeasurement }> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gremia-search-bench-'));
  const port = await h.freePort();
  const base = `http://127.0.0.1:${port}`;
  // DEMO_DATA=0 (the database is not empty anyway), PAGE_CACHE=0: every request renders
  const server = spawn(process.execPath, ['bin/gremia.js', 'serve'], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', DEMO_DATA: '0', PAGE_CACHE: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    await h.waitForHealthy(base, server, 120_000);
    const page = await fetch(`${base}/vorlagen/${slug}`);
    if (!page.ok) throw new Error(`paper page ${slug}: ${page.status}`);
    const ceiling = await h.measure('(a) Decke: konstanter Text', base, '/healthz');
    const paper = await h.measure('(b) Vorlagenseite ohne Cache', base, `/vorlagen/${slug}`);
    return { ceiling, paper };
  } finally {
    server.kill('SIGTERM');
    if (server.exitCode === null) await new Promise((r) => server.once('exit', r));
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
