/**
 * @module imports/import-json
 * The import as the command line and tests use it: JSON text in, papers or line-numbered
 * problems out.
 */
import type { Db } from '../../db/client.ts';
import { inDocumentOrder, parseJsonStrict } from '../../lib/json-locations.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import type { FileStorage } from '../../infra/storage.ts';
import { parsePaperImportDocument } from './import.schema.ts';
import { importPapers, PaperImportError, type ImportedPaper } from './papers.import.ts';
import { referenceProblems } from './import.references.ts';

export interface LocatedProblem {
  line: number;
  column: number;
  /** Dotted path into the document, e.g. `papers.0.sections.2.kind`; empty for the root. */
  path: string;
  message: string;
}

/** The imported papers, or every problem found (then nothing was imported). */
export type JsonImportResult = Result<ImportedPaper[], LocatedProblem[]>;

export async function importPapersFromJson(db: Db, storage: FileStorage, bodyId: number, text: string, baseDir: string): Promise<JsonImportResult> {
  const parsed = parseJsonStrict(text);
  if (!parsed.ok) return err(parsed.errors.map((e) => ({ ...e, path: '', message: `JSON-Syntaxfehler: ${e.message}` })));
  const document = parsePaperImportDocument(parsed.value);
  const locate = (path: (string | number)[], message: string): LocatedProblem => ({ ...parsed.locate(path), path: path.join('.'), message });
  if (!document.ok) {
    // the format is wrong somewhere: still name the unknown Gremien, persons and files, all in one run
    const references = await referenceProblems(db, bodyId, parsed.value, baseDir);
    return err(inDocumentOrder([...document.error, ...references].map((p) => locate(p.path, p.message))));
  }
  try {
    return ok(await importPapers(db, storage, bodyId, document.value, baseDir));
  } catch (error) {
    if (error instanceof PaperImportError) return err(inDocumentOrder(error.problems.map((p) => locate(p.path, p.message))));
    throw error;
  }
}
