/**
 * @module demo/pdf
 * Renders a demo document into a small PDF with pdf-lib and the standard Helvetica fonts
 * (WinAnsi: umlauts, ß, „“, – and € work). Over a thousand PDFs are made per load, so the
 * page contents are written as raw text operators in one deflated stream per page instead of
 * one drawText call per line; that is several times faster and yields the same text for
 * extraction. Font keys and dates are fixed, so equal input gives byte-identical files.
 */
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, StandardFonts, type PDFFont } from 'pdf-lib';
import type { DemoFile, DocLine } from './demo.types.ts';

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_LEFT = 62;
const MARGIN_RIGHT = 56;
const MARGIN_TOP = 64;
const MARGIN_BOTTOM = 60;
const TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
const CELL_GAP = 10;

interface Style {
  bold: boolean;
  size: number;
  leading: number;
  before: number;
  indent: number;
  gray: boolean;
}

const styles: Record<DocLine['style'], Style> = {
  title: { bold: true, size: 15, leading: 19, before: 10, indent: 0, gray: false },
  subtitle: { bold: true, size: 12, leading: 15.5, before: 2, indent: 0, gray: false },
  heading: { bold: true, size: 11, leading: 14.5, before: 9, indent: 0, gray: false },
  text: { bold: false, size: 10, leading: 13.5, before: 3.5, indent: 0, gray: false },
  bullet: { bold: false, size: 10, leading: 13.5, before: 2, indent: 14, gray: false },
  meta: { bold: false, size: 8.5, leading: 11.5, before: 2, indent: 0, gray: true },
};

/** Glyph widths (per 1000 units) never change, so they are measured once per process. */
const widthTables = new Map<string, Map<string, number>>();

function measurer(font: PDFFont, name: string): (text: string, size: number) => number {
  let table = widthTables.get(name);
  if (!table) {
    table = new Map();
    widthTables.set(name, table);
  }
  const widths = table;
  return (text, size) => {
    let total = 0;
    for (const ch of text) {
      let w = widths.get(ch);
      if (w === undefined) {
        w = font.widthOfTextAtSize(ch, 1000);
        widths.set(ch, w);
      }
      total += w;
    }
    return (total * size) / 1000;
  };
}

type Measure = (text: string, size: number) => number;

