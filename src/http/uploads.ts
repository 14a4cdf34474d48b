/**
 * @module http/uploads
 * Files sent with a form (multipart/form-data): read into memory, each checked against a policy
 * by what its bytes are (never by the name or the type the browser claims), with German reasons
 * for a refusal. The domain stores what passed (files/uploads).
 *
 * CSRF: a multipart body is not parsed before the handler, so the shell's CSRF check reads the
 * token from the form's first part (`_csrf`, which every form of ours sends first) or from a
 * header (scripts). The first part is read in the preHandler, before any file byte is buffered;
 * the handler's `readMultipartForm` goes on with the same parser.
 */
import path from 'node:path';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import { err, ok, type Result } from '../lib/result.ts';
import type { FormBody } from './forms.ts';
import { formTextProblem } from './input.ts';

const MB = 1024 * 1024;

/** What one request may carry at most, whatever the form; each policy is stricter per type. */
export const uploadLimits = { fileSize: 50 * MB, files: 10, fields: 100, fieldSize: 100 * 1024, parts: 110 } as const;

export async function installUploads(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, { limits: uploadLimits, throwFileSizeLimit: true });
}

/** One kind of file a form accepts, recognised by its content. */
export interface UploadType {
  mimeType: string;
  /** How people call it, e.g. „Word (DOCX)“. */
  label: string;
  /** The first is given to a file whose name does not end in one of them. */
  extensions: readonly string[];
  maxBytes: number;
}

export interface UploadPolicy {
  /** What the form asks for, e.g. „ein Dokument“. */
  what: string;
  types: readonly UploadType[];
}

const pdf: UploadType = { mimeType: 'application/pdf', label: 'PDF', extensions: ['pdf'], maxBytes: 50 * MB };
// DOCX, XLSX and ODT are ZIP archives: file-type tells them apart by [Content_Types].xml and the
// `mimetype` entry; a ZIP of anything else is refused as a ZIP
const office = (mimeType: string, label: string, extension: string): UploadType => ({ mimeType, label, extensions: [extension], maxBytes: 20 * MB });
const image = (mimeType: string, label: string, extensions: string[]): UploadType => ({ mimeType, label, extensions, maxBytes: 5 * MB });

export const uploadPolicies = {
  /** Attachments of papers, sessions and agenda items. */
  documents: {
    what: 'ein Dokument',
    types: [
      pdf,
      office('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word (DOCX)', 'docx'),
      office('application/vnd.oasis.opendocument.text', 'OpenDocument-Text (ODT)', 'odt'),
      office('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel (XLSX)', 'xlsx'),
    ],
  },
  /**
   * Pictures shown on the portal's own pages (the logo). No SVG: an SVG is a document that may
   * carry script, and served from the portal's origin it would run there.
   */
  images: {
    what: 'ein Bild',
    types: [image('image/png', 'PNG', ['png']), image('image/jpeg', 'JPEG', ['jpg', 'jpeg']), image('image/webp', 'WebP', ['webp'])],
  },
} as const satisfies Record<string, UploadPolicy>;

export interface ReceivedFile {
  /** The form field it came in. */
  field: string;
  /** Without any path, control or direction characters; its extension fits the content. */
  fileName: string;
  /** Recognised from the bytes. */
  mimeType: string;
  bytes: Buffer;
  size: number;
}

/** Why a form's files were refused: a sentence for the reader, and the HTTP status. */
export interface UploadRefusal {
  status: 400 | 413 | 415;
  message: string;
}

// ---- CSRF token of a multipart form ---------------------------------------------------------

interface Started {
  parts: AsyncIterableIterator<Multipart>;
  token: string | undefined;
}
const started = new WeakMap<FastifyRequest, Started>();

/**
 * For the CSRF check (app/security): reads the first part of a multipart form and keeps it when
 * it is the `_csrf` field. A form whose first part is anything else (a file above all) has no
 * token and is refused before its bytes are read.
 */
export async function readLeadingToken(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart() || started.has(request)) return;
  const state: Started = { parts: request.parts(), token: undefined };
  started.set(request, state);
  try {
    const first = await state.parts.next();
    if (first.done) return;
    if (first.value.type === 'field' && first.value.fieldname === '_csrf' && typeof first.value.value === 'string') state.token = first.value.value;
    else if (first.value.type === 'file') first.value.file.destroy();
  } catch {
    // a broken body carries no token: the check refuses it
  }
}

