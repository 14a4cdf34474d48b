/**
 * @module imports/papers-import
 * Creates or updates papers from the import format (see import.schema): sections, Federführung,
 * originators, Beratungsfolge and attachments. All papers of one document are written in one
 * transaction: a single problem anywhere leaves the database as it was.
 */
import path from 'node:path';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { createFile, extractDocumentText, mimeTypeForFileName, withProvisionalFiles } from '../files/index.ts';
import { sha256Hex, type FileStorage, type ObjectWriter } from '../../infra/storage.ts';
import { files } from '../files/files.tables.ts';
import { appendAgendaItem, findAgendaItem, findAgendaItemByNumber, findMeetingsOfOrganizationOn, recordAgendaItemResult } from '../meetings/index.ts';
import { findOrganizationsByName } from '../organizations/index.ts';
import { findPersonsByName } from '../people/index.ts';
import { readContainedFile } from './import.paths.ts';
import { resolveOne } from './import.references.ts';
import type { ImportPath, ImportProblem, PaperImport } from './import.schema.ts';
import { consultations, paperDirections, paperFiles, paperOriginators, paperRelations, papers, paperSections } from '../papers/papers.tables.ts';
import { referenceToSlug } from '../papers/index.ts';
import { plainTextToHtml, sanitizeRichText } from '../papers/index.ts';

export class PaperImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('\n'));
  }
}

export interface ImportedPaper {
  reference: string;
  slug: string;
  id: number;
  created: boolean;
}

interface LoadedFile {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
}

/**
 * @param baseDir directory that relative attachment paths are read from (the JSON file's, or
 *   `--files-root`); no attachment is read from outside it (see import.paths).
 * @throws PaperImportError listing every problem, with its path into the document.
 */
export async function importPapers(
  db: Db,
  storage: FileStorage,
  bodyId: number,
  entries: { paper: PaperImport; path: ImportPath }[],
  baseDir: string,
): Promise<ImportedPaper[]> {
  const problems: ImportProblem[] = [];
  const references = new Map<string, ImportPath>();
  for (const { paper, path: at } of entries) {
    if (references.has(paper.reference)) problems.push({ path: [...at, 'reference'], message: `Vorlagennummer ${paper.reference} kommt doppelt vor` });
    references.set(paper.reference, at);
  }
  // read attachments before the transaction: a missing file is a problem of the document, not of the database
  const loaded = await Promise.all(
    entries.map(({ paper, path: at }) =>
      Promise.all(paper.files.map((f, i) => readAttachment(baseDir, f.path, f.mimeType, [...at, 'files', i, 'path'], problems))),
    ),
  );
  // a missing attachment does not stop here: the database's problems (an unknown Gremium …)
  // are found in the same run, and the transaction below is rolled back for all of them

  // new bytes are provisional until the transaction's end: a rollback, or a process killed
  // before the commit, leaves none behind (files/storage)
  return withProvisionalFiles(db, storage, (writer) =>
    db.transaction(async (tx) => {
      const results: ImportedPaper[] = [];
      for (const [i, { paper, path: at }] of entries.entries()) {
        results.push(await upsertPaper(tx, writer, bodyId, paper, at, loaded[i] ?? [], problems));
      }
      for (const { paper, path: at } of entries) await linkRelations(tx, bodyId, paper, at, problems);
      if (problems.length) throw new PaperImportError(problems);
      return results;
    }),
  );
}

async function readAttachment(
  baseDir: string,
  filePath: string,
  mimeType: string | undefined,
  at: ImportPath,
  problems: ImportProblem[],
): Promise<LoadedFile | undefined> {
  // the document is not trusted: only files inside baseDir are read (import.paths)
  const read = await readContainedFile(baseDir, filePath);
  if (!read.ok) {
    problems.push({ path: at, message: read.error });
    return undefined;
  }
  const name = path.basename(filePath);
  return { bytes: read.value.bytes, fileName: name, mimeType: mimeType ?? mimeTypeForFileName(name) };
}

