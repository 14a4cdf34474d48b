/**
 * @module bodies/terms
 * Wahlperioden and the span of dates a member list covers. A membership counts for a span when
 * its [startDate, endDate] overlaps it; a missing start or end date is open on that side.
 */
import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { legislativeTerms } from './bodies.tables.ts';

export interface LegislativeTerm {
  id: number;
  name: string;
  startDate: string;
  endDate: string | null;
}

/** The dates a member list covers: a Wahlperiode, or only today when the body has none. */
export interface MembershipWindow {
  startDate: string;
  endDate: string | null;
  /** The Wahlperiode the window is, if any. */
  term: LegislativeTerm | null;
}

/** The body's Wahlperioden, newest first. */
export async function listLegislativeTerms(db: Db, bodyId: number): Promise<LegislativeTerm[]> {
  return db
    .select({ id: legislativeTerms.id, name: legislativeTerms.name, startDate: legislativeTerms.startDate, endDate: legislativeTerms.endDate })
    .from(legislativeTerms)
    .where(and(eq(legislativeTerms.bodyId, bodyId), isNull(legislativeTerms.deletedAt)))
    .orderBy(desc(legislativeTerms.startDate), desc(legislativeTerms.id));
}

/**
 * The current Wahlperiode: the one whose dates contain today; between two terms the latest that
 * has begun; before the first one the earliest. Undefined only when the body has no terms.
 */
export function currentTerm(terms: readonly LegislativeTerm[], today: string): LegislativeTerm | undefined {
  const begun = terms.filter((t) => t.startDate <= today);
  const containing = begun.find((t) => t.endDate === null || t.endDate >= today);
  return containing ?? begun[0] ?? terms[terms.length - 1];
}

/** The window for a term, or just today for a body without Wahlperioden. */
export function windowFor(term: LegislativeTerm | undefined, today: string): MembershipWindow {
  return term ? { startDate: term.startDate, endDate: term.endDate, term } : { startDate: today, endDate: today, term: null };
}

/**
 * SQL: the membership aliased `alias` overlaps the window. The alias is a fixed identifier
 * written by the caller, never user input.
 */
export function overlapsWindow(alias: 'm' | 'mm', window: MembershipWindow): SQL {
  const m = sql.raw(alias);
  return sql`(${m}.start_date is null or ${window.endDate}::date is null or ${m}.start_date <= ${window.endDate}::date)
    and (${m}.end_date is null or ${m}.end_date >= ${window.startDate}::date)`;
}

/** SQL sort key for names: umlauts beside their base letter (DIN 5007-1), equal on every engine. */
export function nameSortKey(expression: SQL): SQL {
  return sql`lower(translate(${expression}, 'ÄÖÜäöüß', 'AOUaous')) collate "C"`;
}
