/**
 * The generated Landkreis of `npm run bench -- search` (see bench/search.ts): server-side SQL
 * (insert … select from generate_series, in batches) on one connection with
 * `session_replication_role = replica`, so the row triggers (change notify, search marking,
 * foreign keys) stay quiet. Deterministic: every choice comes from `hashtext()` of the row
 * number, the words from bench/search-data.ts.
 */
import pg from 'pg';
import {
  agendaItems,
  bodies,
  consultations,
  files,
  legislativeTerms,
  meetingOrganizations,
  meetings,
  memberships,
  organizations,
  paperDirections,
  paperFiles,
  paperOriginators,
  paperSections,
  papers,
  persons,
} from '../src/db/schema.ts';
import { identityAfterExplicitIds, insertTarget } from './columns.ts';
import * as data from './search-data.ts';
import { BODY_KEY, ITEMS_PER_MEETING, log, MEETINGS, PAPERS } from './search-config.ts';

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

export async function generate(url: string): Promise<number> {
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
      `insert into ${insertTarget(bodies, 'key', 'name', 'shortName', 'website', 'license', 'ags', 'classification', 'contactEmail')}
        values ($1, 'Landkreis Suchhausen', 'LK Suchhausen', 'https://www.landkreis-suchhausen.example', 'CC-BY-4.0', '03999000', 'Landkreis', 'kreistag@landkreis-suchhausen.example')
        returning id`,
      [BODY_KEY],
    );
    const bodyId = (body.rows[0] as { id: number }).id;
    await run(
      '',
      `insert into ${insertTarget(legislativeTerms, 'bodyId', 'name', 'startDate', 'endDate')} values
      (${bodyId}, 'Wahlperiode 2016–2021', '2016-11-01', '2021-10-31'), (${bodyId}, 'Wahlperiode 2021–2026', '2021-11-01', '2026-10-31')`,
    );

    // organizations: ids 1–20 Gremien, 21–27 Fraktionen, 28–40 Verwaltung
    const orgs = data.organizations;
    const gremien = orgs.filter((o) => o.type === 'Gremium').length;
    const fraktionen = orgs.filter((o) => o.type === 'Fraktion');
    const firstFraktion = orgs.findIndex((o) => o.type === 'Fraktion') + 1;
    const firstUnit = orgs.findIndex((o) => o.type === 'Verwaltungsbereich') + 1;
    const units = orgs.length - firstUnit + 1;
    await run(
      'Gremien, Fraktionen, Verwaltung',
      `insert into ${insertTarget(organizations, 'id', 'bodyId', 'name', 'shortName', 'organizationType', 'classification', 'startDate', 'position')}
        select i, ${bodyId}, n, s, t, c, '2016-11-01', i from unnest($1::text[], $2::text[], $3::text[], $4::text[]) with ordinality u(n, s, t, c, i)`,
      [orgs.map((o) => o.name), orgs.map((o) => o.shortName), orgs.map((o) => o.type), orgs.map((o) => o.classification)],
    );
    await run(
      'Personen',
      `insert into ${insertTarget(persons, 'id', 'bodyId', 'familyName', 'givenName', 'formOfAddress', 'title', 'status')}
        select i, ${bodyId}, ($2::text[])[1 + (i * 13) % ${data.familyNames.length}], ($1::text[])[1 + (i * 7) % ${data.givenNames.length}],
          case when ((i * 7) % ${data.givenNames.length}) < 20 then 'Frau' else 'Herr' end,
          case when i % 11 = 0 then '{Dr.}'::text[] else '{}'::text[] end,
          case when i <= 70 then '{Kreistagsabgeordnete}'::text[] else '{sachkundige Einwohner}'::text[] end
        from generate_series(1, 150) i`,
      [data.givenNames, data.familyNames],
    );
    await run(
      'Mitgliedschaften',
      `insert into ${insertTarget(memberships, 'bodyId', 'personId', 'organizationId', 'role', 'startDate', 'onBehalfOfId')}
        select ${bodyId}, i, 1, case when i = 1 then 'Vorsitz' else 'Mitglied' end, date '2021-11-01', ${firstFraktion} + i % ${fraktionen.length} from generate_series(1, 70) i
        union all select ${bodyId}, i, 2 + i % ${gremien - 1}, case when i % 19 = 0 then 'Vorsitz' else 'Mitglied' end, date '2021-11-01', null from generate_series(1, 150) i
        union all select ${bodyId}, i, 2 + (i * 5 + 3) % ${gremien - 1}, 'stellv. Mitglied', date '2021-11-01', null from generate_series(1, 150) i where (i * 5 + 3) % ${gremien - 1} <> i % ${gremien - 1}
        union all select ${bodyId}, i, ${firstFraktion} + i % ${fraktionen.length}, 'Mitglied', date '2021-11-01', null from generate_series(1, 70) i`,
    );

    // sessions: spread over DAYS from 2016-01-04, three a day, one Gremium each
    const meetingOrg = (m0: string) => `(1 + ${H(`'mo' || ${m0}`)} % ${gremien})`;
    await run(
      'Sitzungen',
      `insert into ${insertTarget(meetings, 'id', 'bodyId', 'name', 'number', 'meetingState', 'cancelled', 'start', 'end')}
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
      `insert into ${insertTarget(meetingOrganizations, 'bodyId', 'meetingId', 'organizationId')} select ${bodyId}, m0 + 1, ${meetingOrg('m0')} from generate_series(0, ${MEETINGS - 1}) m0`,
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
      [
        types.map((t) => t.name),
        types.map((t) => t.prefix),
        patterns.all,
        patterns.starts,
        patterns.lengths,
        titles.all,
        titles.starts,
        titles.lengths,
        fraktionen.map((f) => f.name),
      ],
    );
    await loader.query(`alter table bench_paper add primary key (p); analyze bench_paper`);
    await run(
      'Vorlagen',
      `insert into ${insertTarget(papers, 'id', 'bodyId', 'reference', 'slug', 'name', 'paperType', 'date', 'public')}
        select p, ${bodyId}, reference, replace(reference, '/', '-'), name, type_name, date, public from bench_paper order by p`,
    );
    await batched(
      'Vorlagen-Abschnitte',
      PAPERS,
      `insert into ${insertTarget(paperSections, 'bodyId', 'paperId', 'position', 'kind', 'heading', 'bodyHtml')}
        select ${bodyId}, bp.p, s.s, ($3::text[])[s.s], ($4::text[])[s.s],
          (select string_agg('<p>' || ${paragraph(H(`'s' || bp.p || ':' || s.s || ':' || q.q`), 'bp.topic', 8)} || '</p>', '' order by q.q)
            from generate_series(1, 1 + ${H(`'sq' || bp.p || ':' || s.s`)} % 2) q(q))
        from bench_paper bp cross join lateral generate_series(1, 2 + ${H(`'ns' || bp.p`)} % 3) s(s)
        where bp.p between $1 and $2`,
      [data.sectionKinds.map((s) => s.kind), data.sectionKinds.map((s) => s.heading)],
    );
    await run(
      'Federführung',
      `insert into ${insertTarget(paperDirections, 'bodyId', 'paperId', 'organizationId')} select ${bodyId}, p, ${firstUnit} + (topic - 1) % ${units} from bench_paper`,
    );
    await run(
      'Antragsteller',
      `insert into ${insertTarget(paperOriginators, 'bodyId', 'paperId', 'organizationId')} select ${bodyId}, p, ${firstFraktion} + fraktion from bench_paper where type > 2`,
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
      `insert into ${insertTarget(agendaItems, 'id', 'bodyId', 'meetingId', 'number', 'position', 'name', 'public', 'result', 'resolutionText')}
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
      `insert into ${insertTarget(consultations, 'bodyId', 'paperId', 'position', 'organizationId', 'meetingId', 'agendaItemId', 'role', 'authoritative')}
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
      `insert into ${insertTarget(files, 'id', 'bodyId', 'name', 'fileName', 'mimeType', 'size', 'sha256', 'storageKey', 'text', 'textState', 'textMethod', 'textPages', 'textAttempts', 'date', 'public')}
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
      `insert into ${insertTarget(paperFiles, 'bodyId', 'paperId', 'fileId', 'role', 'position')}
        select ${bodyId}, (f - 1) / 3 + 1, f, case when (f - 1) % 3 = 0 then 'main' else 'auxiliary' end, (f - 1) % 3 from generate_series(1, ${PAPERS * 3}) f`,
    );
    // identities continue after the explicit ids
    for (const table of [organizations, persons, meetings, agendaItems, papers, files]) await loader.query(identityAfterExplicitIds(table));
    // statistics before the index build: without them the planner takes the fresh tables as
    // small and the file builder's subqueries take minutes per chunk of 5,000
    await run('', 'analyze');
    return bodyId;
  } finally {
    await loader.end();
  }
}
