import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { browserSkip, launchChromium } from '../../../test/helpers/browser.ts';
import { ocrAvailable } from './ocr.ts';
import { extractFileText, TextExtractionError, ocrAvailable as reexported } from './text-extraction.ts';

const skip: string | false = !(await ocrAvailable())
  ? 'tesseract with German (tesseract-ocr-deu) or pdftoppm (poppler-utils) missing: OCR tests skipped'
  : browserSkip;

const pageWords = ['Niederschrift Kreisausschuss Radverkehrskonzept 2026', 'Tagesordnung Haushaltssatzung Kreistag'];
const ocr = (o: Partial<{ maxPages: number; timeoutMs: number }> = {}) => ({
  ocr: { maxPages: o.maxPages ?? 10, timeoutMs: o.timeoutMs ?? 120_000, language: 'deu' },
});

let browser: Browser | undefined;
let scan: Uint8Array;

/** A scan: each page is only a picture of text rendered by Chromium, no text layer. */
async function scannedPdf(texts: string[]): Promise<Uint8Array> {
  assert.ok(browser);
  const page = await browser.newPage({ viewport: { width: 1240, height: 1754 } });
  const doc = await PDFDocument.create();
  try {
    for (const text of texts) {
      await page.setContent(
        `<!doctype html><html lang="de"><body style="margin:0;background:#fff">` +
          `<p style="margin:120px 100px;font:40px 'DejaVu Sans',Arial,sans-serif;color:#000;line-height:1.5">${text}</p></body></html>`,
      );
      const png = await page.screenshot({ type: 'png' });
      const image = await doc.embedPng(png);
      doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    }
  } finally {
    await page.close();
  }
  return doc.save();
}

/** Runs `fn` with os.tmpdir() pointing at a fresh directory; its outcome and what is left in that directory. */
async function inFreshTmp<T>(fn: () => Promise<T>): Promise<{ value?: T; error?: unknown; left: string[] }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gremia-ocr-test-'));
  const saved = process.env['TMPDIR'];
  process.env['TMPDIR'] = dir;
  try {
    const outcome: { value?: T; error?: unknown } = {};
    await fn().then(
      (value) => (outcome.value = value),
      (error: unknown) => (outcome.error = error ?? new Error('rejected')),
    );
    return { ...outcome, left: await fs.readdir(dir) };
  } finally {
    if (saved === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = saved;
    await fs.rm(dir, { recursive: true, force: true });
  }
}

before(async () => {
  if (skip) return;
  browser = await launchChromium();
  scan = await scannedPdf(pageWords);
});

after(async () => {
  await browser?.close();
});

test('ocrAvailable is cached and re-exported', async () => {
  assert.equal(reexported, ocrAvailable);
  assert.equal(typeof (await ocrAvailable()), 'boolean');
  assert.equal(ocrAvailable(), ocrAvailable());
});

test('scanned PDF: no text layer, so OCR reads it page by page', { skip }, async () => {
  const plain = await extractFileText(scan, 'application/pdf', { ocr: null });
  assert.deepEqual(plain, { text: '', pages: 2, method: 'pdf' });

  const run = await inFreshTmp(() => extractFileText(scan, 'application/pdf', ocr()));
  assert.equal(run.error, undefined);
  assert.deepEqual(run.left, [], 'temp files removed');
  assert.ok(run.value);
  const { text, pages, method } = run.value;
  assert.equal(method, 'ocr');
  assert.equal(pages, 2);
  const [first, second, ...rest] = text.split('\f');
  assert.equal(rest.length, 0);
  assert.match(first!, /radverkehrskonzept/i);
  assert.match(first!, /2026/);
  assert.match(second!, /haushaltssatzung/i);
  assert.doesNotMatch(second!, /radverkehrskonzept/i);
});

test('OCR stops at maxPages but counts all pages', { skip }, async () => {
  const result = await extractFileText(scan, 'application/pdf', ocr({ maxPages: 1 }));
  assert.ok(result);
  assert.equal(result.method, 'ocr');
  assert.equal(result.pages, 2);
  const split = result.text.split('\f');
  assert.equal(split.length, 2);
  assert.match(split[0]!, /radverkehrskonzept/i);
  assert.equal(split[1], '');
});

test('OCR timeout: a retryable TextExtractionError, children killed, temp files removed', { skip }, async () => {
  for (const timeoutMs of [1, 300]) {
    const started = Date.now();
    const { error: caught, left } = await inFreshTmp(() => extractFileText(scan, 'application/pdf', ocr({ timeoutMs })));
    const elapsed = Date.now() - started;
    assert.ok(caught instanceof TextExtractionError, `TextExtractionError for ${timeoutMs} ms, got ${String(caught)}`);
    assert.equal(caught.permanent, false);
    assert.match(caught.message, /^Texterkennung \(OCR\) nach [\d,]+ s abgebrochen$/);
    // pdf.js parsing comes before the deadline starts; the OCR itself must stop promptly
    assert.ok(elapsed < timeoutMs + 5_000, `stopped after ${elapsed} ms`);
    assert.deepEqual(left, [], 'temp files removed');
  }
});
