/**
 * The report of `npm run bench -- search` (see bench/search.ts): Markdown tables of sizes,
 * per-query latencies and the paper page against the ceiling, with the targets met or missed.
 */
import os from 'node:os';
import { CLIENTS, EARLIER_RATIO, seconds, TARGET_MS, type RouteMeasurement } from './search-config.ts';
import { mb, type Sizes } from './search-index.ts';
import type { Stats } from './search-measure.ts';

export interface SearchReport {
  counts: Record<string, number>;
  /** Generated in this run (else reused): the generation's times are reported. */
  fresh: boolean;
  generationMs: number;
  indexMs: number;
  vacuumMs: number;
  size: Sizes;
  rows: Array<{ q: string; one: Stats; eight: Stats; matches: number }>;
  overallOne: Stats;
  overallEight: Stats;
  connections: number;
  page: { ceiling: RouteMeasurement; paper: RouteMeasurement };
  slug: string;
  explainFile: string | null;
}

export function reportText(input: SearchReport): string {
  const { counts, fresh, generationMs, indexMs, vacuumMs, size, rows, overallOne, overallEight, page, slug, explainFile } = input;
  const ratio = page.paper.requestsPerSecond / page.ceiling.requestsPerSecond;
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
  const lines: string[] = [];
  lines.push(
    `Suche bei ${counts['papers']?.toLocaleString('de-DE')} Vorlagen, ${counts['files']?.toLocaleString('de-DE')} Anlagen (Ø ${((counts['avg_text'] ?? 0) / 1024).toFixed(1)} KB Text), ${counts['items']?.toLocaleString('de-DE')} Tagesordnungspunkten, ${counts['entries']?.toLocaleString('de-DE')} Indexeinträgen; PostgreSQL, ${os.cpus().length} Kerne, ${seconds} s je Phase`,
  );
  lines.push('');
  if (fresh) {
    lines.push(`Erzeugung ${(generationMs / 1000).toFixed(0)} s, Suchindex ${(indexMs / 1000).toFixed(0)} s, vacuum analyze ${(vacuumMs / 1000).toFixed(0)} s`);
    lines.push('');
  }
  lines.push('| Größe | |', '|---|---:|', ...size.rows.map((r) => `| ${r.relation.trim()} | ${mb(r.bytes)} |`));
  lines.push('');
  lines.push(`| Anfrage | Treffer | p50 ms (1) | p95 ms (1) | p50 ms (${CLIENTS}) | p95 ms (${CLIENTS}) | p99 ms (${CLIENTS}) |`);
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const over = r.eight.p95 >= TARGET_MS ? ' ⚠' : '';
    lines.push(`| \`${r.q}\` | ${r.matches} | ${f(r.one.p50)} | ${f(r.one.p95)} | ${f(r.eight.p50)} | ${f(r.eight.p95)}${over} | ${f(r.eight.p99)} |`);
  }
  lines.push(
    `| **alle** | | **${f(overallOne.p50)}** | **${f(overallOne.p95)}** | **${f(overallEight.p50)}** | **${f(overallEight.p95)}** | **${f(overallEight.p99)}** |`,
  );
  lines.push('');
  lines.push(
    `1 Client: ${overallOne.n} Anfragen, p50 ${f(overallOne.p50)} / p95 ${f(overallOne.p95)} / p99 ${f(overallOne.p99)} ms (${(overallOne.n / seconds).toFixed(1)}/s)`,
  );
  lines.push(
    `${CLIENTS} Clients: ${overallEight.n} Anfragen, p50 ${f(overallEight.p50)} / p95 ${f(overallEight.p95)} / p99 ${f(overallEight.p99)} ms (${(overallEight.n / seconds).toFixed(1)}/s)`,
  );
  lines.push(
    `Ziel p95 < ${TARGET_MS} ms bei ${CLIENTS} Clients: ${overallEight.p95 < TARGET_MS ? 'erreicht' : 'verfehlt'} (${rows.filter((r) => r.eight.p95 >= TARGET_MS).length} von ${rows.length} Anfragen darüber)`,
  );
  lines.push('');
  lines.push(`| Route (${input.connections} Verbindungen, ohne Cache) | Anfragen/s | p50 ms | p95 ms | p99 ms |`, '|---|---:|---:|---:|---:|');
  const route = (name: string, m: RouteMeasurement) =>
    `| ${name} | ${m.requestsPerSecond.toFixed(0)} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.p99.toFixed(1)} |`;
  lines.push(route('/healthz', page.ceiling), route(`/vorlagen/${slug}`, page.paper));
  lines.push('');
  lines.push(
    `Vorlagenseite/Decke: ${(ratio * 100).toFixed(1)} % (kleiner Demo-Kreis vorher: ${(EARLIER_RATIO * 100).toFixed(1)} %) – ${ratio >= EARLIER_RATIO * 0.9 ? 'gehalten' : 'gesunken'}`,
  );
  if (explainFile) lines.push(`EXPLAIN (ANALYZE, BUFFERS) der langsamsten Anfragen: ${explainFile}`);
  return lines.join('\n');
}