async function upsertPaper(
  tx: Tx,
  storage: ObjectWriter,
  bodyId: number,
  input: PaperImport,
  at: ImportPath,
  loadedFiles: (LoadedFile | undefined)[],
  problems: ImportProblem[],
): Promise<ImportedPaper> {
  const slug = referenceToSlug(input.reference);
  const [existing] = await tx
    .select({ id: papers.id, reference: papers.reference })
    .from(papers)
    .where(and(eq(papers.bodyId, bodyId), eq(papers.slug, slug)));
  if (existing && existing.reference !== input.reference) {
    problems.push({ path: [...at, 'reference'], message: `ergibt dieselbe Adresse /vorlagen/${slug} wie die vorhandene Vorlage ${existing.reference}` });
  }
  const values = { name: input.name, paperType: input.type, date: input.date ?? null, public: input.public, deletedAt: null };
  let paperId: number;
  if (existing) {
    await tx.update(papers).set(values).where(eq(papers.id, existing.id));
    paperId = existing.id;
  } else {
    const [row] = await tx
      .insert(papers)
      .values({ bodyId, reference: input.reference, slug, ...values })
      .returning({ id: papers.id });
    if (!row) throw new Error('insert into papers returned no row');
    paperId = row.id;
  }

  await replaceSections(tx, bodyId, paperId, input);
  await replaceDirections(tx, bodyId, paperId, input, at, problems);
  await replaceOriginators(tx, bodyId, paperId, input, at, problems);
  await syncConsultations(tx, bodyId, paperId, input, at, problems);
  await syncFiles(tx, storage, bodyId, paperId, input, loadedFiles);
  return { reference: input.reference, slug, id: paperId, created: !existing };
}

async function replaceSections(tx: Tx, bodyId: number, paperId: number, input: PaperImport): Promise<void> {
  await tx
    .update(paperSections)
    .set({ deletedAt: sql`now()` })
    .where(and(eq(paperSections.paperId, paperId), isNull(paperSections.deletedAt)));
  if (input.sections.length === 0) return;
  await tx.insert(paperSections).values(
    input.sections.map((s, position) => ({
      bodyId,
      paperId,
      position,
      kind: s.kind,
      heading: s.heading ?? (s.kind === 'frei' ? 'Text' : s.kind),
      bodyHtml: s.html !== undefined ? sanitizeRichText(s.html) : plainTextToHtml(s.text ?? ''),
    })),
  );
}

async function replaceDirections(tx: Tx, bodyId: number, paperId: number, input: PaperImport, at: ImportPath, problems: ImportProblem[]) {
  await tx.delete(paperDirections).where(eq(paperDirections.paperId, paperId));
  for (const [i, name] of input.underDirectionOf.entries()) {
    const org = await resolveOne(findOrganizationsByName(tx, bodyId, name), [...at, 'underDirectionOf', i], `Organisationseinheit „${name}“`, problems);
    if (org) await tx.insert(paperDirections).values({ bodyId, paperId, organizationId: org.id }).onConflictDoNothing();
  }
}

async function replaceOriginators(tx: Tx, bodyId: number, paperId: number, input: PaperImport, at: ImportPath, problems: ImportProblem[]) {
  await tx.delete(paperOriginators).where(eq(paperOriginators.paperId, paperId));
  for (const [i, name] of input.originatorOrganizations.entries()) {
    const org = await resolveOne(findOrganizationsByName(tx, bodyId, name), [...at, 'originatorOrganizations', i], `Einreicher „${name}“`, problems);
    if (org) await tx.insert(paperOriginators).values({ bodyId, paperId, organizationId: org.id });
  }
  for (const [i, name] of input.originatorPersons.entries()) {
    const person = await resolveOne(findPersonsByName(tx, bodyId, name), [...at, 'originatorPersons', i], `Person „${name}“`, problems);
    if (person) await tx.insert(paperOriginators).values({ bodyId, paperId, personId: person.id });
  }
}

/**
 * Keeps existing Beratungsfolge steps that match by Gremium and meeting (and with them their
 * agenda items and results); steps no longer listed are marked deleted.
 */
