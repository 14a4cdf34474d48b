/**
 * @module imports/import.schema
 * The JSON format of `gremia paper:import`: one paper object, or `{ "papers": [ … ] }`.
 * Names (Gremium, Federführung, persons) and references stand in for ids, so that an
 * administration can write the file by hand or export it from its old system.
 */
import { err, ok, type Result } from '../../lib/result.ts';
import { z } from '../../lib/validation.ts';
import { consultationRoles, paperFileRoles, paperSectionKinds } from '../papers/papers.tables.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Datum im Format JJJJ-MM-TT erwartet, z. B. 2025-06-03', abort: true })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'kein gültiges Kalenderdatum');

const nonEmpty = (what: string) =>
  z
    .string({ error: `${what} fehlt oder ist kein Text` })
    .trim()
    .min(1, `${what} darf nicht leer sein`);

export const sectionSchema = z
  .strictObject({
    kind: z.enum(paperSectionKinds, { error: `Abschnittsart muss eine von ${paperSectionKinds.join(', ')} sein` }),
    heading: z.string().trim().min(1).max(200).optional(),
    html: z.string().optional(),
    text: z.string().optional(),
  })
  .refine((s) => (s.html === undefined) !== (s.text === undefined), {
    message: 'Ein Abschnitt braucht genau eines von „html“ oder „text“',
  });

export const consultationSchema = z.strictObject({
  organization: nonEmpty('Gremium'),
  role: z.enum(consultationRoles, { error: `Rolle muss eine von ${consultationRoles.join(', ')} sein` }),
  meetingDate: isoDate.optional(),
  authoritative: z.boolean().optional(),
  agendaItemNumber: z.string().trim().min(1).optional(),
  result: z.string().trim().min(1).optional(),
  resolutionText: z.string().trim().min(1).optional(),
});

export const fileSchema = z.strictObject({
  /** Relative to the import file's folder or `--files-root`; never read from outside it (import.paths). */
  path: nonEmpty('Dateipfad'),
  name: z.string().trim().min(1).optional(),
  role: z.enum(paperFileRoles, { error: 'Rolle einer Anlage: main oder auxiliary' }).default('auxiliary'),
  mimeType: z
    .string()
    .regex(/^[\w.+-]+\/[\w.+-]+$/, 'kein gültiger MIME-Typ')
    .optional(),
  public: z.boolean().optional(),
  date: isoDate.optional(),
});

export const paperImportSchema = z
  .strictObject({
    reference: nonEmpty('Vorlagennummer').pipe(z.string().max(100)),
    type: nonEmpty('Vorlagenart'),
    name: nonEmpty('Titel'),
    date: isoDate.optional(),
    public: z.boolean().default(true),
    underDirectionOf: z.array(nonEmpty('Federführung')).default([]),
    originatorOrganizations: z.array(nonEmpty('Einreicher')).default([]),
    originatorPersons: z.array(nonEmpty('Einreicher/in')).default([]),
    sections: z.array(sectionSchema).default([]),
    consultations: z.array(consultationSchema).default([]),
    files: z.array(fileSchema).default([]),
    related: z.array(nonEmpty('Vorlagennummer')).default([]),
    superordinated: z.array(nonEmpty('Vorlagennummer')).default([]),
  })
  .refine((p) => p.files.filter((f) => f.role === 'main').length <= 1, {
    message: 'Höchstens eine Anlage darf die Rolle „main“ (Hauptdokument) haben',
    path: ['files'],
  });

export type PaperImport = z.infer<typeof paperImportSchema>;

const batchSchema = z.strictObject({ papers: z.array(paperImportSchema).min(1, 'Die Liste „papers“ ist leer') });

export type ImportPath = (string | number)[];
export interface ImportProblem {
  path: ImportPath;
  message: string;
}

/**
 * Validates a parsed document. Paths in problems always point into the document as written,
 * so the command line can name the line. A document with a top-level `papers` key is a batch.
 */
export function parsePaperImportDocument(value: unknown): Result<{ paper: PaperImport; path: ImportPath }[], ImportProblem[]> {
  const isBatch = typeof value === 'object' && value !== null && !Array.isArray(value) && 'papers' in value;
  if (isBatch) {
    const parsed = batchSchema.safeParse(value);
    if (!parsed.success) return err(toProblems(parsed.error));
    return ok(parsed.data.papers.map((paper, i) => ({ paper, path: ['papers', i] })));
  }
  const parsed = paperImportSchema.safeParse(value);
  if (!parsed.success) return err(toProblems(parsed.error));
  return ok([{ paper: parsed.data, path: [] }]);
}

function toProblems(error: z.ZodError): ImportProblem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [...path, key], message: `unbekanntes Feld „${key}“` }));
    return [{ path, message: issue.message }];
  });
}
