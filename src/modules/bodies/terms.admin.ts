/**
 * @module bodies/terms.admin
 * The back office's Wahlperioden: create, change and delete, each checked, version-locked and
 * written to the record's history in one transaction. Two Wahlperioden never overlap (the
 * portal's member lists pick the period by date). Which one is current is derived from the dates,
 * never stored: it changes by itself the day after a period ends and cannot be left wrong.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow } from '../../db/rows.ts';
import { blankAsNull, calendarDay } from '../../lib/form-values.ts';
import { formatDate } from '../../lib/format.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { z } from '../../lib/validation.ts';
import { changedFields, recordChange, type Actor } from '../audit/index.ts';
import { bodies, legislativeTerms } from './bodies.tables.ts';
import { overlapsWindow, type LegislativeTerm } from './bodies.terms.ts';

export const TERM_KIND = 'legislativeTerm';

export interface TermRecord extends LegislativeTerm {
  version: number;
}

export interface TermInput {
  name: string;
  startDate: string;
  endDate: string | null;
}

export const termLabels = { name: 'Name', startDate: 'Beginn', endDate: 'Ende' } as const satisfies Record<keyof TermInput, string>;

/** Problems by input key (name, startDate, endDate). */
export type TermProblems = Partial<Record<keyof TermInput, string>>;

export const termSchema = z
  .object({
    name: z.string().trim().min(1, 'Name: Bitte geben Sie einen Namen an, zum Beispiel „2023–2028“.').max(100, 'Name: höchstens 100 Zeichen.'),
    startDate: calendarDay('Beginn'),
    endDate: blankAsNull(calendarDay('Ende')),
  })
  .refine((t) => t.endDate === null || t.endDate >= t.startDate, { path: ['endDate'], message: 'Ende: Das Ende liegt vor dem Beginn.' });

/** The form's text values as the domain reads them; German problems by input key when refused. */
export function parseTermInput(values: { name: string; startDate: string; endDate: string }): Result<TermInput, TermProblems> {
  const parsed = termSchema.safeParse(values);
  if (parsed.success) return ok(parsed.data);
  const problems: TermProblems = {};
  for (const issue of parsed.error.issues) problems[String(issue.path[0]) as keyof TermInput] ??= issue.message;
  return err(problems);
}

const termColumns = {
  id: legislativeTerms.id,
  name: legislativeTerms.name,
  startDate: legislativeTerms.startDate,
  endDate: legislativeTerms.endDate,
  version: legislativeTerms.version,
};

export async function findTerm(db: Db, bodyId: number, id: number): Promise<TermRecord | undefined> {
  const [row] = await db
    .select(termColumns)
    .from(legislativeTerms)
    .where(and(eq(legislativeTerms.bodyId, bodyId), eq(legislativeTerms.id, id), isNull(legislativeTerms.deletedAt)));
  return row;
}

/** The Wahlperioden whose dates include `today`: normally one; none between two, several only in old data. */
export function termsOn(terms: readonly LegislativeTerm[], today: string): LegislativeTerm[] {
  return terms.filter((t) => t.startDate <= today && (t.endDate === null || t.endDate >= today));
}

/** The history shows days as they are read: 01.06.2023. */
const historyText = (field: string, value: unknown) =>
  value === null || value === undefined ? '' : field === 'name' ? String(value) : formatDate(String(value));

const span = (t: { startDate: string; endDate: string | null }) => `${formatDate(t.startDate)} bis ${t.endDate ? formatDate(t.endDate) : 'offen'}`;

/** Whether two periods share a day; a missing end is open. */
const overlap = (a: { startDate: string; endDate: string | null }, b: { startDate: string; endDate: string | null }) =>
  (b.endDate === null || a.startDate <= b.endDate) && (a.endDate === null || b.startDate <= a.endDate);

export type TermSaveError = { kind: 'invalid'; problems: TermProblems } | { kind: 'stale'; stored: TermRecord } | { kind: 'missing' };

/**
 * The other Wahlperiode the input overlaps, as a German sentence. The body's row is locked first,
 * so two saves at the same moment cannot both pass the check.
 */
async function overlapProblem(tx: Db, bodyId: number, input: TermInput, ownId: number | undefined): Promise<TermProblems | undefined> {
  await tx.select({ id: bodies.id }).from(bodies).where(eq(bodies.id, bodyId)).for('update');
  const others = await tx
    .select(termColumns)
    .from(legislativeTerms)
    .where(and(eq(legislativeTerms.bodyId, bodyId), isNull(legislativeTerms.deletedAt)));
  const hit = others.find((o) => o.id !== ownId && overlap(o, input));
  if (!hit) return undefined;
  return {
    startDate: `Beginn: Der Zeitraum überschneidet sich mit der Wahlperiode „${hit.name}“ (${span(hit)}). Wahlperioden dürfen sich nicht überschneiden.`,
  };
}

