/**
 * @module files/ocr
 * Text recognition for scanned PDFs: poppler's `pdftoppm` renders the pages, `tesseract` reads them.
 * Both are external programs (Debian: poppler-utils, tesseract-ocr, tesseract-ocr-deu); without them
 * `ocrAvailable()` is false and scanned PDFs simply keep no text.
 */
import { execFile, type ExecFileOptions } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Thrown for a file that cannot be read; `permanent` = retrying will not help. Message in German, for admins. */
export class TextExtractionError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'TextExtractionError';
  }
}

export interface OcrOptions {
  maxPages: number;
  timeoutMs: number;
  language: string;
}

interface RunResult {
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], options: ExecFileOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      // SIGKILL: tesseract may ignore SIGTERM while deep in recognition; the deadline must hold
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, killSignal: 'SIGKILL', windowsHide: true, ...options },
      (error, stdout, stderr) => {
        if (error) reject(Object.assign(error, { stderr: String(stderr) }));
        else resolve({ stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

let available: Promise<boolean> | undefined;

/** Whether `tesseract` (with the `deu` language) and `pdftoppm` are on PATH; checked once per process. */
export function ocrAvailable(): Promise<boolean> {
  available ??= (async () => {
    try {
      const langs = await run('tesseract', ['--list-langs'], { timeout: 10_000 });
      // older tesseract versions print the list to stderr
      const names = `${langs.stdout}\n${langs.stderr}`.split(/\r?\n/).map((l) => l.trim());
      if (!names.includes('deu')) return false;
      await run('pdftoppm', ['-v'], { timeout: 10_000 });
      return true;
    } catch {
      return false;
    }
  })();
  return available;
}

function seconds(ms: number): string {
  return (ms / 1000).toLocaleString('de-DE', { maximumFractionDigits: 3 });
}

function detail(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const text = typeof stderr === 'string' && stderr.trim() !== '' ? stderr : error instanceof Error ? error.message : String(error);
  return text.trim().split(/\r?\n/).slice(-3).join(' ').slice(0, 500);
}

/** Page number of a pdftoppm output file (`page-7.png`, `page-07.png`, …). */
function pageNumber(fileName: string): number | null {
  const match = /^page-(\d+)\.png$/.exec(fileName);
  return match ? Number(match[1]) : null;
}

/**
 * OCR text of each page of a PDF with `pages` pages; pages after `maxPages` stay empty.
 * The whole run (rendering and recognition) stays within `timeoutMs`, then the programs are killed.
 */
export async function ocrPdfPages(bytes: Uint8Array, pages: number, options: OcrOptions): Promise<string[]> {
  const timeoutMs = Math.max(1, Math.floor(options.timeoutMs));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const { signal } = controller;
  const timedOut = () => new TextExtractionError(`Texterkennung (OCR) nach ${seconds(timeoutMs)} s abgebrochen`, false);
  const lastPage = Math.max(0, Math.min(pages, Math.floor(options.maxPages)));
  const texts = Array.from({ length: pages }, () => '');
  let dir: string | undefined;
  try {
    if (lastPage === 0) return texts;
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gremia-ocr-'));
    if (signal.aborted) throw timedOut();
    const pdfPath = path.join(dir, 'input.pdf');
    await fs.writeFile(pdfPath, bytes);
    if (signal.aborted) throw timedOut();
    try {
      await run('pdftoppm', ['-r', '200', '-gray', '-png', '-f', '1', '-l', String(lastPage), pdfPath, path.join(dir, 'page')], {
        signal,
      });
    } catch (error) {
      if (signal.aborted) throw timedOut();
      throw new TextExtractionError(`PDF-Seiten konnten nicht für die Texterkennung gerendert werden: ${detail(error)}`, true);
    }
    const images = (await fs.readdir(dir))
      .map((name) => ({ name, page: pageNumber(name) }))
      .filter((f): f is { name: string; page: number } => f.page !== null && f.page >= 1 && f.page <= pages)
      .sort((a, b) => a.page - b.page);
    for (const image of images) {
      if (signal.aborted) throw timedOut();
      try {
        const { stdout } = await run('tesseract', [path.join(dir, image.name), 'stdout', '-l', options.language], {
          signal,
          // one thread per page: OpenMP threads mostly add overhead here and would compete with the web server
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        });
        texts[image.page - 1] = stdout;
      } catch (error) {
        if (signal.aborted) throw timedOut();
        // a broken installation (e.g. missing language data) rather than a broken file: may work later
        throw new TextExtractionError(`Texterkennung (OCR) fehlgeschlagen (Seite ${image.page}): ${detail(error)}`, false);
      }
    }
    return texts;
  } finally {
    clearTimeout(timer);
    if (dir) await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
