/**
 * Reading multipart forms: fields in the shape `field()` reads, files recognised by their bytes
 * (an office document is a ZIP, told apart by its manifest), renamed programs, SVG and oversized
 * files refused with German reasons naming the limit, names without paths, and the CSRF token
 * read from the first part before any file.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import mammoth from 'mammoth';
import { makePdf } from '../../test/helpers/fixtures.ts';
import {
  DOCX,
  elfProgram,
  jpeg1x1,
  makeDocx,
  makeOdt,
  makePlainZip,
  makePng,
  makeXlsx,
  multipartBody,
  ODT,
  svgWithScript,
  webp1x1,
  windowsProgram,
  XLSX,
  type Part,
} from '../../test/helpers/uploads.ts';
import { field, fields } from './forms.ts';
import { installUploads, multipartToken, readLeadingToken, readMultipartForm, sanitizeFileName, uploadPolicies } from './uploads.ts';

const MB = 1024 * 1024;

describe('reading multipart forms', () => {
  let app: FastifyInstance;
  before(async () => {
    app = Fastify();
    await installUploads(app);
    for (const [kind, policy] of Object.entries(uploadPolicies))
      app.post(`/${kind}`, async (request, reply) => {
        if (request.headers['x-leading'] === 'ja') await readLeadingToken(request);
        const maxFiles = Number(request.headers['x-max-files'] ?? 1);
        const read = await readMultipartForm(request, policy, { maxFiles });
        if (!read.ok) return reply.code(read.error.status).send({ error: read.error.message });
        const { form, files } = read.value;
        return {
          token: multipartToken(request) ?? null,
          titel: field(form, 'titel'),
          rollen: fields(form, 'rolle'),
          files: files.map((f) => ({ field: f.field, fileName: f.fileName, mimeType: f.mimeType, size: f.size, same: f.bytes.byteLength === f.size })),
        };
      });
  });
  after(() => app.close());

  const send = async (kind: 'documents' | 'images', parts: Part[], headers: Record<string, string> = {}) => {
    const { payload, contentType } = multipartBody(parts);
    const r = await app.inject({ method: 'POST', url: `/${kind}`, headers: { 'content-type': contentType, ...headers }, payload });
    return {
      status: r.statusCode,
      body: r.json() as { error?: string; token?: string | null; titel?: string; rollen?: string[]; files?: Record<string, unknown>[] },
    };
  };
  const file = (fileName: string, bytes: Uint8Array, contentType = 'application/pdf'): Part => ({ name: 'datei', fileName, bytes, contentType });

  it('reads fields as formOf does and recognises a PDF by its bytes', async () => {
    const pdf = await makePdf(['Beschlussvorlage Radwege']);
    const r = await send('documents', [
      { name: 'titel', value: '  Radwege  ' },
      { name: 'rolle', value: 'a' },
      { name: 'rolle', value: 'b' },
      file('vorlage.pdf', pdf, 'text/plain'),
    ]);
    assert.equal(r.status, 200, r.body.error);
    assert.equal(r.body.titel, 'Radwege');
    assert.deepEqual(r.body.rollen, ['a', 'b']);
    assert.deepEqual(r.body.files, [{ field: 'datei', fileName: 'vorlage.pdf', mimeType: 'application/pdf', size: pdf.byteLength, same: true }]);
  });

  it('tells DOCX, XLSX and ODT apart from other ZIP archives by their content', async () => {
    const docx = await makeDocx(['Sachverhalt: Der Radweg wird verbreitert.']);
    assert.equal((await fileTypeFromBuffer(docx))?.mime, DOCX);
    assert.match((await mammoth.extractRawText({ buffer: docx })).value, /Radweg wird verbreitert/);
    for (const [bytes, mime, name] of [
      [docx, DOCX, 'sachverhalt.docx'],
      [await makeXlsx(), XLSX, 'haushalt.xlsx'],
      [await makeOdt('Protokoll'), ODT, 'protokoll.odt'],
    ] as const) {
      const r = await send('documents', [file(name, bytes, 'application/zip')]);
      assert.equal(r.status, 200, `${name}: ${r.body.error}`);
      assert.equal(r.body.files?.[0]?.mimeType, mime, name);
    }
    const zip = await send('documents', [file('anlagen.docx', await makePlainZip())]);
    assert.equal(zip.status, 415);
    assert.equal(
      zip.body.error,
      'Die Datei „anlagen.docx“ hat kein erlaubtes Format. Sie ist eine Datei vom Typ ZIP. Erlaubt sind PDF, Word (DOCX), OpenDocument-Text (ODT) und Excel (XLSX).',
    );
  });

  it('refuses a renamed program, whatever its name and claimed type', async () => {
    for (const bytes of [elfProgram, windowsProgram, Buffer.from('#!/bin/sh\nrm -rf /\n')]) {
      const r = await send('documents', [file('bericht.pdf', bytes, 'application/pdf')]);
      assert.equal(r.status, 415);
      assert.match(
        r.body.error ?? '',
        /^Die Datei „bericht\.pdf“ ist ein ausführbares Programm, auch wenn ihr Name etwas anderes sagt\. Programme werden nicht angenommen\./,
      );
    }
  });

  it('gives a file the extension of what it is', async () => {
    const docx = await makeDocx(['x']);
    const r = await send('documents', [file('bericht.pdf', docx)]);
    assert.equal(r.body.files?.[0]?.fileName, 'bericht.docx');
    const png = await send('images', [{ name: 'logo', fileName: 'wappen', bytes: makePng(), contentType: 'image/png' }]);
    assert.equal(png.body.files?.[0]?.fileName, 'wappen.png');
  });

  it('takes PNG, JPEG and WebP pictures and refuses SVG, saying why', async () => {
    for (const [bytes, mime] of [
      [makePng(), 'image/png'],
      [jpeg1x1, 'image/jpeg'],
      [webp1x1, 'image/webp'],
    ] as const) {
      const r = await send('images', [{ name: 'logo', fileName: 'logo', bytes, contentType: 'image/png' }]);
      assert.equal(r.body.files?.[0]?.mimeType, mime);
    }
    const svg = await send('images', [{ name: 'logo', fileName: 'wappen.svg', bytes: svgWithScript, contentType: 'image/svg+xml' }]);
    assert.equal(svg.status, 415);
    assert.match(svg.body.error ?? '', /SVG-Dateien werden nicht angenommen, weil sie Skripte enthalten können/);
    assert.match(svg.body.error ?? '', /Erlaubt sind PNG, JPEG und WebP\.$/);
    const pdf = await send('images', [{ name: 'logo', fileName: 'logo.png', bytes: await makePdf(['x']), contentType: 'image/png' }]);
    assert.equal(pdf.status, 415);
    assert.match(pdf.body.error ?? '', /Sie ist eine Datei vom Typ PDF\. Erlaubt sind PNG, JPEG und WebP\./);
  });

  it('refuses files beyond the limit of their type, naming it in MB', async () => {
    // a PNG header followed by 6 MB: larger than any picture may be
    const big = Buffer.concat([makePng(), Buffer.alloc(6 * MB)]);
    const image = await send('images', [{ name: 'logo', fileName: 'riesig.png', bytes: big }]);
    assert.equal(image.status, 413);
    assert.equal(image.body.error, 'Die Datei „riesig.png“ ist zu groß. Ein Bild darf höchstens 5 MB groß sein.');
    // 21 MB of DOCX: within the 50 MB of a PDF, beyond the 20 MB of an office document
    const docx = Buffer.concat([await makeDocx(['x']), Buffer.alloc(21 * MB)]);
    const office = await send('documents', [file('gross.docx', docx)]);
    assert.equal(office.status, 413);
    assert.equal(office.body.error, 'Die Datei „gross.docx“ ist zu groß (21 MB). Word (DOCX)-Dateien dürfen höchstens 20 MB groß sein.');
    const pdf = Buffer.concat([await makePdf(['x']), Buffer.alloc(51 * MB)]);
    const document = await send('documents', [file('scan.pdf', pdf)]);
    assert.equal(document.status, 413);
    assert.equal(
      document.body.error,
      'Die Datei „scan.pdf“ ist zu groß. Ein Dokument darf höchstens 50 MB (PDF) bzw. 20 MB (Word (DOCX), OpenDocument-Text (ODT) und Excel (XLSX)) groß sein.',
    );
  });

  it('refuses an empty file, too many files and too long a field; skips an empty file input', async () => {
    const empty = await send('documents', [file('leer.pdf', new Uint8Array())]);
    assert.equal(empty.status, 400);
    assert.equal(empty.body.error, 'Die Datei „leer.pdf“ ist leer. Bitte wählen Sie die Datei noch einmal aus.');
    const none = await send('documents', [
      { name: 'titel', value: 'ohne' },
      { name: 'datei', fileName: '', bytes: new Uint8Array() },
    ]);
    assert.equal(none.status, 200);
    assert.deepEqual(none.body.files, []);
    const pdf = await makePdf(['x']);
    const two = await send('documents', [file('a.pdf', pdf), file('b.pdf', pdf)]);
    assert.equal(two.status, 413);
    assert.equal(two.body.error, 'Bitte senden Sie nur eine Datei auf einmal.');
    assert.equal((await send('documents', [file('a.pdf', pdf), file('b.pdf', pdf)], { 'x-max-files': '2' })).status, 200);
    const eleven = await send(
      'documents',
      Array.from({ length: 11 }, (_, i) => file(`${i}.pdf`, pdf)),
      { 'x-max-files': '20' },
    );
    assert.equal(eleven.status, 413);
    assert.equal(eleven.body.error, 'Bitte senden Sie höchstens 10 Dateien auf einmal.');
    const long = await send('documents', [{ name: 'titel', value: 'x'.repeat(101 * 1024) }]);
    assert.equal(long.status, 413);
    assert.equal(long.body.error, 'Das Feld „titel“ ist zu lang (höchstens 100 KB).');
    const control = await send('documents', [{ name: 'titel', value: 'a\u0000b' }]);
    assert.equal(control.status, 400);
    assert.match(control.body.error ?? '', /Steuerzeichen/);
  });

  it('keeps only the name of a file, without folders or direction marks', async () => {
    assert.equal(sanitizeFileName('C:\\fakepath\\Haushalt 2026.pdf'), 'Haushalt 2026.pdf');
    assert.equal(sanitizeFileName('../../etc/passwd'), 'passwd');
    assert.equal(sanitizeFileName('rechnung\u202Efdp.exe'), 'rechnungfdp.exe');
    assert.equal(sanitizeFileName('a<b>:"c".pdf'), 'a_b___c_.pdf');
    assert.equal(sanitizeFileName('..'), 'datei');
    const long = sanitizeFileName(`${'ä'.repeat(300)}.pdf`);
    assert.equal(long.length, 150);
    assert.ok(long.endsWith('.pdf'));
    const r = await send('documents', [file('..\\..\\geheim\\bericht.pdf', await makePdf(['x']))]);
    assert.equal(r.body.files?.[0]?.fileName, 'bericht.pdf');
  });

  it('reads the CSRF token from the first part and goes on with the rest', async () => {
    const pdf = await makePdf(['x']);
    const first = await send('documents', [{ name: '_csrf', value: 'token-123' }, { name: 'titel', value: 'T' }, file('a.pdf', pdf)], { 'x-leading': 'ja' });
    assert.equal(first.status, 200, first.body.error);
    assert.equal(first.body.token, 'token-123');
    assert.equal(first.body.titel, 'T');
    assert.equal(first.body.files?.length, 1);
    const later = await send(
      'documents',
      [
        { name: 'titel', value: 'T' },
        { name: '_csrf', value: 'token-123' },
      ],
      { 'x-leading': 'ja' },
    );
    assert.equal(later.body.token, null, 'a token after another part does not count');
    const fileFirst = await send('documents', [file('a.pdf', pdf), { name: '_csrf', value: 'token-123' }], { 'x-leading': 'ja' });
    assert.notEqual(fileFirst.body.token, 'token-123');
  });
});
