/**
 * `npm run bench -- search` (opt-in; plain `npm run bench` leaves it out, it takes minutes):
 * generates a Landkreis of 100,000 papers (2–4 sections each), 300,000 attachments with 3–10 KB
 * of German text, 12,000 sessions and 300,000 agenda items in PostgreSQL, builds the search
 * index, runs 30 fixed queries at 1 and 8 concurrent clients (p50/p95/p99 per query and overall)
 * and measures the uncached paper page against `/healthz` on a server started on that database.
 *
 * Parts: search-config (settings, shared helpers), search-generate (the body, server-side SQL,
 * deterministic; words from search-data), search-index (building and sizing the index),
 * search-measure (load, EXPLAIN, paper page), search-report (the tables printed at the end).
 *
 * The database `gremia_search_bench` is kept after the run. Environment:
 *   BENCH_REUSE=1     reuse it when it holds a complete index (skips generation and indexing)
 *   BENCH_DROP=1      drop it at the end
 *   BENCH_DURATION    seconds per load phase (default 20); BENCH_SCALE (default 1) scales the body
 *   BENCH_EXPLAIN     how many of the slowest queries to EXPLAIN (default 4; 0: none)
 */
import os from 'node:os';
import pg from 'pg';
import { openDatabase } from '../src/db/client.ts';
import { anonymous } from '../src/access/index.ts';
import { search } from '../src/modules/search/index.ts';
import {
  adminQuery,
  BODY_KEY,
  CLIENTS,
  DATABASE,
  explainCount,
  ITEMS_PER_MEETING,
  limitOverride,
  log,
  MEETINGS,
  PAPERS,
  seconds,
  timed,
  type BenchHelpers,
} from './search-config.ts';
import { generate } from './search-generate.ts';
import { buildIndex, sizes, mb } from './search-index.ts';
import { explainSlowest, load, paperPage, queries, stats, type Sample } from './search-measure.ts';
import { reportText } from './search-report.ts';

