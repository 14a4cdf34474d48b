/**
 * @module imports — bringing a body's papers in from outside (the JSON import of the CLI today,
 * other RIS tomorrow). It sits above papers, people, organizations, meetings and files, and writes
 * through them in one transaction.
 */
export { importPapers, PaperImportError, type ImportedPaper } from './papers.import.ts';
export { parsePaperImportDocument, type PaperImport, type ImportProblem } from './import.schema.ts';
export { importPapersFromJson, type JsonImportResult, type LocatedProblem } from './papers.import-json.ts';
