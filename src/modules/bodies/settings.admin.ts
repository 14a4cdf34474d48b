/**
 * @module bodies/settings.admin
 * The body's own settings (Körperschaft): names, contact, Ladungsfrist and the Aktenzeichen
 * format per Vorlagenart. Saved version-locked and written to the body's history in one
 * transaction; the portal shows a new name at once (the routes refresh the body resolver).
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { blankAsNull } from '../../lib/form-values.ts';
import { z } from '../../lib/validation.ts';
import { changedFields, recordChange, type Actor } from '../audit/index.ts';
import { bodies } from './bodies.tables.ts';
import { parseReferenceFormat } from './reference-format.ts';

export const BODY_KIND = 'body';

/** The Vorlagenarten every body has (OParl paperType as German RIS name them). */
export const standardPaperTypes = ['Beschlussvorlage', 'Mitteilungsvorlage', 'Antrag', 'Anfrage', 'Antwort auf Anfrage'] as const;

/** At least one week (§ 34 GO SH, § 29 KrO SH; most Länder alike), the column's default. */
export const LEGAL_NOTICE_DAYS = 7;

export interface BodySettings {
  name: string;
  shortName: string | null;
  website: string | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  contactAddress: string | null;
  noticeDays: number;
  referenceFormats: Record<string, string>;
}

export interface StoredBodySettings extends BodySettings {
  version: number;
}

export const settingsLabels = {
  name: 'Name',
  shortName: 'Kurzname',
  website: 'Website',
  contactName: 'Kontakt: Name',
  contactEmail: 'Kontakt: E-Mail-Adresse',
  contactPhone: 'Kontakt: Telefon',
  contactAddress: 'Kontakt: Anschrift',
  noticeDays: 'Ladungsfrist in Tagen',
} as const satisfies Partial<Record<keyof BodySettings, string>>;

const optional = blankAsNull;

const settingsSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name: Bitte geben Sie den Namen der Körperschaft an, zum Beispiel „Kreis Lindenhagen“.')
    .max(200, 'Name: höchstens 200 Zeichen.'),
  shortName: optional(z.string().trim().max(50, 'Kurzname: höchstens 50 Zeichen.')),
  website: optional(
    z
      .string()
      .trim()
      .max(300, 'Website: höchstens 300 Zeichen.')
      .regex(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/, 'Website: Bitte geben Sie eine vollständige Adresse an, die mit https:// beginnt.'),
  ),
  contactName: optional(z.string().trim().max(200, 'Kontakt: Name: höchstens 200 Zeichen.')),
  contactEmail: optional(
    z
      .string()
      .trim()
      .max(200, 'Kontakt: E-Mail-Adresse: höchstens 200 Zeichen.')
      .pipe(z.email({ error: 'Kontakt: E-Mail-Adresse: Bitte geben Sie eine gültige Adresse an (zum Beispiel info@kreis.de) oder lassen Sie das Feld leer.' })),
  ),
  contactPhone: optional(
    z
      .string()
      .trim()
      .max(40, 'Kontakt: Telefon: höchstens 40 Zeichen.')
      .regex(/^\+?[0-9][0-9 ()/-]*[0-9]$/, 'Kontakt: Telefon: Bitte nur Ziffern, Leerzeichen und + ( ) / - verwenden, zum Beispiel 04101 202-0.'),
  ),
  contactAddress: optional(z.string().trim().max(500, 'Kontakt: Anschrift: höchstens 500 Zeichen.')),
  noticeDays: z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, { message: 'Ladungsfrist: Bitte eine ganze Zahl von Tagen angeben, zum Beispiel 7.', abort: true })
    .transform(Number)
    .pipe(z.number().min(1, 'Ladungsfrist: mindestens 1 Tag.').max(60, 'Ladungsfrist: höchstens 60 Tage.')),
});

/** The form as typed: texts, and one format per Vorlagenart (empty: none set). */
export interface SettingsValues {
  name: string;
  shortName: string;
  website: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  contactAddress: string;
  noticeDays: string;
  referenceFormats: { paperType: string; format: string }[];
}

/** Problems by input key; a format's problem under `format:<index>` (its row in the form). */
export type SettingsProblems = Record<string, string>;

