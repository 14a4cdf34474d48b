/**
 * @module files/text-extraction
 * Plain text from uploaded documents, for search and for readers without a PDF viewer:
 * PDF (text layer, or OCR for scans), DOCX, ODT, HTML and plain text. Other formats have no text (null).
 */
import { convert } from 'html-to-text';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import yauzl from 'yauzl';
import { ocrAvailable, ocrPdfPages, TextExtractionError } from './ocr.ts';

export { ocrAvailable, TextExtractionError } from './ocr.ts';

export interface ExtractionOptions {
  /** OCR for PDFs without a text layer; null = never OCR. */
  ocr: { maxPages: number; timeoutMs: number; language: string } | null;
}

export interface ExtractedText {
  /** Plain text; pages separated by '\f' for PDFs (one entry per page, even empty ones), one page for other formats. */
  text: string;
  /** Number of pages of a PDF (all pages, even when OCR stopped at maxPages); 1 for other formats. */
  pages: number;
  method: 'pdf' | 'ocr' | 'docx' | 'odt' | 'html' | 'text';
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ODT = 'application/vnd.oasis.opendocument.text';
/** Guard against zip bombs: an ODT's content.xml beyond this is not a council document. */
const MAX_ODT_CONTENT = 200 * 1024 * 1024;

/** Text per line with runs of spaces collapsed; newlines kept, at most one empty line in a row. */
function tidy(text: string): string {
  return (
    text
      .replace(/\r\n?|[\v\f\u2028\u2029\u0085]/g, '\n')
      // controls (NUL breaks PostgreSQL text), zero-width characters and soft hyphens (they split search words)
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
      .split('\n')
      .map((line) =>
        line
          .replace(/[ \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
          .replace(/ ?\t[\t ]*/g, '\t')
          .trim(),
      )
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

function charsetOf(mimeType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(mimeType);
  return match?.[1] ?? null;
}

/** The declared charset if known, else UTF-8 – and Windows-1252 for old files that are not valid UTF-8. */
function decodeText(bytes: Uint8Array, charset: string | null): string {
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes); // strips a BOM of that encoding
    } catch {
      // unknown label: guess below
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
}

async function pdfText(bytes: Uint8Array, options: ExtractionOptions): Promise<ExtractedText> {
  let pageTexts: string[];
  let pages: number;
  try {
    // unpdf takes ownership of the buffer it gets; hand it a copy. verbosity 0: no console noise from broken PDFs
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    try {
      pages = pdf.numPages;
      pageTexts = (await extractText(pdf, { mergePages: false })).text;
    } finally {
      await pdf.destroy().catch(() => undefined);
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new TextExtractionError('PDF ist passwortgeschützt; Text kann nicht gelesen werden', true);
    throw new TextExtractionError(`PDF-Datei ist beschädigt oder keine PDF-Datei (${errorText(error)})`, true);
  }
  const tidied = Array.from({ length: pages }, (_, i) => tidy(pageTexts[i] ?? ''));
  if (tidied.every((t) => t === '') && options.ocr && pages > 0 && (await ocrAvailable())) {
    const ocrTexts = await ocrPdfPages(bytes, pages, options.ocr);
    return { text: joinPages(ocrTexts.map(tidy)), pages, method: 'ocr' };
  }
  return { text: joinPages(tidied), pages, method: 'pdf' };
}

/** Pages separated by '\f'; a file without any text is '' rather than a row of form feeds. */
function joinPages(texts: string[]): string {
  return texts.every((t) => t === '') ? '' : texts.join('\f');
}

async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new TextExtractionError(`DOCX-Datei ist beschädigt oder kein Word-Dokument (${errorText(error)})`, true);
  }
}

async function readZipEntry(bytes: Uint8Array, name: string, maxSize: number): Promise<Buffer | null> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== name) continue;
      if (entry.uncompressedSize > maxSize) throw new Error(`${name} ist zu groß (${entry.uncompressedSize} Bytes)`);
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }
    return null;
  } finally {
    zip.close();
  }
}

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? whole;
  });
}

