/**
 * @module members/zip
 * A session's documents as one ZIP: names a reader understands in a file manager
 * („00 Einladung.pdf“, „Ö 3 VO-2025-246 Aktionsplan.pdf“), made of safe characters only and
 * unique within the archive. The archive is streamed; the bytes of one file at a time are read.
 */
import { Readable } from 'node:stream';
import yazl from 'yazl';
import type { FileStorage } from '../../infra/storage.ts';
import type { MeetingDocument } from './members.area.ts';

const MAX_NAME = 120;

/** Letters, digits and a few harmless signs; never a path separator, control or reserved character. */
export function safeFileNamePart(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._,;()&+\-–]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
    .slice(0, MAX_NAME)
    .trim();
}

const extensionsByType: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/plain': 'txt',
  'text/html': 'html',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

function extensionOf(d: Pick<MeetingDocument, 'fileName' | 'mimeType'>): string {
  const own = /\.([A-Za-z0-9]{1,8})$/.exec(d.fileName)?.[1];
  return (own ?? extensionsByType[d.mimeType] ?? '').toLowerCase();
}

const meetingFilePrefixes: Record<string, string> = {
  invitation: '00 Einladung',
  resultsProtocol: '01 Niederschrift',
  verbatimProtocol: '02 Wortprotokoll',
};

/** The name of one document in the archive, before it is made unique. */
export function entryBaseName(d: MeetingDocument): string {
  if (d.source === 'meeting') return meetingFilePrefixes[d.role] ?? `03 Anlage ${d.name}`;
  const item = d.agendaItem?.number?.trim() || `TOP ${d.agendaItem?.position ?? ''}`;
  return d.source === 'paper' ? `${item} ${d.paper?.slug ?? ''} ${d.name}` : `${item} ${d.name}`;
}

/** One name per document, unique without regard to case (as Windows and macOS compare them). */
export function zipEntryNames(documents: MeetingDocument[]): string[] {
  const taken = new Set<string>();
  return documents.map((d) => {
    const base = safeFileNamePart(entryBaseName(d)) || 'Datei';
    const extension = extensionOf(d);
    const nameWith = (n: number) => `${base}${n > 1 ? ` (${n})` : ''}${extension ? `.${extension}` : ''}`;
    let n = 1;
    while (taken.has(nameWith(n).toLowerCase())) n++;
    const name = nameWith(n);
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * The archive as a stream. A file whose bytes are missing from storage breaks the stream (the
 * download then fails visibly instead of silently lacking a document); `onError` logs it.
 */
export function zipStream(documents: MeetingDocument[], storage: FileStorage, onError: (err: Error) => void): NodeJS.ReadableStream {
  const zip = new yazl.ZipFile();
  const names = zipEntryNames(documents);
  documents.forEach((d, i) => {
    zip.addReadStreamLazy(names[i] ?? `Datei ${i + 1}`, (callback) => {
      storage.get(d.storageKey).then(
        (bytes) => (bytes ? callback(null, Readable.from([bytes])) : callback(new Error(`bytes of file ${d.fileId} missing from storage`), Readable.from([]))),
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), Readable.from([])),
      );
    });
  });
  zip.on('error', (err: Error) => {
    onError(err);
    (zip.outputStream as Readable).destroy(err);
  });
  zip.end();
  return zip.outputStream;
}