export async function searchBench(h: BenchHelpers): Promise<void> {
  const url = new URL(h.adminUrl);
  url.pathname = `/${DATABASE}`;
  const databaseUrl = url.toString();
  const reuse = process.env['BENCH_REUSE'] === '1';
  let fresh = true;
  if (reuse) {
    const exists = await adminQuery(h.adminUrl, `select 1 from pg_database where datname = '${DATABASE}'`);
    if (exists.rowCount) {
      const probe = new pg.Client({ connectionString: databaseUrl });
      await probe.connect();
      try {
        const r = await probe.query(
          `select (select count(*)::int from bodies where key = $1) b, (select count(*)::int from search_entries) e, (select count(*)::int from search_dirty) d`,
          [BODY_KEY],
        );
        const row = r.rows[0] as { b: number; e: number; d: number };
        fresh = !(row.b === 1 && row.e > 0 && row.d === 0);
      } catch {
        fresh = true;
      } finally {
        await probe.end();
      }
    }
    log(fresh ? 'BENCH_REUSE=1, aber keine vollständige Datenbank vorhanden: wird neu erzeugt' : `BENCH_REUSE=1: verwende ${DATABASE}`);
  }
  let generationMs = NaN;
  let indexMs = NaN;
  let vacuumMs = NaN;
  if (fresh) {
    await adminQuery(h.adminUrl, `drop database if exists ${DATABASE} with (force)`);
    await adminQuery(h.adminUrl, `create database ${DATABASE}`);
  }
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 9 });
  const client = new pg.Client({ connectionString: databaseUrl, options: '-c jit=off' });
  try {
    await client.connect();
    // also on reuse: a newer checkout may bring migrations (they are idempotent)
    await database.migrate();
    if (fresh) {
      log(
        `erzeuge ${PAPERS} Vorlagen, ${PAPERS * 3} Anlagen, ${MEETINGS} Sitzungen, ${MEETINGS * ITEMS_PER_MEETING} Tagesordnungspunkte (PostgreSQL, ${os.cpus().length} Kerne)`,
      );
      generationMs = (await timed('Erzeugung', () => generate(databaseUrl))).ms;
      indexMs = await buildIndex(database, databaseUrl);
      vacuumMs = (await timed('vacuum analyze', () => client.query('vacuum analyze'))).ms;
    }
    const bodyId = ((await client.query(`select id from bodies where key = $1`, [BODY_KEY])).rows[0] as { id: number }).id;
    const counts = (
      await client.query(`select (select count(*) from papers)::int papers, (select count(*) from paper_sections)::int sections,
        (select count(*) from files)::int files, (select count(*) from meetings)::int meetings, (select count(*) from agenda_items)::int items,
        (select count(*) from consultations)::int consultations, (select count(*) from search_entries)::int entries,
        (select round(avg(octet_length(text)))::int from files) avg_text, (select min(octet_length(text)) from files) min_text,
        (select max(octet_length(text)) from files) max_text`)
    ).rows[0] as Record<string, number>;
    log(`Bestand: ${JSON.stringify(counts)}`);
    const size = await sizes(client);
    for (const r of size.rows) log(`  ${r.relation.padEnd(52)} ${mb(r.bytes).padStart(11)}`);

    const reference = ((
      await client.query(`select reference from papers where public and paper_type = 'Beschlussvorlage' and reference like 'VO/2021/1___' order by id limit 1`)
    ).rows[0] ?? (await client.query(`select reference from papers where public and paper_type = 'Beschlussvorlage' order by id limit 1`)).rows[0]) as {
      reference: string;
    };
    const set = queries.map((q) => (q === '{reference}' ? reference.reference : q));

    // warm-up: one pass, also yields the hit counts
    const matches = new Map<string, number>();
    const warm = performance.now();
    for (const q of set) matches.set(q, (await search(database.db, { bodyId, viewer: anonymous, q, ...limitOverride })).total);
    log(`Aufwärmen: ein Durchlauf der ${set.length} Anfragen in ${((performance.now() - warm) / 1000).toFixed(1)} s`);

    const one = await load(database, bodyId, set, 1, seconds);
    log(`1 Client: ${one.length} Anfragen`);
    const eight = await load(database, bodyId, set, CLIENTS, seconds);
    log(`${CLIENTS} Clients: ${eight.length} Anfragen`);
    const per = (samples: Sample[], q: string) =>
      stats(
        samples.filter((s) => s.query === q).map((s) => s.ms),
        h.percentile,
      );
    const overallOne = stats(
      one.map((s) => s.ms),
      h.percentile,
    );
    const overallEight = stats(
      eight.map((s) => s.ms),
      h.percentile,
    );
    const rows = set.map((q) => ({ q, one: per(one, q), eight: per(eight, q), matches: matches.get(q) ?? 0 }));

    const slowest = [...rows]
      .sort((a, b) => b.one.p50 - a.one.p50)
      .slice(0, explainCount)
      .map((r) => r.q);
    const explainFile = explainCount > 0 ? await explainSlowest(database, client, bodyId, slowest) : null;

    // a public Beschlussvorlage with two consultations from the middle of the body
    const slug = (
      (
        await client.query(`select slug from (select slug, row_number() over (order by id) n, count(*) over () total from papers p
        where public and paper_type = 'Beschlussvorlage' and (select count(*) from consultations c where c.paper_id = p.id) = 2) s
        where n = total / 2 + 1`)
      ).rows[0] as { slug: string }
    ).slug;
    const page = await paperPage(h, databaseUrl, slug);
    console.log(
      `\n${reportText({ counts, fresh, generationMs, indexMs, vacuumMs, size, rows, overallOne, overallEight, connections: h.connections, page, slug, explainFile })}`,
    );
    if (page.ceiling.errors + page.ceiling.non2xx + page.paper.errors + page.paper.non2xx > 0) process.exitCode = 1;
  } finally {
    await client.end().catch(() => undefined);
    await database.close();
    if (process.env['BENCH_DROP'] === '1') await adminQuery(h.adminUrl, `drop database if exists ${DATABASE} with (force)`);
    else log(`Datenbank ${DATABASE} bleibt erhalten (BENCH_REUSE=1 verwendet sie wieder, BENCH_DROP=1 löscht sie)`);
  }
}
