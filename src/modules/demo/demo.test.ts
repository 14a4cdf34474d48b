/**
 * Tests of the demo data: generation is deterministic, PDFs carry their German text, and a
 * load into a fresh database yields the promised shape on every engine.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { testEngines } from '../../../test/helpers/db.ts';
import type { Database } from '../../db/client.ts';
import { files } from '../files/files.tables.ts';
import { LocalDiskStorage, sha256Hex } from '../../infra/storage.ts';
import { agendaItems, meetingFiles, meetings } from '../meetings/meetings.tables.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { consultations, paperFiles, papers, paperSections, type PaperSectionKind } from '../papers/papers.tables.ts';
import { memberships, persons } from '../people/people.tables.ts';
import {
  DEMO_ANCHOR_DATE,
  DEMO_BODY_KEY,
  DemoAlreadyLoadedError,
  documentText,
  generateDemoData,
  isDatabaseEmpty,
  loadDemoData,
  renderDemoPdf,
  type DemoSummary,
} from './index.ts';

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('demo generation', () => {
  const data = generateDemoData();

  it('yields deep-equal data for the same seed and different data for another', () => {
    assert.deepStrictEqual(generateDemoData(), data);
    assert.notDeepStrictEqual(
      generateDemoData(7).papers.map((p) => p.name),
      data.papers.map((p) => p.name),
    );
  });

  it('dates meetings around the anchor: held before it, invited within three weeks, planned later', () => {
    const anchor = Date.parse(`${DEMO_ANCHOR_DATE}T00:00:00+01:00`);
    for (const m of data.meetings) {
      const start = Date.parse(m.start);
      if (m.cancelled) assert.equal(m.meetingState, 'abgesagt');
      else if (start < anchor) assert.equal(m.meetingState, 'durchgeführt', m.key);
      else assert.ok(m.meetingState === 'eingeladen' || m.meetingState === 'geplant', m.key);
    }
    assert.ok(data.meetings.some((m) => m.cancelled));
    // 17:00 in winter is 16:00 UTC, in summer 15:00 UTC
    const council = data.meetings.find((m) => m.key === 'KT/2025/04');
    assert.equal(council?.start, '2025-12-11T16:00:00.000Z');
    assert.equal(data.meetings.find((m) => m.key === 'KT/2025/02')?.start, '2025-06-26T15:00:00.000Z');
  });

  it('keeps agendas between 6 and 15 items and the Beratungsfolge in date order', () => {
    const startOf = new Map(data.meetings.map((m) => [m.key, m.start]));
    for (const m of data.meetings.filter((x) => x.agendaItems.length > 0)) {
      assert.ok(m.agendaItems.length >= 6 && m.agendaItems.length <= 15, `${m.key}: ${m.agendaItems.length}`);
    }
    for (const p of data.papers) {
      const starts = p.consultations.flatMap((c) => (c.meetingKey ? [startOf.get(c.meetingKey) ?? ''] : []));
      assert.deepStrictEqual(starts, [...starts].sort(), p.reference);
      assert.ok(
        starts.every((s) => s.slice(0, 10) > p.date),
        p.reference,
      );
    }
  });

  it('never puts one paper, or two of the same title, on one session’s agenda twice', () => {
    for (const m of data.meetings) {
      const names = m.agendaItems.map((item) => item.name);
      assert.equal(new Set(names).size, names.length, `${m.key}: ${names.filter((n, i) => names.indexOf(n) !== i).join(', ')}`);
    }
    for (const p of data.papers) {
      const meetingKeys = p.consultations.flatMap((c) => (c.meetingKey ? [c.meetingKey] : []));
      // a vertagt step returns at a later session, never at the same one
      assert.equal(new Set(meetingKeys).size, meetingKeys.length, p.reference);
    }
  });

  it('relates some papers to each other beside the answers to Anfragen', () => {
    const related = data.relations.filter((r) => r.kind === 'related');
    assert.ok(related.length >= 10, `${related.length} related papers`);
    assert.ok(data.relations.some((r) => r.kind === 'superordinated'));
  });

  it('renders byte-identical PDFs whose text unpdf reads back, umlauts included', async () => {
    const paper = data.papers.find((p) => p.paperType === 'Beschlussvorlage' && p.public && p.files.length > 0);
    const file = data.files.find((f) => f.key === paper?.files[0]?.fileKey);
    assert.ok(paper && file);
    const first = await renderDemoPdf(file, 'Kreis Nordheide');
    assert.equal(sha256Hex(await renderDemoPdf(file, 'Kreis Nordheide')), sha256Hex(first));
    const text = await pdfText(first);
    for (const expected of [
      'Kreis Nordheide',
      `Beschlussvorlage ${paper.reference}`,
      'Relevanz für den Klimaschutz',
      'Finanzielle Auswirkungen',
      'Beratungsfolge',
    ]) {
      assert.ok(text.includes(expected), `missing „${expected}“ in ${text.slice(0, 200)}`);
    }
    // every word of the stored text is in the PDF, in order (the PDF only breaks lines)
    assert.equal(text.replace(/ /g, ''), documentText(file).replace(/\s+/g, ''));
  });
});

for (const engine of testEngines()) {
  describe(`demo load on ${engine.name}`, () => {
    let database: Database;
    let storageDir: string;
    let storage: LocalDiskStorage;
    let summary: DemoSummary;
    // count(*) is a bigint, which node-postgres returns as a string: cast it in SQL
    const total = sql<number>`count(*)::int`;
    const count = async (table: PgTable, where: SQL): Promise<number> => {
      const [row] = await database.db.select({ n: total }).from(table).where(where);
      return row?.n ?? Number.NaN;
    };

    before(async () => {
      database = await engine.open();
      storageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gremia-demo-test-'));
      storage = new LocalDiskStorage(storageDir);
      assert.equal(await isDatabaseEmpty(database.db), true);
      summary = await loadDemoData(database.db, storage);
    });

    after(async () => {
      await database.close();
      await fs.rm(storageDir, { recursive: true, force: true });
    });

    it('creates the body and refuses a second load', async () => {
      assert.equal(summary.bodyKey, DEMO_BODY_KEY);
      assert.equal(await isDatabaseEmpty(database.db), false);
      await assert.rejects(loadDemoData(database.db, storage), DemoAlreadyLoadedError);
    });

    it('has the organizations, persons, meetings and papers of a Kreis', async () => {
      const all = sql`true`;
      assert.equal(await count(organizations, sql`${organizations.classification} = 'Kreistag' and ${organizations.organizationType} = 'Gremium'`), 1);
      const committees = await count(organizations, eq(organizations.classification, 'Ausschuss'));
      assert.ok(committees >= 6 && committees <= 10, `${committees} Ausschüsse`);
      assert.ok((await count(organizations, eq(organizations.classification, 'Beirat'))) >= 2);
      const factions = await count(organizations, eq(organizations.organizationType, 'Fraktion'));
      assert.ok(factions >= 4 && factions <= 6, `${factions} Fraktionen`);
      assert.ok((await count(persons, all)) >= 50);
      assert.ok((await count(meetings, all)) >= 140);
      assert.ok((await count(papers, all)) >= 550);
      assert.equal(await count(files, all), summary.counts.files);
      assert.ok((await count(memberships, eq(memberships.endDate, '2023-05-31'))) > 0);
    });

    it('has non-public papers, agenda items and files, and no public file names a non-public paper', async () => {
      assert.ok((await count(papers, eq(papers.public, false))) > 0);
      assert.ok((await count(agendaItems, eq(agendaItems.public, false))) > 0);
      assert.equal(
        await count(
          paperFiles,
          sql`exists (select 1 from ${papers}, ${files} where ${papers.id} = ${paperFiles.paperId}
        and ${files.id} = ${paperFiles.fileId} and not ${papers.public} and ${files.public})`,
        ),
        0,
      );
      assert.equal(
        await count(
          files,
          sql`${files.public} and exists (select 1 from ${papers} where not ${papers.public}
        and position(${papers.name} in ${files.text}) > 0)`,
        ),
        0,
      );
    });

    it('gives every Beschlussvorlage its four sections', async () => {
      const has = (kinds: PaperSectionKind[]) => sql`exists (select 1 from ${paperSections} where ${paperSections.paperId} = ${papers.id}
        and ${inArray(paperSections.kind, kinds)})`;
      const complete = sql`${has(['Sachverhalt'])} and ${has(['Beschlussempfehlung', 'Beschlussvorschlag'])}
        and ${has(['Relevanz für den Klimaschutz'])} and ${has(['Finanzielle Auswirkungen'])}`;
      assert.ok((await count(papers, eq(papers.paperType, 'Beschlussvorlage'))) > 200);
      assert.equal(await count(papers, sql`${papers.paperType} = 'Beschlussvorlage' and not (${complete})`), 0);
    });

    it('points every consultation with an agenda item at an item of its meeting named like the paper', async () => {
      assert.ok((await count(consultations, isNotNull(consultations.agendaItemId))) > 500);
      const mismatched = sql`exists (select 1 from ${agendaItems}, ${papers} where ${agendaItems.id} = ${consultations.agendaItemId}
        and ${papers.id} = ${consultations.paperId} and (${consultations.meetingId} is distinct from ${agendaItems.meetingId}
        or ${agendaItems.name} <> ${papers.name} or ${agendaItems.public} <> ${papers.public}))`;
      assert.equal(await count(consultations, mismatched), 0);
      assert.equal(await count(consultations, sql`${consultations.meetingId} is not null and ${consultations.agendaItemId} is null`), 0);
    });

    it('stores the text of its PDFs, so that no file waits for text extraction', async () => {
      assert.ok(summary.counts.files > 100);
      assert.equal(await count(files, sql`${files.textState} <> 'done' or ${files.text} is null or ${files.text} = ''`), 0);
    });

    it('stores real PDFs whose bytes match size and hash', async () => {
      const [row] = await database.db
        .select({ storageKey: files.storageKey, sha256: files.sha256, size: files.size })
        .from(files)
        .innerJoin(meetingFiles, eq(meetingFiles.fileId, files.id))
        .where(eq(meetingFiles.role, 'resultsProtocol'))
        .orderBy(files.id)
        .limit(1);
      assert.ok(row);
      const bytes = await storage.get(row.storageKey);
      assert.ok(bytes);
      assert.equal(bytes.byteLength, row.size);
      assert.equal(sha256Hex(bytes), row.sha256);
      const text = await pdfText(bytes);
      assert.ok(text.includes('Niederschrift') && text.includes('Öffentlicher Teil'), text.slice(0, 200));
    });
  });
}