export function parseSettingsInput(values: SettingsValues): Result<BodySettings, SettingsProblems> {
  const problems: SettingsProblems = {};
  const { referenceFormats: formats, ...plain } = values;
  const parsed = settingsSchema.safeParse({ ...plain, contactAddress: plain.contactAddress.replace(/\r\n?/g, '\n') });
  if (!parsed.success) for (const issue of parsed.error.issues) problems[String(issue.path[0])] ??= issue.message;
  const referenceFormats: Record<string, string> = {};
  formats.forEach(({ paperType, format }, index) => {
    if (format.trim() === '') return;
    const checked = parseReferenceFormat(format);
    if (checked.ok) referenceFormats[paperType] = checked.value.source;
    else problems[`format:${index}`] = `Aktenzeichen ${paperType}: ${checked.error}`;
  });
  if (!parsed.success || Object.keys(problems).length > 0) return err(problems);
  return ok({ ...parsed.data, referenceFormats });
}

const settingsColumns = {
  name: bodies.name,
  shortName: bodies.shortName,
  website: bodies.website,
  contactName: bodies.contactName,
  contactEmail: bodies.contactEmail,
  contactPhone: bodies.contactPhone,
  contactAddress: bodies.contactAddress,
  noticeDays: bodies.noticeDays,
  referenceFormats: bodies.referenceFormats,
  version: bodies.version,
};

export async function findBodySettings(db: Db, bodyId: number): Promise<StoredBodySettings | undefined> {
  const [row] = await db
    .select(settingsColumns)
    .from(bodies)
    .where(and(eq(bodies.id, bodyId), isNull(bodies.deletedAt)));
  return row;
}

/** The standard Vorlagenarten, then those the body's papers or stored formats name besides. */
export async function paperTypesOf(db: Db, bodyId: number, stored: Record<string, string>): Promise<string[]> {
  const rows = await queryRows(
    db,
    z.object({ paper_type: z.string() }),
    sql`select distinct paper_type from papers where body_id = ${bodyId} and deleted_at is null order by paper_type`,
  );
  const known = new Set<string>(standardPaperTypes);
  const others = [...new Set([...rows.map((r) => r.paper_type), ...Object.keys(stored)])].filter((t) => t.trim() !== '' && !known.has(t));
  return [...standardPaperTypes, ...others.sort((a, b) => a.localeCompare(b, 'de'))];
}

/** Every field as text for the history, the formats one line per Vorlagenart. */
function flat(settings: BodySettings): Record<string, unknown> {
  const { referenceFormats, ...rest } = settings;
  return { ...rest, ...Object.fromEntries(Object.entries(referenceFormats).map(([type, format]) => [`format:${type}`, format])) };
}

export type SettingsSaveError = { kind: 'stale'; stored: StoredBodySettings } | { kind: 'missing' };

export async function saveBodySettings(
  db: Db,
  bodyId: number,
  version: number,
  input: BodySettings,
  actor: Actor,
): Promise<Result<StoredBodySettings, SettingsSaveError>> {
  return db.transaction(async (tx) => {
    const before = await findBodySettings(tx, bodyId);
    if (!before) return err({ kind: 'missing' as const });
    const [row] = await tx
      .update(bodies)
      .set({ ...input, version: sql`${bodies.version} + 1` })
      .where(and(eq(bodies.id, bodyId), eq(bodies.version, version), isNull(bodies.deletedAt)))
      .returning(settingsColumns);
    if (!row) return err({ kind: 'stale' as const, stored: (await findBodySettings(tx, bodyId)) ?? before });
    const types = new Set([...Object.keys(before.referenceFormats), ...Object.keys(row.referenceFormats)]);
    const labels: Record<string, string> = { ...settingsLabels };
    for (const type of types) labels[`format:${type}`] = `Aktenzeichen ${type}`;
    await recordChange(tx, {
      bodyId,
      actor,
      event: 'record.updated',
      kind: BODY_KIND,
      id: bodyId,
      label: row.name,
      changes: changedFields(labels, flat(before), flat(row)),
      version: row.version,
    });
    return ok(row);
  });
}
