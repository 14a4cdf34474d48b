/**
 * @module masterdata/json
 * The import as the command line runs it: JSON text in; what each entry did, or every problem
 * with its line and column (then nothing was written).
 */
import type { Db } from '../../db/client.ts';
import { inDocumentOrder, parseJsonStrict } from '../../lib/json-locations.ts';
import { err, type Result } from '../../lib/result.ts';
import { masterDataSchema } from './masterdata.format.ts';
import { importMasterData, type ImportOptions } from './masterdata.import.ts';
import type { Outcome } from './masterdata.run.ts';

export interface LocatedProblem {
  line: number;
  column: number;
  /** Dotted path into the document, e.g. `gremien.3.kurzname`; empty for the root. */
  path: string;
  message: string;
}

export async function importMasterDataFromJson(
  db: Db,
  body: { id: number; classification: string | null },
  text: string,
  options: ImportOptions,
): Promise<Result<Outcome[], LocatedProblem[]>> {
  const parsed = parseJsonStrict(text);
  if (!parsed.ok) return err(parsed.errors.map((e) => ({ ...e, path: '', message: `JSON-Syntaxfehler: ${e.message}` })));
  const locate = (path: readonly PropertyKey[], message: string): LocatedProblem => {
    const keys = path.map((p) => (typeof p === 'number' ? p : String(p)));
    return { ...parsed.locate(keys), path: keys.join('.'), message };
  };
  const document = masterDataSchema.safeParse(parsed.value);
  if (!document.success) return err(inDocumentOrder(document.error.issues.map((i) => locate(i.path, unknownKeyText(i) ?? i.message))));
  const result = await importMasterData(db, body, document.data, options);
  return result.ok ? result : err(inDocumentOrder(result.error.map((p) => locate(p.path, p.message))));
}

/** zod names unknown fields in English terms; say which and that they are not part of the format. */
function unknownKeyText(issue: { code: string; keys?: readonly string[] }): string | undefined {
  if (issue.code !== 'unrecognized_keys' || !issue.keys) return undefined;
  return `unbekanntes Feld ${issue.keys.map((k) => `„${k}“`).join(', ')} (Format: README, „Master data from and to JSON“)`;
}
