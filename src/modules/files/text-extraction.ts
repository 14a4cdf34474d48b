/**
 * @module files/text-extraction
 * Plain text from uploaded documents, for search and for readers without a PDF viewer.
 * Extraction never fails an upload: a file whose text cannot be read keeps `text = null`.
 */
import { extractText, getDocumentProxy } from 'unpdf';

export async function extractPdfText(bytes: Uint8Array): Promise<string | null> {
  try {
    // unpdf takes ownership of the buffer it gets; hand it a copy
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: true });
    return text.trim() === '' ? null : text;
  } catch {
    return null;
  }
}

/** Text of the formats we can read without a job queue; others wait for the extraction worker. */
export async function extractDocumentText(bytes: Uint8Array, mimeType: string): Promise<string | null> {
  if (mimeType === 'application/pdf') return extractPdfText(bytes);
  if (mimeType.startsWith('text/plain')) return new TextDecoder('utf-8').decode(bytes);
  return null;
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
