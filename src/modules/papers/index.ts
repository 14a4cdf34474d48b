/** @module papers — Vorlagen, their sections, Beratungsfolge and attachments. */
export * from './papers.tables.ts';
export {
  datedPaperRefSchema,
  findPaperPage,
  findPaperSlugById,
  listConsultationsOfPaper,
  paperRefSchema,
  type ConsultationView,
  type PaperPage,
  type PaperRef,
} from './papers.queries.ts';
export { listPapers, listPaperFilterOptions, paperSorts, type PaperListFilter, type PaperListResult } from './papers.list.ts';
export { importPapers, PaperImportError, type ImportedPaper } from './papers.import.ts';
export { parsePaperImportDocument, type PaperImport, type ImportProblem } from './import.schema.ts';
export { referenceToSlug } from './reference.ts';
export { sanitizeRichText } from './rich-text.ts';
export { importPapersFromJson, type JsonImportResult, type LocatedProblem } from './papers.import-json.ts';
