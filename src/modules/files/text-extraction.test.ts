import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import yazl from 'yazl';
import { extractDocumentText, extractFileText, extractPdfText, mimeTypeForFileName, odfContentText, TextExtractionError } from './text-extraction.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ODT = 'application/vnd.oasis.opendocument.text';
const noOcr = { ocr: null };
const withOcr = { ocr: { maxPages: 5, timeoutMs: 60_000, language: 'deu' } };

/** A PDF with a text layer; one page per entry, '' = blank page. */
async function textPdf(pageTexts: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of pageTexts) {
    const page = doc.addPage([595, 842]);
    if (text) page.drawText(text, { x: 72, y: 720, size: 18, font });
  }
  return doc.save();
}

type ZipEntry = { name: string; content: string; store?: boolean };

function zip(entries: ZipEntry[]): Promise<Uint8Array> {
  const archive = new yazl.ZipFile();
  for (const e of entries) archive.addBuffer(Buffer.from(e.content, 'utf8'), e.name, { compress: !e.store });
  archive.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    archive.outputStream.on('data', (c: Buffer) => chunks.push(c));
    archive.outputStream.on('error', reject);
    archive.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

function docx(paragraphs: string[]): Promise<Uint8Array> {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return zip([
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    },
    {
      name: 'word/document.xml',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    },
  ]);
}

const odtContent = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
  <office:automatic-styles>
    <style:style style:name="P1" style:family="paragraph"/>
  </office:automatic-styles>
  <office:body>
    <office:text>
      <text:h text:style-name="Heading_1" text:outline-level="1">Sitzung des Ausschusses für Umwelt &amp; Klima</text:h>
      <text:p text:style-name="P1">Beginn:<text:s text:c="3"/>18 Uhr<text:tab/>Ort: Rathaus</text:p>
      <text:p/>
      <text:p>Zeile eins<text:line-break/>Zeile zwei &#252;ber &lt;alles&gt; &#x2013; &quot;gut&quot;</text:p>
    </office:text>
  </office:body>
