/**
 * @module imports/import.references
 * The database's half of checking an import document, read-only and on the document as
 * written: which Gremien, Organisationseinheiten, persons, meetings, attachments and related
 * papers it names that do not exist. Runs when the format check failed, so that one run reports
 * a bad date and an unknown Gremium together (the import itself checks them again as it writes).
 */
import type { Db } from '../../db/client.ts';
import { findMeetingsOfOrganizationOn } from '../meetings/index.ts';
import { findOrganizationsByName } from '../organizations/index.ts';
import { paperReferenceExists } from '../papers/index.ts';
import { findPersonsByName } from '../people/index.ts';
import { readContainedFile } from './import.paths.ts';
import type { ImportPath, ImportProblem } from './import.schema.ts';

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const isoDay = (value: unknown): string | undefined => {
  const day = text(value);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day) ? day : undefined;
};

/** One row found, or a problem: none (`nicht gefunden`) or several (`nicht eindeutig`). The import's wording. */
export async function resolveOne<T>(found: Promise<T[]>, at: ImportPath, what: string, problems: ImportProblem[]): Promise<T | undefined> {
  const rows = await found;
  if (rows.length === 1) return rows[0];
  problems.push({ path: at, message: rows.length === 0 ? `${what} nicht gefunden` : `${what} ist nicht eindeutig (${rows.length} Treffer)` });
  return undefined;
}

/** The papers of a document as written: a batch's `papers`, or the document itself. */
function papersOf(document: unknown): { paper: Raw; path: ImportPath }[] {
  if (isObject(document) && 'papers' in document) {
    return list(document.papers).flatMap((paper, i) => (isObject(paper) ? [{ paper, path: ['papers', i] as ImportPath }] : []));
  }
  return isObject(document) ? [{ paper: document, path: [] }] : [];
}

export async function referenceProblems(db: Db, bodyId: number, document: unknown, baseDir: string): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  const entries = papersOf(document);
  const inDocument = new Set(entries.map((e) => text(e.paper.reference)).filter((r) => r !== undefined));
  for (const { paper, path: at } of entries) {
    const names = async (field: string, what: string, find: (name: string) => Promise<unknown[]>) => {
      for (const [i, value] of list(paper[field]).entries()) {
        const name = text(value);
        if (name) await resolveOne(find(name), [...at, field, i], `${what} „${name}“`, problems);
      }
    };
    await names('underDirectionOf', 'Organisationseinheit', (name) => findOrganizationsByName(db, bodyId, name));
    await names('originatorOrganizations', 'Einreicher', (name) => findOrganizationsByName(db, bodyId, name));
    await names('originatorPersons', 'Person', (name) => findPersonsByName(db, bodyId, name));

    for (const [i, consultation] of list(paper.consultations).entries()) {
      if (!isObject(consultation)) continue;
      const here = [...at, 'consultations', i];
      const name = text(consultation.organization);
      if (!name) continue;
      const org = await resolveOne(findOrganizationsByName(db, bodyId, name), [...here, 'organization'], `Gremium „${name}“`, problems);
      const day = isoDay(consultation.meetingDate);
      if (org && day) {
        await resolveOne(findMeetingsOfOrganizationOn(db, bodyId, org.id, day), [...here, 'meetingDate'], `Sitzung von „${org.name}“ am ${day}`, problems);
      }
    }

    for (const [i, file] of list(paper.files).entries()) {
      const filePath = isObject(file) ? text(file.path) : undefined;
      if (!filePath) continue;
      const read = await readContainedFile(baseDir, filePath);
      if (!read.ok) problems.push({ path: [...at, 'files', i, 'path'], message: read.error });
    }

    for (const kind of ['related', 'superordinated']) {
      for (const [i, value] of list(paper[kind]).entries()) {
        const reference = text(value);
        if (!reference || inDocument.has(reference)) continue;
        if (!(await paperReferenceExists(db, bodyId, reference))) problems.push({ path: [...at, kind, i], message: `Vorlage ${reference} nicht gefunden` });
      }
    }
  }
  return problems;
}
