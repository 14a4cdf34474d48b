/**
 * `npm run bench -- text`: how fast text PDFs get their text, (1) the extraction alone and
 * (2) through the background jobs (files/text-jobs) from `pending` to `done`, on PGlite (what a
 * fresh `npm start` uses) and on PostgreSQL (BENCH_DATABASE_URL). Prints files per second.
 *
 * Environment: BENCH_TEXT_FILES (default 300), BENCH_DATABASE_URL (admin connection).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { openDatabase, type Database } from '../src/db/client.ts';
import { queryRow } from '../src/db/rows.ts';
import { z } from '../src/lib/validation.ts';
import { LocalDiskStorage } from '../src/infra/storage.ts';
import { createBody } from '../src/modules/bodies/index.ts';
import { createFile, startTextJobs } from '../src/modules/files/index.ts';
import { extractFileText } from '../src/modules/files/text-extraction.ts';

const count = Number(process.env['BENCH_TEXT_FILES'] ?? 300);

/** A three-page Beschlussvorlage-like PDF with a text layer; `n` makes each one different. */
async function textPdf(n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < 3; p++) {
    const page = doc.addPage([595, 842]);
    for (let line = 0; line < 40; line++) {
      page.drawText(`Vorlage ${n}, Seite ${p + 1}, Zeile ${line + 1}: Der Kreistag beschliesst die Gebuehrensatzung.`, {
        x: 50,
        y: 800 - line * 18,
        size: 10,
        font,
      });
    }
  }
  return doc.save();
}

async function measure(label: string, database: Database, pdfs: Uint8Array[]): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gremia-bench-text-'));
  try {
    const storage = new LocalDiskStorage(dir);
    await database.migrate();
    const body = await createBody(database.db, { key: `bench-text-${process.pid}`, name: 'Kreis Messhausen' });
    for (const [i, bytes] of pdfs.entries()) {
      await createFile(database.db, storage, { bodyId: body.id, name: `Vorlage ${i}`, fileName: `vorlage-${i}.pdf`, mimeType: 'application/pdf', bytes });
    }
    const started = performance.now();
    const jobs = await startTextJobs(database, storage, { ocr: null, sweepSeconds: 1 });
    try {
      for (;;) {
        const waiting = await queryRow(database.db, z.object({ n: z.number() }), sql`select count(*)::int as n from files where text_state = 'pending'`);
        if (waiting?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await jobs.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`(2) Hintergrundaufträge, ${label}: ${count} Dateien in ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(1)} Dateien/s`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export async function textExtractionBench(adminUrl: string): Promise<void> {
  const pdfs: Uint8Array[] = [];
  for (let i = 0; i < count; i++) pdfs.push(await textPdf(i));

  const started = performance.now();
  for (const bytes of pdfs) await extractFileText(bytes, 'application/pdf', { ocr: null });
  const seconds = (performance.now() - started) / 1000;
  console.log(`(1) Textextraktion allein: ${count} Text-PDFs (3 Seiten) in ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(1)} Dateien/s`);

  const pglite = await openDatabase({ kind: 'pglite-memory' });
  try {
    await measure('PGlite', pglite, pdfs);
  } finally {
    await pglite.close();
  }

  const name = `gremia_bench_text_${process.pid}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  try {
    await admin(`create database ${name}`);
  } catch (err) {
    console.log(`PostgreSQL übersprungen (${err instanceof Error ? err.message : String(err)})`);
    return;
  }
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const postgres = await openDatabase({ kind: 'postgres', url: url.toString() });
    try {
      await measure('PostgreSQL', postgres, pdfs);
    } finally {
      await postgres.close();
    }
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
}
