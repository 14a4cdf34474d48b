/**
 * `npm run bench`: starts Gremia on a fresh PostgreSQL database with the demo Kreis, in its own
 * process, and measures with autocannon in this one:
 *   (a) the ceiling – a route that returns a constant string (`/healthz`),
 *   (b) the paper page of a Beschlussvorlage with Beratungsfolge, sections and Anlagen,
 *   (c) the paper list, first page without filters,
 *   (d) the same paper page and (e) the members' area for the logged-in demo councillor (never
 *       cached: the visibility policy's entitlement checks run on every request),
 *   (f) an OParl paper list page of the maximum page size and (g) one OParl Paper object,
 * first with the page cache (as Gremia runs by default), then again on a server started with
 * PAGE_CACHE=0, where every request queries the database and renders.
 * Prints requests/s and latency percentiles (p50/p95/p99, computed from every response) and
 * the ratio of each page to the ceiling.
 *
 * `npm run bench -- oparl` measures only (a), (f) and (g).
 * `npm run bench -- search` (only when asked for: it takes minutes) runs bench/search.ts, the
 * search benchmark on a generated body of 100,000 papers.
 * `npm run bench -- text` runs bench/text-extraction.ts: files per second for text PDFs.
 *
 * Environment: BENCH_DATABASE_URL (admin connection, default postgres://postgres@127.0.0.1:5432/postgres),
 * BENCH_DURATION (seconds per route, default 10), BENCH_CONNECTIONS (default 16).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { MAX_PAGE_SIZE } from '../src/modules/oparl/index.ts';

const adminUrl = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const duration = Number(process.env['BENCH_DURATION'] ?? 10);
const connections = Number(process.env['BENCH_CONNECTIONS'] ?? 16);
const databaseName = `gremia_bench_${process.pid}`;
const suites = process.argv.slice(2);
type Suite = 'portal' | 'oparl' | 'search' | 'text';
/** Without arguments every suite but `search` and `text`. */
const runs = (suite: Suite) => suites.includes(suite) || (suites.length === 0 && suite !== 'search' && suite !== 'text');

