/** @module files — documents and the storage of their bytes. */
export * from './files.tables.ts';
export { createFile, findVisibleFile, removeAbandonedFiles, withProvisionalFiles, type FileRow, type NewFile } from './files.repo.ts';
export {
  LocalDiskStorage,
  sha256Hex,
  type FileStorage,
  type ObjectWriter,
  type ProvisionalKeys,
  type ProvisionalWriter,
  type StoredObject,
} from './storage.ts';
export { extractDocumentText, extractPdfText, mimeTypeForFileName } from './text-extraction.ts';
export { defaultOcr, extractOne, retryFailedTexts, startTextJobs, textStateSummary, type TextJobs, type TextStateSummary } from './text-jobs.ts';