export async function createTerm(db: Db, bodyId: number, input: TermInput, actor: Actor): Promise<Result<TermRecord, TermSaveError>> {
  return db.transaction(async (tx) => {
    const problems = await overlapProblem(tx, bodyId, input, undefined);
    if (problems) return err({ kind: 'invalid' as const, problems });
    const [row] = await tx
      .insert(legislativeTerms)
      .values({ bodyId, ...input })
      .returning(termColumns);
    if (!row) throw new Error('insert into legislative_terms returned no row');
    await recordChange(tx, {
      bodyId,
      actor,
      event: 'record.created',
      kind: TERM_KIND,
      id: row.id,
      label: row.name,
      changes: changedFields(termLabels, undefined, row, historyText),
      version: row.version,
    });
    return ok(row);
  });
}

export async function updateTerm(
  db: Db,
  bodyId: number,
  id: number,
  version: number,
  input: TermInput,
  actor: Actor,
): Promise<Result<TermRecord, TermSaveError>> {
  return db.transaction(async (tx) => {
    const before = await findTerm(tx, bodyId, id);
    if (!before) return err({ kind: 'missing' as const });
    if (before.version !== version) return err({ kind: 'stale' as const, stored: before });
    const problems = await overlapProblem(tx, bodyId, input, id);
    if (problems) return err({ kind: 'invalid' as const, problems });
    const [row] = await tx
      .update(legislativeTerms)
      .set({ ...input, version: sql`${legislativeTerms.version} + 1` })
      .where(and(eq(legislativeTerms.id, id), eq(legislativeTerms.bodyId, bodyId), eq(legislativeTerms.version, version), isNull(legislativeTerms.deletedAt)))
      .returning(termColumns);
    if (!row) {
      const stored = await findTerm(tx, bodyId, id);
      return err(stored ? { kind: 'stale' as const, stored } : { kind: 'missing' as const });
    }
    await recordChange(tx, {
      bodyId,
      actor,
      event: 'record.updated',
      kind: TERM_KIND,
      id,
      label: row.name,
      changes: changedFields(termLabels, before, row, historyText),
      version: row.version,
    });
    return ok(row);
  });
}

/** What lies in a Wahlperiode's dates: the sessions held and the memberships that ran then. */
export async function termUsage(
  db: Db,
  bodyId: number,
  term: { startDate: string; endDate: string | null },
): Promise<{ meetings: number; memberships: number }> {
  const window = { startDate: term.startDate, endDate: term.endDate, term: null };
  const row = await queryRow(
    db,
    z.object({ meetings: z.number(), memberships: z.number() }),
    sql`select
      (select count(*)::int from meetings mt where mt.body_id = ${bodyId} and mt.deleted_at is null and mt.start is not null
        and (mt.start at time zone 'Europe/Berlin')::date >= ${term.startDate}::date
        and (${term.endDate}::date is null or (mt.start at time zone 'Europe/Berlin')::date <= ${term.endDate}::date)) as meetings,
      (select count(*)::int from memberships m where m.body_id = ${bodyId} and m.deleted_at is null and ${overlapsWindow('m', window)}) as memberships`,
  );
  return row ?? { meetings: 0, memberships: 0 };
}

export type TermDeleteError = { kind: 'inUse'; message: string } | { kind: 'stale'; stored: TermRecord } | { kind: 'missing' };

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Deletes a Wahlperiode that nothing happened in: one with sessions or memberships in its dates
 * is part of the record (member lists per Wahlperiode, OParl) and is corrected, not deleted.
 * Rows are never removed (OParl reports the deletion).
 */
export async function deleteTerm(db: Db, bodyId: number, id: number, version: number, actor: Actor): Promise<Result<TermRecord, TermDeleteError>> {
  return db.transaction(async (tx) => {
    const before = await findTerm(tx, bodyId, id);
    if (!before) return err({ kind: 'missing' as const });
    if (before.version !== version) return err({ kind: 'stale' as const, stored: before });
    const usage = await termUsage(tx, bodyId, before);
    if (usage.meetings > 0 || usage.memberships > 0) {
      const what = [
        usage.meetings > 0 ? counted(usage.meetings, 'Sitzung', 'Sitzungen') : undefined,
        usage.memberships > 0 ? counted(usage.memberships, 'Mitgliedschaft', 'Mitgliedschaften') : undefined,
      ]
        .filter(Boolean)
        .join(' und ');
      return err({
        kind: 'inUse' as const,
        message: `Die Wahlperiode „${before.name}“ kann nicht gelöscht werden: In ihrem Zeitraum liegen ${what}. Korrigieren Sie stattdessen Name oder Daten.`,
      });
    }
    const [row] = await tx
      .update(legislativeTerms)
      .set({ deletedAt: new Date(), version: sql`${legislativeTerms.version} + 1` })
      .where(and(eq(legislativeTerms.id, id), eq(legislativeTerms.bodyId, bodyId), eq(legislativeTerms.version, version), isNull(legislativeTerms.deletedAt)))
      .returning(termColumns);
    if (!row) return err({ kind: 'missing' as const });
    await recordChange(tx, { bodyId, actor, event: 'record.deleted', kind: TERM_KIND, id, label: row.name, version: row.version });
    return ok(row);
  });
}