/** The token `readLeadingToken` found, if any. */
export function multipartToken(request: FastifyRequest): string | undefined {
  return started.get(request)?.token;
}

// ---- reading the form -----------------------------------------------------------------------

const megabytes = (bytes: number) => `${(bytes / MB).toLocaleString('de-DE', { maximumFractionDigits: bytes % MB === 0 ? 0 : 1 })} MB`;
const quoted = (name: string) => `„${name}“`;
const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const listed = (words: readonly string[]) => (words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} und ${words.at(-1)}`);

/** „höchstens 50 MB (PDF) bzw. 20 MB (Word (DOCX), …)“, or „höchstens 5 MB“ when all types share one limit. */
function limitsOf(policy: UploadPolicy): string {
  const sizes = [...new Set(policy.types.map((t) => t.maxBytes))].sort((a, b) => b - a);
  if (sizes.length === 1) return `höchstens ${megabytes(sizes[0]!)}`;
  return `höchstens ${sizes.map((s) => `${megabytes(s)} (${listed(policy.types.filter((t) => t.maxBytes === s).map((t) => t.label))})`).join(' bzw. ')}`;
}

const allowedTypes = (policy: UploadPolicy) => `Erlaubt ${policy.types.length === 1 ? 'ist' : 'sind'} ${listed(policy.types.map((t) => t.label))}.`;

/** Programs, however named: they are never attachments. */
const executables = new Set(['exe', 'elf', 'macho', 'class', 'wasm', 'apk', 'dex', 'jar', 'crx', 'xpi', 'deb', 'rpm', 'lnk', 'reg', 'chm', 'msi']);

function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  return head.startsWith('<svg') || ((head.startsWith('<?xml') || head.startsWith('<!doctype svg')) && head.includes('<svg'));
}

/** The name without any folder, control or direction-changing characters, at most 150 characters. */
export function sanitizeFileName(raw: string): string {
  const base = path.win32.basename(path.posix.basename(raw.normalize('NFC')));
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[<>:"/\\|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (cleaned.length <= 150) return cleaned || 'datei';
  const extension = path.extname(cleaned).slice(0, 10);
  return `${cleaned.slice(0, 150 - extension.length)}${extension}`;
}

/** The name with an extension that fits what the file is: „bericht.pdf“ holding a DOCX becomes „bericht.docx“. */
function withExtension(name: string, type: UploadType): string {
  const extension = path.extname(name).slice(1).toLowerCase();
  if (type.extensions.includes(extension)) return name;
  const stem = /^[a-z0-9]{1,5}$/.test(extension) ? name.slice(0, -extension.length - 1) : name;
  return `${stem || 'datei'}.${type.extensions[0]}`;
}

/** What a file is, by its bytes: the policy's type, or why it is refused. */
async function check(name: string, bytes: Buffer, policy: UploadPolicy): Promise<Result<UploadType, UploadRefusal>> {
  if (bytes.byteLength === 0) return err({ status: 400, message: `Die Datei ${quoted(name)} ist leer. Bitte wählen Sie die Datei noch einmal aus.` });
  if (looksLikeSvg(bytes)) {
    const message = `Die Datei ${quoted(name)} ist eine SVG-Grafik. SVG-Dateien werden nicht angenommen, weil sie Skripte enthalten können, die im Browser ausgeführt würden. ${allowedTypes(policy)}`;
    return err({ status: 415, message });
  }
  const detected = await fileTypeFromBuffer(bytes);
  if ((detected && executables.has(detected.ext)) || bytes.subarray(0, 2).toString('latin1') === '#!') {
    const message = `Die Datei ${quoted(name)} ist ein ausführbares Programm, auch wenn ihr Name etwas anderes sagt. Programme werden nicht angenommen. ${allowedTypes(policy)}`;
    return err({ status: 415, message });
  }
  const type = policy.types.find((t) => t.mimeType === detected?.mime);
  if (!type) {
    const found = detected ? `Sie ist eine Datei vom Typ ${detected.ext.toUpperCase()}.` : 'Ihr Format wurde nicht erkannt.';
    return err({ status: 415, message: `Die Datei ${quoted(name)} hat kein erlaubtes Format. ${found} ${allowedTypes(policy)}` });
  }
  if (bytes.byteLength > type.maxBytes) {
    const message = `Die Datei ${quoted(name)} ist zu groß (${megabytes(bytes.byteLength)}). ${type.label}-Dateien dürfen höchstens ${megabytes(type.maxBytes)} groß sein.`;
    return err({ status: 413, message });
  }
  return ok(type);
}

interface RawFile {
  field: string;
  name: string;
  bytes: Buffer;
}

/** Reads a file part, stopping past `cap` bytes (undefined then): memory stays bounded. */
async function readFile(part: MultipartFile, cap: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    // leaving the loop destroys the stream, which ends the parser: nothing more is read
    if (size > cap) return undefined;
    chunks.push(chunk);
  }
  return part.file.truncated ? undefined : Buffer.concat(chunks);
}

function parserRefusal(error: unknown, maxFiles: number): UploadRefusal {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'FST_FILES_LIMIT') return { status: 413, message: tooManyFiles(Math.min(maxFiles, uploadLimits.files)) };
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') return { status: 413, message: 'Das Formular enthält zu viele Felder.' };
  if (code === 'FST_REQ_FILE_TOO_LARGE') return { status: 413, message: `Die Datei ist zu groß: höchstens ${megabytes(uploadLimits.fileSize)}.` };
  return { status: 400, message: 'Das Formular kam unvollständig oder beschädigt an. Bitte senden Sie es noch einmal.' };
}

const tooManyFiles = (maxFiles: number) =>
  maxFiles === 1 ? 'Bitte senden Sie nur eine Datei auf einmal.' : `Bitte senden Sie höchstens ${maxFiles} Dateien auf einmal.`;

/**
 * The fields of a multipart form (in the shape `formOf` gives, so `field(form, …)` works) and
 * its files, each checked against `policy`; or the first reason to refuse them. A file input
 * left empty sends no file. Nothing is stored here: a refused form leaves nothing behind.
 */
export async function readMultipartForm(
  request: FastifyRequest,
  policy: UploadPolicy,
  options: { maxFiles?: number } = {},
): Promise<Result<{ form: FormBody; files: ReceivedFile[] }, UploadRefusal>> {
  const maxFiles = options.maxFiles ?? 1;
  if (!request.isMultipart()) return err({ status: 400, message: 'Das Formular wurde nicht als Datei-Upload gesendet. Bitte laden Sie die Seite neu.' });
  const parts = started.get(request)?.parts ?? request.parts();
  const form: FormBody = {};
  const raw: RawFile[] = [];
  const cap = Math.max(...policy.types.map((t) => t.maxBytes));
  try {
    for (let next = await parts.next(); !next.done; next = await parts.next()) {
      const part = next.value;
      if (part.type === 'field') {
        if (part.valueTruncated || typeof part.value !== 'string')
          return err({ status: 413, message: `Das Feld ${quoted(part.fieldname)} ist zu lang (höchstens ${uploadLimits.fieldSize / 1024} KB).` });
        const previous = form[part.fieldname];
        form[part.fieldname] = previous === undefined ? part.value : [...(Array.isArray(previous) ? previous : [previous]), part.value];
        continue;
      }
      const name = sanitizeFileName(part.filename ?? '');
      if (part.filename && raw.length >= maxFiles) {
        part.file.destroy();
        return err({ status: 413, message: tooManyFiles(maxFiles) });
      }
      const bytes = await readFile(part, cap);
      if (!bytes)
        return err({ status: 413, message: `Die Datei ${quoted(name)} ist zu groß. ${capitalized(policy.what)} darf ${limitsOf(policy)} groß sein.` });
      // an empty file input: the browser sends a part without name and content
      if (!part.filename && bytes.byteLength === 0) continue;
      if (raw.length >= maxFiles) return err({ status: 413, message: tooManyFiles(maxFiles) });
      raw.push({ field: part.fieldname, name, bytes });
    }
  } catch (error) {
    return err(parserRefusal(error, maxFiles));
  }
  const problem = formTextProblem(form);
  if (problem) return err({ status: 400, message: problem });
  const files: ReceivedFile[] = [];
  for (const file of raw) {
    const checked = await check(file.name, file.bytes, policy);
    if (!checked.ok) return checked;
    files.push({
      field: file.field,
      fileName: withExtension(file.name, checked.value),
      mimeType: checked.value.mimeType,
      bytes: file.bytes,
      size: file.bytes.byteLength,
    });
  }
  return ok({ form, files });
}