</office:document-content>`;

function odt(content: string): Promise<Uint8Array> {
  return zip([
    { name: 'mimetype', content: ODT, store: true },
    {
      name: 'META-INF/manifest.xml',
      content:
        '<?xml version="1.0" encoding="UTF-8"?>' +
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
        `<manifest:file-entry manifest:full-path="/" manifest:media-type="${ODT}"/>` +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
        '</manifest:manifest>',
    },
    { name: 'content.xml', content },
  ]);
}

async function rejectsWith(promise: Promise<unknown>, permanent: boolean): Promise<TextExtractionError> {
  let caught: unknown;
  await promise.then(
    () => assert.fail('expected a TextExtractionError'),
    (e: unknown) => (caught = e),
  );
  assert.ok(caught instanceof TextExtractionError, `TextExtractionError, got ${String(caught)}`);
  assert.equal(caught.permanent, permanent);
  assert.ok(caught.message.length > 0);
  return caught;
}

test('PDF with a text layer: one entry per page, split by form feed', async () => {
  const bytes = await textPdf(['Kreistag Haushaltssatzung', 'Radverkehrskonzept']);
  const result = await extractFileText(bytes, 'application/pdf', noOcr);
  assert.ok(result);
  assert.equal(result.method, 'pdf');
  assert.equal(result.pages, 2);
  const pages = result.text.split('\f');
  assert.equal(pages.length, 2);
  assert.match(pages[0]!, /Kreistag Haushaltssatzung/);
  assert.doesNotMatch(pages[0]!, /Radverkehrskonzept/);
  assert.match(pages[1]!, /Radverkehrskonzept/);
  // with OCR allowed, a text layer is still used as it is
  const again = await extractFileText(bytes, 'application/pdf', withOcr);
  assert.deepEqual(again, result);
});

test('PDF: empty pages keep their place; the caller’s buffer stays usable', async () => {
  const bytes = await textPdf(['Einladung', '', 'Anlage']);
  const copy = new Uint8Array(bytes);
  const result = await extractFileText(bytes, 'application/pdf', noOcr);
  assert.deepEqual(result?.text.split('\f'), ['Einladung', '', 'Anlage']);
  assert.equal(result?.pages, 3);
  assert.deepEqual(bytes, copy);
});

test('PDF without any text and without OCR: empty text, method pdf', async () => {
  const result = await extractFileText(await textPdf(['', '']), 'application/pdf', noOcr);
  assert.deepEqual(result, { text: '', pages: 2, method: 'pdf' });
});

test('corrupt PDF: permanent TextExtractionError', async () => {
  const bytes = new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...randomBytes(4000)]);
  const error = await rejectsWith(extractFileText(bytes, 'application/pdf', withOcr), true);
  assert.match(error.message, /PDF/);
  // the old, never-failing helpers
  assert.equal(await extractPdfText(bytes), null);
  assert.equal(await extractDocumentText(bytes, 'application/pdf'), null);
});

test('DOCX: paragraphs as lines, umlauts intact', async () => {
  const bytes = await docx(['Gebührensatzung für Kitas', 'Beschluss   des   Kreistags über Änderungen']);
  const result = await extractFileText(bytes, DOCX, noOcr);
  assert.ok(result);
  assert.equal(result.method, 'docx');
  assert.equal(result.pages, 1);
  const lines = result.text.split('\n').filter((l) => l !== '');
  assert.deepEqual(lines, ['Gebührensatzung für Kitas', 'Beschluss des Kreistags über Änderungen']);
  assert.ok(!result.text.includes('\f'));
});

test('corrupt DOCX (not a ZIP): permanent TextExtractionError', async () => {
  await rejectsWith(extractFileText(new Uint8Array(randomBytes(2000)), DOCX, noOcr), true);
  assert.equal(await extractDocumentText(new Uint8Array(randomBytes(2000)), DOCX), null);
});

test('ODT: headings and paragraphs as lines, text:s/tab/line-break and entities resolved', async () => {
  const result = await extractFileText(await odt(odtContent), ODT, noOcr);
  assert.ok(result);
  assert.equal(result.method, 'odt');
  assert.equal(result.pages, 1);
  assert.equal(result.text, 'Sitzung des Ausschusses für Umwelt & Klima\nBeginn: 18 Uhr\tOrt: Rathaus\n\nZeile eins\nZeile zwei über <alles> – "gut"');
  // before tidying, text:c counts the spaces
  assert.match(odfContentText(odtContent), /Beginn: {3}18 Uhr\tOrt/);
});

test('ODT: broken archive or missing content.xml is a permanent error', async () => {
  await rejectsWith(extractFileText(new Uint8Array(randomBytes(500)), ODT, noOcr), true);
  const noContent = await zip([{ name: 'mimetype', content: ODT, store: true }]);
  await rejectsWith(extractFileText(noContent, ODT, noOcr), true);
});

test('HTML: visible text only – no scripts, styles, link targets or images', async () => {
  const html =
    '<!doctype html><html><head><title>Kopf</title><style>p { color: red }</style>' +
    '<script>var geheim = "nichtAnzeigen";</script></head><body>' +
    '<h1>Tagesordnung</h1><p>Bericht über den   <a href="https://example.org/radweg">Radverkehr</a>' +
    ' <img src="karte.png" alt="Karte"> im Kreis</p><script>document.write("auchNicht")</script></body></html>';
  const result = await extractFileText(Buffer.from(html, 'utf8'), 'text/html; charset=utf-8', noOcr);
  assert.ok(result);
  assert.equal(result.method, 'html');
  assert.equal(result.pages, 1);
  assert.match(result.text, /^Tagesordnung$/m);
  assert.match(result.text, /Bericht über den Radverkehr im Kreis/);
  for (const hidden of ['geheim', 'nichtAnzeigen', 'auchNicht', 'color', 'example.org', 'karte.png', 'Karte']) {
    assert.ok(!result.text.includes(hidden), `${hidden} must not appear: ${JSON.stringify(result.text)}`);
  }
});

test('text/plain: UTF-8 without BOM, line breaks normalised, spaces collapsed', async () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Änderung  der Satzung \r\n\r\n\r\n\r\nZweite\u00a0Zeile\n', 'utf8')]);
  for (const type of ['text/plain', 'text/plain; charset=utf-8', 'TEXT/PLAIN;charset="UTF-8"']) {
    const result = await extractFileText(bytes, type, noOcr);
    assert.deepEqual(result, { text: 'Änderung der Satzung\n\nZweite Zeile', pages: 1, method: 'text' }, type);
  }
  // an old Windows file that is not UTF-8
  const legacy = new Uint8Array([0x47, 0x65, 0x62, 0xfc, 0x68, 0x72]);
  assert.equal((await extractFileText(legacy, 'text/plain', noOcr))?.text, 'Gebühr');
  assert.equal(await extractDocumentText(bytes, 'text/plain'), 'Änderung der Satzung\n\nZweite Zeile');
});

test('formats without text: null, not an error', async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(100)]);
  assert.equal(await extractFileText(png, 'image/png', withOcr), null);
  const archive = await zip([{ name: 'a.txt', content: 'Inhalt' }]);
  for (const type of ['application/zip', 'application/octet-stream', 'application/msword', mimeTypeForFileName('x.xlsx'), 'image/jpeg']) {
    assert.equal(await extractFileText(archive, type, noOcr), null, type);
  }
});

test('mimeTypeForFileName', () => {
  assert.equal(mimeTypeForFileName('Vorlage.PDF'), 'application/pdf');
  assert.equal(mimeTypeForFileName('brief.odt'), ODT);
  assert.equal(mimeTypeForFileName('ohne-endung'), 'application/octet-stream');
});