/** Text of an ODF content.xml: paragraphs and headings as lines, ODF's space/tab/line-break elements resolved. */
export function odfContentText(xml: string): string {
  const body = /<office:body\b[\s\S]*<\/office:body>/.exec(xml)?.[0] ?? xml;
  return decodeXmlEntities(
    body
      // deleted text of tracked changes is not part of the document
      .replace(/<text:tracked-changes\b[\s\S]*?<\/text:tracked-changes>/g, '')
      // source line breaks are only formatting in ODF; real ones are elements
      .replace(/[\r\n\t]+/g, ' ')
      .replace(/<text:s\b([^>]*?)\/?>/g, (_, attrs: string) => {
        const count = Number(/text:c\s*=\s*["'](\d+)["']/.exec(attrs)?.[1] ?? 1);
        return ' '.repeat(Math.min(Math.max(count, 1), 1000));
      })
      .replace(/<text:tab\b[^>]*\/?>/g, '\t')
      .replace(/<text:line-break\b[^>]*\/?>/g, '\n')
      .replace(/<\/text:(?:p|h)>|<text:(?:p|h)\b[^>]*\/>/g, '\n')
      .replace(/<[^>]*>/g, ''),
  );
}

async function odtText(bytes: Uint8Array): Promise<string> {
  let content: Buffer | null;
  try {
    content = await readZipEntry(bytes, 'content.xml', MAX_ODT_CONTENT);
  } catch (error) {
    throw new TextExtractionError(`ODT-Datei ist beschädigt oder kein OpenDocument-Text (${errorText(error)})`, true);
  }
  if (!content) throw new TextExtractionError('ODT-Datei ohne content.xml: kein OpenDocument-Text', true);
  return odfContentText(content.toString('utf8'));
}

function htmlText(html: string): string {
  const keepCase = { uppercase: false };
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'noscript', format: 'skip' },
      // no shouting: headings keep their case for search and reading
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: keepCase })),
    ],
  });
}

/**
 * Text of a file, or null for formats without text (images, archives, spreadsheets, old .doc).
 * Throws TextExtractionError for files that cannot be read.
 */
export async function extractFileText(bytes: Uint8Array, mimeType: string, options: ExtractionOptions): Promise<ExtractedText | null> {
  const type = (mimeType.split(';')[0] ?? '').trim().toLowerCase();
  switch (type) {
    case 'application/pdf':
      return pdfText(bytes, options);
    case DOCX:
      return { text: tidy(await docxText(bytes)), pages: 1, method: 'docx' };
    case ODT:
      return { text: tidy(await odtText(bytes)), pages: 1, method: 'odt' };
    case 'text/html':
    case 'application/xhtml+xml':
      return { text: tidy(htmlText(decodeText(bytes, charsetOf(mimeType)))), pages: 1, method: 'html' };
    case 'text/plain':
      return { text: tidy(decodeText(bytes, charsetOf(mimeType))), pages: 1, method: 'text' };
    default:
      return null;
  }
}

/** PDF text layer (pages separated by '\f'), or null when there is none or the file is unreadable. */
export async function extractPdfText(bytes: Uint8Array): Promise<string | null> {
  return extractDocumentText(bytes, 'application/pdf');
}

/** Text without OCR, for imports that must not wait; null when there is none or the file is unreadable. */
export async function extractDocumentText(bytes: Uint8Array, mimeType: string): Promise<string | null> {
  try {
    const result = await extractFileText(bytes, mimeType, { ocr: null });
    return result && result.text.replace(/\f/g, '').trim() !== '' ? result.text : null;
  } catch {
    return null;
  }
}

const byExtension: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  html: 'text/html',
  htm: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  odt: 'application/vnd.oasis.opendocument.text',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  zip: 'application/zip',
};

export function mimeTypeForFileName(fileName: string): string {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  return byExtension[extension] ?? 'application/octet-stream';
}