interface Measurement {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealthy(base: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become healthy in time');
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

async function measure(name: string, base: string, urlPath: string, headers: Record<string, string> = {}): Promise<Measurement> {
  // a short warm-up so JIT and connection pools are settled before the measured run
  await autocannon({ url: `${base}${urlPath}`, connections, duration: 2, headers });
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${base}${urlPath}`, connections, duration, headers }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    name,
    path: urlPath,
    requestsPerSecond: result.requests.total / duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** Logs in through the real form and returns the cookie header of the session. */
async function login(base: string, email: string, password: string): Promise<string> {
  const form = await fetch(`${base}/anmelden`);
  const csrfCookie = (form.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const response = await fetch(`${base}/anmelden`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, email, passwort: password }).toString(),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('gremia_sitzung='));
  if (response.status !== 303 || !session) throw new Error(`bench login failed: ${response.status}`);
  return `${csrfCookie}; ${session.split(';')[0]}`;
}

async function main(): Promise<void> {
  await admin(`create database ${databaseName}`);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gremia-bench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${databaseName}`;
  const startServer = (pageCache: boolean) =>
    spawn(process.execPath, ['bin/gremia.js', 'serve'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl.toString(),
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        DEMO_DATA: '1',
        PAGE_CACHE: pageCache ? '1' : '0',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  const stopServer = async (server: ChildProcess) => {
    server.kill('SIGTERM');
    if (server.exitCode === null) await new Promise((r) => server.once('exit', r));
  };
  let server = startServer(true);
  try {
    const started = Date.now();
    await waitForHealthy(base, server, 120_000);
    // the server listens only after the demo Kreis is loaded
    console.log(`Server mit Demo-Kreis bereit nach ${Date.now() - started} ms (PostgreSQL, ${os.cpus().length} Kerne)`);
    const list = await (await fetch(`${base}/vorlagen?art=Beschlussvorlage`)).text();
    const slug = /href="\/vorlagen\/([^"?]+)"/.exec(list)?.[1];
    if (!slug) throw new Error('no Beschlussvorlage found in the demo data');
    const system = (await (await fetch(`${base}/oparl/v1/system`)).json()) as { body: string };
    const oparlBody = ((await (await fetch(system.body)).json()) as { data: { paper: string }[] }).data[0];
    if (!oparlBody) throw new Error('no OParl body');
    const paperList = `${new URL(`${oparlBody.paper}?limit=${MAX_PAGE_SIZE}`).pathname}?limit=${MAX_PAGE_SIZE}`;
    const firstPaper = ((await (await fetch(`${base}${paperList}`)).json()) as { data: { id: string }[] }).data[0];
    if (!firstPaper) throw new Error('no OParl paper');
    const paperObject = new URL(firstPaper.id).pathname;
    const results: Measurement[] = [];
    const oparl = async (suffix: string) => {
      results.push(await measure(`(f) OParl-Vorlagenliste ${MAX_PAGE_SIZE}${suffix}`, base, paperList));
      results.push(await measure(`(g) OParl-Vorlage${suffix}`, base, paperObject));
    };
    results.push(await measure('(a) Decke: konstanter Text', base, '/healthz'));
    if (runs('portal')) {
      results.push(await measure('(b) Vorlagenseite', base, `/vorlagen/${slug}`));
      results.push(await measure('(c) Vorlagenliste', base, '/vorlagen'));
      const cookie = await login(base, 'ratsmitglied@nordheide.example', 'demo-passwort-nordheide');
      results.push(await measure('(d) Vorlagenseite angemeldet', base, `/vorlagen/${slug}`, { cookie }));
      results.push(await measure('(e) Mein Bereich', base, '/mein-bereich', { cookie }));
    }
    if (runs('oparl')) await oparl('');
    await stopServer(server);
    server = startServer(false);
    await waitForHealthy(base, server, 60_000);
    if (runs('portal')) {
      results.push(await measure('(b) Vorlagenseite ohne Cache', base, `/vorlagen/${slug}`));
      results.push(await measure('(c) Vorlagenliste ohne Cache', base, '/vorlagen'));
    }
    if (runs('oparl')) await oparl(' ohne Cache');
    const ceiling = results[0]?.requestsPerSecond ?? NaN;
    console.log(`\n${connections} Verbindungen, ${duration} s je Route, Vorlage ${slug}\n`);
    console.log('Route                                  Anfragen/s    p50 ms   p95 ms   p99 ms   Anteil an (a)   Fehler');
    for (const r of results) {
      console.log(
        `${r.name.padEnd(38)} ${r.requestsPerSecond.toFixed(0).padStart(10)} ${r.p50.toFixed(1).padStart(9)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${`${((r.requestsPerSecond / ceiling) * 100).toFixed(1)} %`.padStart(15)} ${String(r.errors + r.non2xx).padStart(8)}`,
      );
    }
    const paper = results.find((r) => r.name === '(b) Vorlagenseite');
    if (paper) {
      const ratio = paper.requestsPerSecond / ceiling;
      console.log(`\nVorlagenseite/Decke: ${(ratio * 100).toFixed(1)} % (Ziel: mindestens 30 %) – ${ratio >= 0.3 ? 'erreicht' : 'verfehlt'}`);
    }
    const oparlList = results.find((r) => r.name.startsWith('(f)'));
    if (oparlList)
      console.log(
        `OParl-Liste mit ${MAX_PAGE_SIZE} Vorlagen: p95 ${oparlList.p95.toFixed(1)} ms (Ziel: unter 30 ms) – ${oparlList.p95 < 30 ? 'erreicht' : 'verfehlt'}`,
      );
    if (results.some((r) => r.errors + r.non2xx > 0)) process.exitCode = 1;
  } finally {
    await stopServer(server);
    await admin(`drop database if exists ${databaseName} with (force)`);
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

async function bench(): Promise<void> {
  if (runs('portal') || runs('oparl')) await main();
  if (runs('text')) {
    const { textExtractionBench } = await import('./text-extraction.ts');
    await textExtractionBench(adminUrl);
  }
  if (runs('search')) {
    const { searchBench } = await import('./search.ts');
    await searchBench({ adminUrl, connections, freePort, waitForHealthy, measure, percentile });
  }
}

bench().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