async function syncConsultations(tx: Tx, bodyId: number, paperId: number, input: PaperImport, at: ImportPath, problems: ImportProblem[]) {
  const existing = await tx
    .select()
    .from(consultations)
    .where(and(eq(consultations.paperId, paperId), isNull(consultations.deletedAt)));
  const kept = new Set<number>();
  for (const [position, c] of input.consultations.entries()) {
    const here = [...at, 'consultations', position];
    const org = await resolveOne(findOrganizationsByName(tx, bodyId, c.organization), [...here, 'organization'], `Gremium „${c.organization}“`, problems);
    if (!org) continue;
    let meetingId: number | null = null;
    if (c.meetingDate) {
      const meeting = await resolveOne(
        findMeetingsOfOrganizationOn(tx, bodyId, org.id, c.meetingDate),
        [...here, 'meetingDate'],
        `Sitzung von „${org.name}“ am ${c.meetingDate}`,
        problems,
      );
      if (!meeting) continue;
      meetingId = meeting.id;
    } else if (c.agendaItemNumber || c.result) {
      problems.push({ path: here, message: 'Tagesordnungspunkt und Ergebnis brauchen ein Sitzungsdatum (meetingDate)' });
      continue;
    }
    const match = existing.find((e) => e.organizationId === org.id && e.meetingId === meetingId && !kept.has(e.id));
    let agendaItemId = match?.agendaItemId ?? null;
    if (meetingId !== null) {
      if (c.agendaItemNumber) {
        const item = await findAgendaItemByNumber(tx, meetingId, c.agendaItemNumber);
        agendaItemId = item
          ? item.id
          : (await appendAgendaItem(tx, { bodyId, meetingId, name: input.name, public: input.public, number: c.agendaItemNumber })).id;
      } else if (agendaItemId === null || (await findAgendaItem(tx, agendaItemId))?.meetingId !== meetingId) {
        agendaItemId = (await appendAgendaItem(tx, { bodyId, meetingId, name: input.name, public: input.public })).id;
      }
      // an agenda item of a non-public paper is non-public, whatever it was before
      await recordAgendaItemResult(tx, agendaItemId, {
        result: c.result,
        resolutionText: c.resolutionText,
        ...(input.public ? {} : { public: false }),
      });
    }
    const values = {
      position,
      organizationId: org.id,
      meetingId,
      agendaItemId,
      role: c.role,
      authoritative: c.authoritative ?? c.role === 'Entscheidung',
    };
    if (match) {
      kept.add(match.id);
      await tx.update(consultations).set(values).where(eq(consultations.id, match.id));
    } else {
      await tx.insert(consultations).values({ bodyId, paperId, ...values });
    }
  }
  const dropped = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
  if (dropped.length) await tx.update(consultations).set({ deletedAt: sql`now()` }).where(inArray(consultations.id, dropped));
}

/** Attachments match by content (sha256): re-importing the same file keeps its id and URL. */
async function syncFiles(tx: Tx, storage: ObjectWriter, bodyId: number, paperId: number, input: PaperImport, loaded: (LoadedFile | undefined)[]) {
  const current = await tx
    .select({ fileId: paperFiles.fileId, sha256: files.sha256 })
    .from(paperFiles)
    .innerJoin(files, eq(files.id, paperFiles.fileId))
    .where(and(eq(paperFiles.paperId, paperId), isNull(files.deletedAt)));
  const keep = new Set<number>();
  for (const [position, entry] of input.files.entries()) {
    const bytes = loaded[position];
    if (!bytes) continue;
    const isPublic = input.public && (entry.public ?? true);
    const meta = { name: entry.name ?? bytes.fileName, public: isPublic, date: entry.date ?? input.date ?? null };
    const sha = sha256Hex(bytes.bytes);
    const same = current.find((c) => c.sha256 === sha && !keep.has(c.fileId));
    let fileId: number;
    if (same) {
      fileId = same.fileId;
      await tx.update(files).set(meta).where(eq(files.id, fileId));
      await tx
        .update(paperFiles)
        .set({ role: entry.role, position })
        .where(and(eq(paperFiles.paperId, paperId), eq(paperFiles.fileId, fileId)));
    } else {
      const text = await extractDocumentText(bytes.bytes, bytes.mimeType);
      const file = await createFile(tx, storage, { bodyId, fileName: bytes.fileName, mimeType: bytes.mimeType, bytes: bytes.bytes, text, ...meta });
      fileId = file.id;
      await tx.insert(paperFiles).values({ bodyId, paperId, fileId, role: entry.role, position });
    }
    keep.add(fileId);
  }
  const dropped = current.filter((c) => !keep.has(c.fileId)).map((c) => c.fileId);
  if (dropped.length) {
    await tx.delete(paperFiles).where(and(eq(paperFiles.paperId, paperId), inArray(paperFiles.fileId, dropped)));
    await tx.update(files).set({ deletedAt: sql`now()` }).where(inArray(files.id, dropped));
  }
}

async function linkRelations(tx: Tx, bodyId: number, input: PaperImport, at: ImportPath, problems: ImportProblem[]) {
  const [self] = await tx
    .select({ id: papers.id })
    .from(papers)
    .where(and(eq(papers.bodyId, bodyId), eq(papers.reference, input.reference)));
  if (!self) return;
  await tx.delete(paperRelations).where(eq(paperRelations.paperId, self.id));
  for (const kind of ['related', 'superordinated'] as const) {
    for (const [i, reference] of input[kind].entries()) {
      const [other] = await tx
        .select({ id: papers.id })
        .from(papers)
        .where(and(eq(papers.bodyId, bodyId), eq(papers.reference, reference), isNull(papers.deletedAt)));
      if (!other) problems.push({ path: [...at, kind, i], message: `Vorlage ${reference} nicht gefunden` });
      else if (other.id === self.id) problems.push({ path: [...at, kind, i], message: 'Eine Vorlage kann nicht auf sich selbst verweisen' });
      else await tx.insert(paperRelations).values({ bodyId, paperId: self.id, relatedPaperId: other.id, kind }).onConflictDoNothing();
    }
  }
}
