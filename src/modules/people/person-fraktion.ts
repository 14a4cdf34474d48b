/**
 * @module people/person-fraktion
 * The person form's „Fraktion“ is no column of its own. Belonging to a Fraktion is a membership
 * of the person in that Fraktion, as OParl models it and as the portal (Fraktion beside the name),
 * the person filters and the access rules already read it. So choosing another Fraktion in the
 * form ends the current Fraktion membership the day before and starts a new one today; choosing
 * none only ends it. A Fraktion membership that began only today (or later) was a slip and is
 * deleted instead, so that no membership ends before it begins. Each step is audited.
 */
import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { recordChange, type Actor } from '../audit/index.ts';
import { memberships } from './people.tables.ts';

export interface FraktionMembership {
  membershipId: number;
  organizationId: number;
  startDate: string | null;
  version: number;
}

/** The day before an ISO date. */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The person's Fraktion memberships held on `today`, the latest begun first. */
export async function currentFraktionMemberships(
  db: Db,
  bodyId: number,
  personId: number,
  fraktionIds: readonly number[],
  today: string,
): Promise<FraktionMembership[]> {
  if (fraktionIds.length === 0) return [];
  const rows = await db
    .select({ membershipId: memberships.id, organizationId: memberships.organizationId, startDate: memberships.startDate, version: memberships.version })
    .from(memberships)
    .where(
      and(
        eq(memberships.bodyId, bodyId),
        eq(memberships.personId, personId),
        isNull(memberships.deletedAt),
        inArray(memberships.organizationId, [...fraktionIds]),
        or(isNull(memberships.startDate), lte(memberships.startDate, today)),
        or(isNull(memberships.endDate), gte(memberships.endDate, today)),
      ),
    );
  return rows.sort((a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? '') || b.membershipId - a.membershipId);
}

export interface FraktionSwitch {
  bodyId: number;
  personId: number;
  personName: string;
  /** The Fraktion memberships held today (currentFraktionMemberships). */
  held: readonly FraktionMembership[];
  /** The Fraktion chosen in the form, or null for none. */
  toId: number | null;
  /** Names of the Fraktionen, for the audit labels. */
  names: ReadonlyMap<number, string>;
  today: string;
  actor: Actor;
}

/** Ends (or deletes) the Fraktion memberships other than the chosen one and begins the chosen one today; inside the caller's transaction. */
export async function switchFraktion(tx: Db, s: FraktionSwitch): Promise<void> {
  const label = (organizationId: number) => `${s.personName} – ${s.names.get(organizationId) ?? `Fraktion ${organizationId}`}`;
  for (const m of s.held) {
    if (m.organizationId === s.toId) continue;
    const slip = m.startDate !== null && m.startDate >= s.today;
    const end = dayBefore(s.today);
    await tx
      .update(memberships)
      .set(slip ? { deletedAt: new Date(), version: sql`${memberships.version} + 1` } : { endDate: end, version: sql`${memberships.version} + 1` })
      .where(eq(memberships.id, m.membershipId));
    await recordChange(tx, {
      bodyId: s.bodyId,
      actor: s.actor,
      event: slip ? 'record.deleted' : 'record.ended',
      kind: 'membership',
      id: m.membershipId,
      label: label(m.organizationId),
      changes: slip ? [] : [{ field: 'Ende', before: '', after: end }],
      version: m.version + 1,
    });
  }
  if (s.toId === null || s.held.some((m) => m.organizationId === s.toId)) return;
  const [row] = await tx
    .insert(memberships)
    .values({ bodyId: s.bodyId, personId: s.personId, organizationId: s.toId, role: 'Mitglied', votingRight: true, startDate: s.today })
    .returning({ id: memberships.id });
  if (!row) throw new Error('insert returned no row');
  await recordChange(tx, {
    bodyId: s.bodyId,
    actor: s.actor,
    event: 'record.created',
    kind: 'membership',
    id: row.id,
    label: label(s.toId),
    changes: [
      { field: 'Gremium', before: '', after: s.names.get(s.toId) ?? String(s.toId) },
      { field: 'Rolle', before: '', after: 'Mitglied' },
      { field: 'Beginn', before: '', after: s.today },
    ],
    version: 1,
  });
}
