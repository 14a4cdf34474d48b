/**
 * `npm run bench -- search` (opt-in; plain `npm run bench` leaves it out, it takes minutes):
 * generates a Landkreis of 100,000 papers (2–4 sections each), 300,000 attachments with 3–10 KB
 * of German text, 12,000 sessions and 300,000 agenda items in PostgreSQL, builds the search
 * index, runs 30 fixed queries at 1 and 8 concurrent clients (p50/p95/p99 per query and overall)
 * and measures the uncached paper page against `/healthz` on a server started on that database.
 *
 * Generation is server-side SQL (insert … select from generate_series, in batches) on one
 * connection with `session_replication_role = replica`, so the row triggers (change notify,
 * search marking, foreign keys) stay quiet. Deterministic: every choice comes from
 * `hashtext()` of the row number, the words from bench/search-data.ts.
 *
 * The database `gremia_search_bench` is kept after the run. Environment:
 *   BENCH_REUSE=1     reuse it when it holds a complete index (skips generation and indexing)
 *   BENCH_DROP=1      drop it at the end
 *   BENCH_DURATION    seconds per load phase (default 20); BENCH_SCALE (default 1) scales the body
 *   BENCH_EXPLAIN     how many of the slowest queries to EXPLAIN (default 4; 0: none)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client.ts';
import { anonymous } from '../src/access/index.ts';
import { markWholeIndexDirty, refreshSearchIndex, search } from '../src/modules/search/index.ts';
import * as data from './search-data.ts';

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

const DATABASE = 'gremia_search_bench';
const BODY_KEY = 'bench-suche';
const scale = Number(process.env['BENCH_SCALE'] ?? 1);
const seconds = Number(process.env['BENCH_DURATION'] ?? 20);
const explainCount = Number(process.env['BENCH_EXPLAIN'] ?? 4);
const CLIENTS = 8;
/** BENCH_EXACT_LIMIT overrides the search's EXACT_LIMIT, to compare limits. */
const limitOverride = process.env['BENCH_EXACT_LIMIT'] ? { exactLimit: Number(process.env['BENCH_EXACT_LIMIT']) } : {};
const TARGET_MS = 150;
/** Earlier uncached paper page / ceiling on the small demo (1,551 vs 14,181 req/s). */
const EARLIER_RATIO = 1551 / 14181;

const PAPERS = Math.round(100_000 * scale);
const MEETINGS = Math.round(12_000 * scale);
const ITEMS_PER_MEETING = 25;
/** Agenda positions 4–20 treat a paper; a paper comes up again 40 sessions (680 linked items) later. */
const FIRST_LINKED = 4;
const LAST_LINKED = 20;
const LINKED_PER_MEETING = LAST_LINKED - FIRST_LINKED + 1;
const SPAN = 680;
/** Days covered by the sessions, from 2016-01-04. */
const DAYS = 4000;
const GENERAL_PARAGRAPHS = 6000;
const TOPIC_PARAGRAPHS = 300;
const BATCH = 15_000;

/** A hash of a SQL text expression in [0, 2^32). */
const H = (expr: string) => `(hashtext(${expr})::bigint + 2147483648)`;