/** Greedy line breaking at spaces; a word longer than the line is split by characters. */
function wrap(text: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let current = '';
  const spaceWidth = measure(' ', size);
  let currentWidth = 0;
  for (const word of text.split(' ')) {
    const wordWidth = measure(word, size);
    if (current && currentWidth + spaceWidth + wordWidth <= width) {
      current += ` ${word}`;
      currentWidth += spaceWidth + wordWidth;
      continue;
    }
    if (current) lines.push(current);
    if (wordWidth <= width) {
      current = word;
      currentWidth = wordWidth;
      continue;
    }
    let piece = '';
    for (const ch of word) {
      if (measure(piece + ch, size) > width && piece) {
        lines.push(piece);
        piece = '';
      }
      piece += ch;
    }
    current = piece;
    currentWidth = measure(piece, size);
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

interface Run {
  x: number;
  y: number;
  text: string;
  bold: boolean;
  size: number;
  gray: boolean;
}

/** Column widths for a block of consecutive tab-separated lines, so table rows align. */
function columnWidths(rows: string[][], size: number, measure: Measure): number[] {
  const count = rows[0]?.length ?? 1;
  const widest = (i: number): number => Math.max(...rows.map((r) => measure(r[i] ?? '', size))) + CELL_GAP;
  if (count >= 4) return Array.from({ length: count }, () => TEXT_WIDTH / count);
  const first = Math.min(Math.max(widest(0), 40), TEXT_WIDTH * 0.45);
  if (count === 2) return [first, TEXT_WIDTH - first];
  const last = Math.min(widest(count - 1), TEXT_WIDTH * 0.3);
  return [first, TEXT_WIDTH - first - last, last];
}

function layout(lines: readonly DocLine[], regular: Measure, bold: Measure): Run[][] {
  const pages: Run[][] = [[]];
  let y = PAGE_HEIGHT - MARGIN_TOP;
  const place = (height: number): void => {
    if (y - height < MARGIN_BOTTOM) {
      pages.push([]);
      y = PAGE_HEIGHT - MARGIN_TOP;
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const style = styles[line.style];
    const measure = style.bold ? bold : regular;
    const page = (): Run[] => pages[pages.length - 1] ?? [];
    if (!line.text.includes('\t')) {
      const wrapped = wrap(line.text, TEXT_WIDTH - style.indent, style.size, measure);
      y -= style.before;
      wrapped.forEach((text, k) => {
        place(style.leading);
        y -= style.leading;
        // bullets hang: the continuation lines start under the text, not under the marker
        page().push({ x: MARGIN_LEFT + (k === 0 ? 0 : style.indent), y, text, bold: style.bold, size: style.size, gray: style.gray });
      });
      continue;
    }
    // a table: this line and the following ones with the same number of cells
    const group: DocLine[] = [];
    const cells = line.text.split('\t').length;
    for (const next of lines.slice(i)) {
      if (next.text.split('\t').length !== cells) break;
      group.push(next);
    }
    i += group.length - 1;
    // measured in the widest style a table row can have, so no cell breaks inside a word
    const widths = columnWidths(
      group.map((g) => g.text.split('\t')),
      Math.max(...group.map((g) => styles[g.style].size)),
      bold,
    );
    for (const row of group) {
      const rowStyle = styles[row.style];
      const rowMeasure = rowStyle.bold ? bold : regular;
      const wrappedCells = row.text.split('\t').map((cell, c) => wrap(cell, (widths[c] ?? TEXT_WIDTH) - CELL_GAP, rowStyle.size, rowMeasure));
      const height = Math.max(...wrappedCells.map((c) => c.length)) * rowStyle.leading;
      y -= rowStyle.before;
      place(height);
      let x = MARGIN_LEFT;
      wrappedCells.forEach((cellLines, c) => {
        cellLines.forEach((text, k) => {
          page().push({ x, y: y - (k + 1) * rowStyle.leading, text, bold: rowStyle.bold, size: rowStyle.size, gray: rowStyle.gray });
        });
        x += widths[c] ?? 0;
      });
      y -= height;
    }
  }
  return pages;
}

const fmt = (n: number): string => (Math.round(n * 100) / 100).toString();

/** The plain text stored in `files.text`: the document's lines, as written into the PDF. */
export function documentText(file: DemoFile): string {
  return file.lines.map((l) => l.text).join('\n');
}

export async function renderDemoPdf(file: DemoFile, author: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const fixed = new Date(`${file.date}T12:00:00Z`);
  doc.setTitle(file.name);
  doc.setAuthor(author);
  doc.setCreator('Gremia – Demodaten');
  doc.setProducer('Gremia');
  doc.setLanguage('de-DE');
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  const pages = layout(file.lines, measurer(regular, 'Helvetica'), measurer(bold, 'Helvetica-Bold'));
  for (const runs of pages) {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    // fixed resource names: pdf-lib's own helper adds random suffixes, which would change the bytes
    page.node.setFontDictionary(PDFName.of('F1'), regular.ref);
    page.node.setFontDictionary(PDFName.of('F2'), bold.ref);
    let ops = 'BT\n';
    let font = '';
    let gray = false;
    for (const run of runs) {
      const wanted = `/${run.bold ? 'F2' : 'F1'} ${fmt(run.size)} Tf`;
      if (wanted !== font) {
        font = wanted;
        ops += `${font}\n`;
      }
      if (run.gray !== gray) {
        gray = run.gray;
        ops += `${gray ? '0.35' : '0'} g\n`;
      }
      const encoder = run.bold ? bold : regular;
      ops += `1 0 0 1 ${fmt(run.x)} ${fmt(run.y)} Tm ${encoder.encodeText(run.text).toString()} Tj\n`;
    }
    ops += 'ET';
    const stream = doc.context.stream(deflateSync(Buffer.from(ops, 'latin1')), { Filter: 'FlateDecode' });
    page.node.addContentStream(doc.context.register(stream));
  }
  return doc.save({ useObjectStreams: false });
}
