/**
 * Settings of `npm run bench -- search` (see bench/search.ts) and what its parts share: the
 * size of the generated body, the environment, the helpers bench/run.ts lends, logging.
 */
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';

export interface RouteMeasurement {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** What bench/run.ts lends this suite. */
export interface BenchHelpers {
  adminUrl: string;
  connections: number;
  freePort(): Promise<number>;
  waitForHealthy(base: string, child: ChildProcess, timeoutMs: number): Promise<void>;
  measure(name: string, base: string, urlPath: string): Promise<RouteMeasurement>;
  percentile(sorted: number[], p: number): number;
}

export const DATABASE = 'gremia_search_bench';
export const BODY_KEY = 'bench-suche';
const scale = Number(process.env['BENCH_SCALE'] ?? 1);
/** Seconds per load phase. */
export const seconds = Number(process.env['BENCH_DURATION'] ?? 20);
/** How many of the slowest queries to EXPLAIN. */
export const explainCount = Number(process.env['BENCH_EXPLAIN'] ?? 4);
export const CLIENTS = 8;
/** BENCH_EXACT_LIMIT overrides the search's EXACT_LIMIT, to compare limits. */
export const limitOverride = process.env['BENCH_EXACT_LIMIT'] ? { exactLimit: Number(process.env['BENCH_EXACT_LIMIT']) } : {};
export const TARGET_MS = 150;
/** Earlier uncached paper page / ceiling on the small demo (1,551 vs 14,181 req/s). */
export const EARLIER_RATIO = 1551 / 14181;

export const PAPERS = Math.round(100_000 * scale);
export const MEETINGS = Math.round(12_000 * scale);
export const ITEMS_PER_MEETING = 25;

export function log(message: string): void {
  console.log(`[search] ${message}`);
}

export async function timed<T>(label: string, work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  log(`${label}: ${(ms / 1000).toFixed(1)} s`);
  return { result, ms };
}

export async function adminQuery(adminUrl: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}