const queries = [
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

function log(message: string): void {
  console.log(`[search] ${message}`);
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  log(`${label}: ${(ms / 1000).toFixed(1)} s`);
  return { result, ms };
}

function flatten(groups: string[][]): { all: string[]; starts: number[]; lengths: number[] } {
  const all: string[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  for (const group of groups) {
    starts.push(all.length + 1);
    lengths.push(group.length);
    all.push(...group);
  }
  return { all, starts, lengths };
}

async function adminQuery(adminUrl: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** Writes the whole body; returns its id. */
async function generate(url: string): Promise<number> {
  const loader = new pg.Client({ connectionString: url });
  await loader.connect();
  const run = async (label: string, text: string, values: unknown[] = []) => {
    const started = performance.now();
    const result = await loader.query(text, values);
    if (label) log(`  ${label}: ${result.rowCount ?? 0} Zeilen, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  const batched = async (label: string, total: number, text: string, values: unknown[] = []) => {
    const started = performance.now();
    let rows = 0;
    for (let from = 1; from <= total; from += BATCH) {
      const result = await loader.query(text, [from, Math.min(total, from + BATCH - 1), ...values]);
      rows += result.rowCount ?? 0;
    }
    log(`  ${label}: ${rows} Zeilen, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  try {
    // no triggers (notify, search marking, foreign keys) and no fsync wait per statement
    await loader.query(`set session_replication_role = replica; set synchronous_commit = off; set jit = off; set work_mem = '64MB'`);
    const body = await run(
      '',
      `insert into bodies (key, name, short_name, website, license, ags, classification, contact_email)
        values ($1, 'Landkreis Suchhausen', 'LK Suchhausen', 'https://www.landkreis-suchhausen.example', 'CC-BY-4.0', '03999000', 'Landkreis', 'kreistag@landkreis-suchhausen.example')
        returning id`,
      [BODY_KEY],
    );
    const bodyId = (body.rows[0] as { id: number }).id;
    await run('', `insert into legislative_terms (body_id, name, start_date, end_date) values
      (${bodyId}, 'Wahlperiode 2016–2021', '2016-11-01', '2021-10-31'), (${bodyId}, 'Wahlperiode 2021–2026', '2021-11-01', '2026-10-31')`);

    // organizations: ids 1–20 Gremien, 21–27 Fraktionen, 28–40 Verwaltung
    const orgs = data.organizations;
    const gremien = orgs.filter((o) => o.type === 'Gremium').length;
    const fraktionen = orgs.filter((o) => o.type === 'Fraktion');
    const firstFraktion = orgs.findIndex((o) => o.type === 'Fraktion') + 1;
    const firstUnit = orgs.findIndex((o) => o.type === 'Verwaltungsbereich') + 1;
    const units = orgs.length - firstUnit + 1;
    await run(
      'Gremien, Fraktionen, Verwaltung',
      `insert into organizations (id, body_id, name, short_name, organization_type, classification, start_date, position)
        select i, ${bodyId}, n, s, t, c, '2016-11-01', i from unnest($1::text[], $2::text[], $3::text[], $4::text[]) with ordinality u(n, s, t, c, i)`,
      [orgs.map((o) => o.name), orgs.map((o) => o.shortName), orgs.map((o) => o.type), orgs.map((o) => o.classification)],
    );
    await run(
      'Personen',
      `insert into persons (id, body_id, family_name, given_name, form_of_address, title, status)
        select i, ${bodyId}, ($2::text[])[1 + (i * 13) % ${data.familyNames.length}], ($1::text[])[1 + (i * 7) % ${data.givenNames.length}],
          case when ((i * 7) % ${data.givenNames.length}) < 20 then 'Frau' else 'Herr' end,
          case when i % 11 = 0 then '{Dr.}'::text[] else '{}'::text[] end,
          case when i <= 70 then '{Kreistagsabgeordnete}'::text[] else '{sachkundige Einwohner}'::text[] end
        from generate_series(1, 150) i`,
      [data.givenNames, data.familyNames],
    );
    await run(
      'Mitgliedschaften',
      `insert into memberships (body_id, person_id, organization_id, role, start_date, on_behalf_of_id)
        select ${bodyId}, i, 1, case when i = 1 then 'Vorsitz' else 'Mitglied' end, date '2021-11-01', ${firstFraktion} + i % ${fraktionen.length} from generate_series(1, 70) i
        union all select ${bodyId}, i, 2 + i % ${gremien - 1}, case when i % 19 = 0 then 'Vorsitz' else 'Mitglied' end, date '2021-11-01', null from generate_series(1, 150) i
        union all select ${bodyId}, i, 2 + (i * 5 + 3) % ${gremien - 1}, 'stellv. Mitglied', date '2021-11-01', null from generate_series(1, 150) i where (i * 5 + 3) % ${gremien - 1} <> i % ${gremien - 1}
        union all select ${bodyId}, i, ${firstFraktion} + i % ${fraktionen.length}, 'Mitglied', date '2021-11-01', null from generate_series(1, 70) i`,
    );

    // sessions: spread over DAYS from 2016-01-04, three a day, one Gremium each
    const meetingOrg = (m0: string) => `(1 + ${H(`'mo' || ${m0}`)} % ${gremien})`;
    await run(
      'Sitzungen',
      `insert into meetings (id, body_id, name, number, meeting_state, cancelled, start, "end")
        select m0 + 1, ${bodyId}, 'Sitzung des ' || ($1::text[])[o],
          ($2::text[])[o] || '/' || extract(year from st)::int || '/' || lpad((row_number() over (partition by o, extract(year from st) order by m0))::text, 2, '0'),
          case when st < now() then 'durchgeführt' else 'geplant' end, false, st, st + interval '3 hours'
        from (select m0, ${meetingOrg('m0')} as o,
            (timestamp '2016-01-04' + (m0 * ${DAYS} / ${MEETINGS}) * interval '1 day'
              + case m0 % 3 when 0 then interval '15 hours' when 1 then interval '17 hours' else interval '18 hours 30 minutes' end) at time zone 'Europe/Berlin' as st
          from generate_series(0, ${MEETINGS - 1}) m0) s`,
      [orgs.map((o) => o.genitive ?? o.name), orgs.map((o) => o.shortName ?? '')],
    );
    await run(
      'Sitzungen–Gremien',
      `insert into meeting_organizations (body_id, meeting_id, organization_id) select ${bodyId}, m0 + 1, ${meetingOrg('m0')} from generate_series(0, ${MEETINGS - 1}) m0`,
    );

    // paragraphs: general ones (topic 0) and TOPIC_PARAGRAPHS per topic, 4–9 sentences of 6–14 words:
    // 36 % function words, 0.8 % phrases, 23 % topic words (general paragraphs: general words), the rest general words
    const topicWords = flatten(data.topics.map((t) => t.words));
    const topicCount = data.topics.length;
    await loader.query(`create temp table bench_paragraphs (id int primary key, topic int not null, body text not null)`);
    const fromUnit = (hv: string) => `((${hv} / 1000) / 4294968.0)`;
    await run(
      'Absatzvorrat',
      `insert into bench_paragraphs (id, topic, body)
        select src.n, src.t, (
          select string_agg(upper(left(s.sentence, 1)) || substr(s.sentence, 2) || '.', ' ' order by s.k)
          from (
            select k.k, (
              select string_agg(case
                  when tok.hv % 1000 < 360 then ($1::text[])[1 + (tok.hv / 1000) % ${data.functionWords.length}]
                  when tok.hv % 1000 < 368 then ($3::text[])[1 + (tok.hv / 1000) % ${data.phrases.length}]
                  when src.t > 0 and tok.hv % 1000 < 600
                    then ($4::text[])[($5::int[])[src.t] + floor(($6::int[])[src.t] * power(${fromUnit('tok.hv')}, 2))::int]
                  else ($2::text[])[1 + floor(${data.generalWords.length} * power(${fromUnit('tok.hv')}, 2))::int]
                end, ' ' order by w.w)
              from generate_series(1, 6 + ${H(`'w' || src.n || ':' || k.k`)} % 9) w(w),
                lateral (select ${H(`src.n || ':' || k.k || ':' || w.w`)} as hv) tok
            ) as sentence
            from generate_series(1, 4 + ${H(`'k' || src.n`)} % 6) k(k)
          ) s)
        from (select n, case when n <= ${GENERAL_PARAGRAPHS} then 0 else ((n - ${GENERAL_PARAGRAPHS} - 1) % ${topicCount}) + 1 end as t
          from generate_series(1, ${GENERAL_PARAGRAPHS + topicCount * TOPIC_PARAGRAPHS}) n) src`,
      [data.functionWords, data.generalWords, data.phrases, topicWords.all, topicWords.starts, topicWords.lengths],
    );
    const average = Number(((await loader.query(`select avg(length(body)) a from bench_paragraphs`)).rows[0] as { a: string }).a);
    /** A paragraph of the paper's topic (6 in 10) or a general one; `hv` a hash. */
    const paragraph = (hv: string, topic: string, topicShare = 6) => `(select body from bench_paragraphs where id = case
        when ${hv} % 10 < ${topicShare} then ${GENERAL_PARAGRAPHS} + ${topic} + ${topicCount} * ((${hv} / 10) % ${TOPIC_PARAGRAPHS})
        else 1 + (${hv} / 10) % ${GENERAL_PARAGRAPHS} end)`;

    // papers: slot p (1-based) is first consulted at linked agenda item c0, its date 3 weeks before
    const types = data.paperTypes;
    const patterns = flatten(types.map((t) => t.patterns));
    const titles = flatten(data.topics.map((t) => t.titles));
    let cumulative = 0;
    const typeCase = `case ${types.map((t, i) => `when ${H(`'ty' || p`)} % 1000 < ${(cumulative += t.share)} then ${i + 1}`).join(' ')} else ${types.length} end`;
    await run(
      'Vorlagen-Schlüssel',
      `create temp table bench_paper as
        select p, d as date, extract(year from d)::int as year, type, topic, public, fraktion,
          row_number() over (partition by extract(year from d) order by p) as number,
          ${H(`'pt' || p`)} as pattern_hash, ${H(`'tt' || p`)} as title_hash
        from (select p, date '2016-01-04' + (((((p - 1) / ${SPAN}) * ${2 * SPAN} + (p - 1) % ${SPAN}) / ${LINKED_PER_MEETING}) * ${DAYS} / ${MEETINGS})::int - 21 as d,
            ${typeCase} as type, 1 + ${H(`'t' || p`)} % ${topicCount} as topic, ${H(`'pp' || p`)} % 10 <> 0 as public,
            ${H(`'fr' || p`)} % ${fraktionen.length} as fraktion
          from generate_series(1, ${PAPERS}) p) s`,
    );
    await loader.query(`alter table bench_paper add column reference text, add column name text, add column type_name text`);
    await run(
      '',
      `update bench_paper set type_name = ($1::text[])[type], reference = ($2::text[])[type] || '/' || year || '/' || number,
        name = replace(replace(replace(($3::text[])[($4::int[])[type] + pattern_hash % ($5::int[])[type]],
          '{T}', ($6::text[])[($7::int[])[topic] + title_hash % ($8::int[])[topic]]), '{F}', ($9::text[])[1 + fraktion]), '{Y}', year::text)`,
      [types.map((t) => t.name), types.map((t) => t.prefix), patterns.all, patterns.starts, patterns.lengths, titles.all, titles.starts, titles.lengths, fraktionen.map((f) => f.name)],
    );
    await loader.query(`alter table bench_paper add primary key (p); analyze bench_paper`);
    await run(
      'Vorlagen',
      `insert into papers (id, body_id, reference, slug, name, paper_type, date, public)
        select p, ${bodyId}, reference, replace(reference, '/', '-'), name, type_name, date, public from bench_paper order by p`,
    );
    await batched(
      'Vorlagen-Abschnitte',
      PAPERS,
      `insert into paper_sections (body_id, paper_id, position, kind, heading, body_html)
        select ${bodyId}, bp.p, s.s, ($3::text[])[s.s], ($4::text[])[s.s],
          (select string_agg('<p>' || ${paragraph(H(`'s' || bp.p || ':' || s.s || ':' || q.q`), 'bp.topic', 8)} || '</p>', '' order by q.q)
            from generate_series(1, 1 + ${H(`'sq' || bp.p || ':' || s.s`)} % 2) q(q))
        from bench_paper bp cross join lateral generate_series(1, 2 + ${H(`'ns' || bp.p`)} % 3) s(s)
        where bp.p between $1 and $2`,
      [data.sectionKinds.map((s) => s.kind), data.sectionKinds.map((s) => s.heading)],
    );
    await run(
      'Federführung',
      `insert into paper_directions (body_id, paper_id, organization_id) select ${bodyId}, p, ${firstUnit} + (topic - 1) % ${units} from bench_paper`,
    );
    await run(
      'Antragsteller',
      `insert into paper_originators (body_id, paper_id, organization_id) select ${bodyId}, p, ${firstFraktion} + fraktion from bench_paper where type > 2`,
    );

    // agenda items: 25 per session; positions 4–20 treat a paper (slot), the others are standard items
    const slotOf = (c0: string) => `((${c0}) / ${2 * SPAN}) * ${SPAN} + ((${c0}) % ${2 * SPAN}) % ${SPAN}`;
    const linked = `(select a, m0, pos, case when pos between ${FIRST_LINKED} and ${LAST_LINKED} then ${slotOf(`m0 * ${LINKED_PER_MEETING} + pos - ${FIRST_LINKED}`)} end as slot,
        case when pos between ${FIRST_LINKED} and ${LAST_LINKED} then ((m0 * ${LINKED_PER_MEETING} + pos - ${FIRST_LINKED}) % ${2 * SPAN}) / ${SPAN} + 1 end as cpos
      from (select a, (a - 1) / ${ITEMS_PER_MEETING} as m0, (a - 1) % ${ITEMS_PER_MEETING} + 1 as pos from generate_series($1::int, $2::int) a) g)`;
    const standard = Array.from({ length: ITEMS_PER_MEETING }, (_, i) => data.standardAgendaItems[i + 1] ?? null);
    await batched(
      'Tagesordnungspunkte',
      MEETINGS * ITEMS_PER_MEETING,
      `insert into agenda_items (id, body_id, meeting_id, number, position, name, public, result, resolution_text)
        select x.a, ${bodyId}, x.m0 + 1, case when x.pos <= 22 then 'Ö ' || x.pos else 'N ' || (x.pos - 22) end, x.pos,
          coalesce(bp.name, ($3::text[])[x.pos], 'Bericht der Verwaltung zu aktuellen Themen'),
          x.pos <= 22 and coalesce(bp.public, true), r.result,
          case when r.result like '%beschlossen' then 'Der ' || ($5::text[])[${meetingOrg('x.m0')}] || ' beschließt gemäß Beschlussvorschlag der Vorlage ' || bp.reference || '.' end
        from ${linked} x
        join meetings m on m.id = x.m0 + 1
        left join bench_paper bp on bp.p = x.slot + 1
        cross join lateral (select case when bp.p is not null and m.start < now() then ($4::text[])[1 + ${H(`'res' || x.a`)} % ${data.agendaResults.length}] end as result) r`,
      [standard, data.agendaResults, orgs.map((o) => o.name)],
    );
    await run(
      'Beratungsfolge',
      `insert into consultations (body_id, paper_id, position, organization_id, meeting_id, agenda_item_id, role, authoritative)
        select ${bodyId}, x.slot + 1, x.cpos, ${meetingOrg('x.m0')}, x.m0 + 1, x.a, case when x.cpos = 1 then 'Vorberatung' else 'Entscheidung' end, x.cpos = 2
        from ${linked} x where x.slot < ${PAPERS} order by x.slot, x.cpos`,
      [1, MEETINGS * ITEMS_PER_MEETING],
    );

    // attachments: 3 per paper (main + 2 auxiliary), 3–10 KB, a form feed every 4 paragraphs
    const rare = `case when ${H(`'rare' || x.f`)} % 6000 = 0
      then E'\\n\\nIm Zusammenhang mit dem Thema ' || ($4::text[])[1 + ${H(`'rw' || x.f`)} % ${data.rareWords.length}] || ' wird auf die gesonderte Stellungnahme verwiesen.' else '' end`;
    await batched(
      'Anlagen',
      PAPERS * 3,
      `insert into files (id, body_id, name, file_name, mime_type, size, sha256, storage_key, text, text_state, text_method, text_pages, text_attempts, date, public)
        select x.f, ${bodyId},
          case when x.slot = 0 then bp.type_name || ' ' || bp.reference else 'Anlage ' || x.slot || ' – ' || ($3::text[])[1 + ${H(`'at' || x.f`)} % ${data.attachmentTitles.length}] end,
          lower(replace(bp.reference, '/', '-')) || case when x.slot = 0 then '' else '-anlage-' || x.slot end || '.pdf',
          'application/pdf', octet_length(t.body) * 3 + 20000, x.sha, 'bench/' || substr(x.sha, 1, 2) || '/' || x.sha,
          t.body, 'done', 'pdf', 1 + (kk.k - 1) / 4, 1, bp.date, true
        from (select f, (f - 1) / 3 + 1 as p, (f - 1) % 3 as slot, md5('f' || f) || md5('g' || f) as sha from generate_series($1::int, $2::int) f) x
        join bench_paper bp on bp.p = x.p
        cross join lateral (select greatest(4, round((3000 + ${H(`'len' || x.f`)} % 7001) / ${average.toFixed(3)}))::int as k) kk
        cross join lateral (
          select string_agg(${paragraph('g.hv', 'bp.topic')}, case when g.j % 4 = 1 then E'\\f' else E'\\n\\n' end order by g.j) || ${rare} as body
          from (select j, ${H(`x.f || ':' || j`)} as hv from generate_series(1, kk.k) j) g) t`,
      [data.attachmentTitles, data.rareWords],
    );
    await run(
      'Vorlagen–Anlagen',
      `insert into paper_files (body_id, paper_id, file_id, role, position)
        select ${bodyId}, (f - 1) / 3 + 1, f, case when (f - 1) % 3 = 0 then 'main' else 'auxiliary' end, (f - 1) % 3 from generate_series(1, ${PAPERS * 3}) f`,
    );
    // identities continue after the explicit ids
    for (const table of ['organizations', 'persons', 'meetings', 'agenda_items', 'papers', 'files']) {
      await loader.query(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
    }
    // statistics before the index build: without them the planner takes the fresh tables as
    // small and the file builder's subqueries take minutes per chunk of 5,000
    await run('', 'analyze');
    return bodyId;
  } finally {
    await loader.end();
  }
}

async function buildIndex(database: Database, url: string): Promise<number> {
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
  installCapture();
  captured.length = 0;
  capturing = true;
  try {
    const { result } = await timed('Suchindex (markWholeIndexDirty + refreshSearchIndex)', () => refreshSearchIndex(database.db));
    log(`  ${result.rebuilt} Einträge gebaut (mit Abhängigen)`);
    return performance.now() - started;
  } finally {
    capturing = false;
    clearInterval(progress);
    await watcher.end();
    // where the refresh spends its time, by statement
    const byStatement = new Map<string, { n: number; ms: number }>();
    for (const c of captured) {
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
    captured.length = 0;
  }
}

interface Sizes {
  rows: Array<{ relation: string; bytes: number }>;
}

async function sizes(client: pg.Client): Promise<Sizes> {
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

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface Sample {
  query: string;
  ms: number;
}

/** `clients` loops through the set, each from another offset, until time is up and every query ran. */
async function load(database: Database, bodyId: number, set: string[], clients: number, durationS: number): Promise<Sample[]> {
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

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

function stats(values: number[], percentile: BenchHelpers['percentile']): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

interface Captured {
  text: string;
  values: unknown[];
  ms: number;
}

/** Records every statement of every pg.Client while `capturing` is set (no change to src/). */
const captured: Captured[] = [];
let capturing = false;
let installed = false;
function installCapture(): void {
  if (installed) return;
  installed = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => Promise<unknown> };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    if (!capturing) return original.apply(this, args);
    const [config, params] = args;
    const text = typeof config === 'string' ? config : ((config as { text?: string }).text ?? '');
    const values = (Array.isArray(params) ? params : (config as { values?: unknown[] }).values) ?? [];
    const started = performance.now();
    const entry: Captured = { text, values, ms: 0 };
    captured.push(entry);
    const done = () => (entry.ms = performance.now() - started);
    // pg-pool passes a callback; drizzle and others use the promise
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (...results: unknown[]) => {
        done();
        return (callback as (...r: unknown[]) => unknown)(...results);
      };
      return original.apply(this, args);
    }
    return original.apply(this, args).then((r) => {
      done();
      return r;
    });
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of the statements of the slowest queries; the full plans go to a file. */
async function explainSlowest(database: Database, client: pg.Client, bodyId: number, slowest: string[]): Promise<string> {
  const file = path.join(os.tmpdir(), 'gremia-search-explain.txt');
  const out: string[] = [];
  for (const q of slowest) {
    captured.length = 0;
    capturing = true;
    const started = performance.now();
    await search(database.db, { bodyId, viewer: anonymous, q, ...limitOverride });
    const total = performance.now() - started;
    capturing = false;
    const statements = [...captured];
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
      const interesting = lines.filter((l) => /Scan|Execution Time|Planning Time|Sort Method|Heap Blocks|Recheck|Rows Removed|Buffers: shared/.test(l)).slice(0, 14);
      for (const l of interesting) console.log(`        ${l.trim().slice(0, 150)}`);
    }
  }
  await fs.writeFile(file, out.join('\n'));
  return file;
}

async function paperPage(h: BenchHelpers, url: string, slug: string): Promise<{ ceiling: RouteMeasurement; paper: RouteMeasurement }> {
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
      log(`erzeuge ${PAPERS} Vorlagen, ${PAPERS * 3} Anlagen, ${MEETINGS} Sitzungen, ${MEETINGS * ITEMS_PER_MEETING} Tagesordnungspunkte (PostgreSQL, ${os.cpus().length} Kerne)`);
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

    const reference = (
      (await client.query(`select reference from papers where public and paper_type = 'Beschlussvorlage' and reference like 'VO/2021/1___' order by id limit 1`)).rows[0] ??
      (await client.query(`select reference from papers where public and paper_type = 'Beschlussvorlage' order by id limit 1`)).rows[0]
    ) as { reference: string };
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
    const per = (samples: Sample[], q: string) => stats(samples.filter((s) => s.query === q).map((s) => s.ms), h.percentile);
    const overallOne = stats(one.map((s) => s.ms), h.percentile);
    const overallEight = stats(eight.map((s) => s.ms), h.percentile);
    const rows = set.map((q) => ({ q, one: per(one, q), eight: per(eight, q), matches: matches.get(q) ?? 0 }));

    installCapture();
    const slowest = [...rows].sort((a, b) => b.one.p50 - a.one.p50).slice(0, explainCount).map((r) => r.q);
    const explainFile = explainCount > 0 ? await explainSlowest(database, client, bodyId, slowest) : null;

    // a public Beschlussvorlage with two consultations from the middle of the body
    const slug = (
      (await client.query(`select slug from (select slug, row_number() over (order by id) n, count(*) over () total from papers p
        where public and paper_type = 'Beschlussvorlage' and (select count(*) from consultations c where c.paper_id = p.id) = 2) s
        where n = total / 2 + 1`)).rows[0] as { slug: string }
    ).slug;
    const page = await paperPage(h, databaseUrl, slug);
    const ratio = page.paper.requestsPerSecond / page.ceiling.requestsPerSecond;

    const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
    const lines: string[] = [];
    lines.push(`Suche bei ${counts['papers']?.toLocaleString('de-DE')} Vorlagen, ${counts['files']?.toLocaleString('de-DE')} Anlagen (Ø ${((counts['avg_text'] ?? 0) / 1024).toFixed(1)} KB Text), ${counts['items']?.toLocaleString('de-DE')} Tagesordnungspunkten, ${counts['entries']?.toLocaleString('de-DE')} Indexeinträgen; PostgreSQL, ${os.cpus().length} Kerne, ${seconds} s je Phase`);
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
    lines.push(`| **alle** | | **${f(overallOne.p50)}** | **${f(overallOne.p95)}** | **${f(overallEight.p50)}** | **${f(overallEight.p95)}** | **${f(overallEight.p99)}** |`);
    lines.push('');
    lines.push(`1 Client: ${overallOne.n} Anfragen, p50 ${f(overallOne.p50)} / p95 ${f(overallOne.p95)} / p99 ${f(overallOne.p99)} ms (${(overallOne.n / seconds).toFixed(1)}/s)`);
    lines.push(`${CLIENTS} Clients: ${overallEight.n} Anfragen, p50 ${f(overallEight.p50)} / p95 ${f(overallEight.p95)} / p99 ${f(overallEight.p99)} ms (${(overallEight.n / seconds).toFixed(1)}/s)`);
    lines.push(`Ziel p95 < ${TARGET_MS} ms bei ${CLIENTS} Clients: ${overallEight.p95 < TARGET_MS ? 'erreicht' : 'verfehlt'} (${rows.filter((r) => r.eight.p95 >= TARGET_MS).length} von ${rows.length} Anfragen darüber)`);
    lines.push('');
    lines.push(`| Route (${h.connections} Verbindungen, ohne Cache) | Anfragen/s | p50 ms | p95 ms | p99 ms |`, '|---|---:|---:|---:|---:|');
    const route = (name: string, m: RouteMeasurement) => `| ${name} | ${m.requestsPerSecond.toFixed(0)} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.p99.toFixed(1)} |`;
    lines.push(route('/healthz', page.ceiling), route(`/vorlagen/${slug}`, page.paper));
    lines.push('');
    lines.push(`Vorlagenseite/Decke: ${(ratio * 100).toFixed(1)} % (kleiner Demo-Kreis vorher: ${(EARLIER_RATIO * 100).toFixed(1)} %) – ${ratio >= EARLIER_RATIO * 0.9 ? 'gehalten' : 'gesunken'}`);
    if (explainFile) lines.push(`EXPLAIN (ANALYZE, BUFFERS) der langsamsten Anfragen: ${explainFile}`);
    console.log(`\n${lines.join('\n')}`);
    if (page.ceiling.errors + page.ceiling.non2xx + page.paper.errors + page.paper.non2xx > 0) process.exitCode = 1;
  } finally {
    await client.end().catch(() => undefined);
    await database.close();
    if (process.env['BENCH_DROP'] === '1') await adminQuery(h.adminUrl, `drop database if exists ${DATABASE} with (force)`);
    else log(`Datenbank ${DATABASE} bleibt erhalten (BENCH_REUSE=1 verwendet sie wieder, BENCH_DROP=1 löscht sie)`);
  }
}
