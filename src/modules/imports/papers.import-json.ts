/**
 * @module papers/import-json
 * The import as the command line and tests use it: JSON text in, papers or line-numbered
 * problems out.
 */
import type { Db } from '../../db/client.ts';
import { parseJsonStrict } from '../../lib/json-locations.ts';
import type { FileStorage } from '../../infra/storage.ts';
import { parsePaperImportDocument } from './import.schema.ts';
import { importPapers, PaperImportError, type ImportedPaper } from './papers.import.ts';

export interface LocatedProblem {
  line: number;
  column: number;
  /** Dotted path into the document, e.g. `papers.0.sections.2.kind`; empty for the root. */
  path: string;
  message: string;
}

export type JsonImportResult = { ok: true; papers: ImportedPaper[] } | { ok: false; problems: LocatedProblem[] };

export async function importPapersFromJson(db: Db, storage: FileStorage, bodyId: number, text: string, baseDir: string): Promise<JsonImportResult> {
  const parsed = parseJsonStrict(text);
  if (!parsed.ok) return { ok: false, problems: parsed.errors.map((e) => ({ ...e, path: '', message: `JSON-Syntaxfehler: ${e.message}` })) };
  const document = parsePaperImportDocument(parsed.value);
  const locate = (path: (string | number)[], message: string): LocatedProblem => ({ ...parsed.locate(path), path: path.join('.'), message });
  if (!document.ok) return { ok: false, problems: document.problems.map((p) => locate(p.path, p.message)) };
  try {
    return { ok: true, papers: await importPapers(db, storage, bodyId, document.papers, baseDir) };
  } catch (err) {
    if (err instanceof PaperImportError) return { ok: false, problems: err.problems.map((p) => locate(p.path, p.message)) };
    throw err;
  }
}
