/** @module files — documents and the storage of their bytes. */
export { createFile, findVisibleFile, removeAbandonedFiles, withProvisionalFiles, type FileRow, type NewFile } from './files.repo.ts';
export { extractDocumentText, extractPdfText, mimeTypeForFileName } from './text-extraction.ts';
export { defaultOcr, extractOne, retryFailedTexts, startTextJobs, textStateSummary, type TextJobs, type TextStateSummary } from './text-jobs.ts';
export {
  claimUpload,
  findFileById,
  releaseUpload,
  startUploadSweeps,
  storeUpload,
  sweepUnclaimedUploads,
  type NewUpload,
  type UploadSweeps,
} from './uploads.ts';
export { bodyLogo, changeBodyLogo, loadBodyLogo, logoTypes, type LogoRefusal } from './logo.ts';
