/**
 * @module people/membership-roster
 * Who sits in a Gremium on a given day (the back office's member page): the memberships held
 * then, by role, with their deputies, and those that ended before or begin after. `rosterWarnings`
 * says where the seats do not add up, so the Sitzungsdienst sees it before a session.
 */
import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { formatDate } from '../../lib/format.ts';
import { nameSortKey } from '../bodies/index.ts';
import { listMembershipTargets } from './organization-facts.ts';
import { formatPersonName } from './people.names.ts';
import { memberships, persons } from './people.tables.ts';
import { DEPUTY, membershipRoles, roleLabel } from './membership-rules.ts';

export interface RosterEntry {
  membershipId: number;
  personId: number;
  personName: string;
  role: string;
  votingRight: boolean;
  startDate: string | null;
  endDate: string | null;
  /** The Fraktion the person sits for: the membership's own, else the person's Fraktion that day. */
  fraktion: { id: number; name: string } | null;
  /** A deputy: the member they stand in for. */
  represents: { personId: number; name: string } | null;
  /** A member: the deputies standing in for them (held on the day). */
  deputies: { personId: number; name: string }[];
  version: number;
}

export interface Roster {
  day: string;
  current: RosterEntry[];
  /** Ended before the day, the latest first. */
  past: RosterEntry[];
  /** Beginning after the day, the soonest first. */
  future: RosterEntry[];
}

const heldOn = (day: string, m: { startDate: string | null; endDate: string | null }) =>
  (m.startDate === null || m.startDate <= day) && (m.endDate === null || m.endDate >= day);

/** Order of the role groups on the page; roles outside the list come last. */
export const roleOrder = (role: string) => {
  const i = (membershipRoles as readonly string[]).indexOf(role);
  return i < 0 ? membershipRoles.length : i;
};

export async function rosterOf(db: Db, bodyId: number, organizationId: number, day: string): Promise<Roster> {
  const rows = await db
    .select({
      membershipId: memberships.id,
      personId: memberships.personId,
      role: memberships.role,
      votingRight: memberships.votingRight,
      startDate: memberships.startDate,
      endDate: memberships.endDate,
      onBehalfOfId: memberships.onBehalfOfId,
      representsPersonId: memberships.representsPersonId,
      version: memberships.version,
      title: persons.title,
      givenName: persons.givenName,
      familyName: persons.familyName,
      affix: persons.affix,
    })
    .from(memberships)
    .innerJoin(persons, eq(persons.id, memberships.personId))
    .where(and(eq(memberships.bodyId, bodyId), eq(memberships.organizationId, organizationId), isNull(memberships.deletedAt), isNull(persons.deletedAt)))
    .orderBy(nameSortKey(sql`${persons.familyName}`), nameSortKey(sql`coalesce(${persons.givenName}, '')`), asc(memberships.startDate), asc(memberships.id));
  const targets = await listMembershipTargets(db, bodyId);
  const orgNames = new Map(targets.map((o) => [o.id, o.name]));
  const fraktionIds = targets.filter((o) => o.organizationType === 'Fraktion').map((o) => o.id);
  const personIds = [...new Set(rows.map((r) => r.personId))];
  // the Fraktion of each person on the day, for memberships that do not name one
  const fraktionOf = new Map<number, number>();
  if (personIds.length && fraktionIds.length) {
    const held = await db
      .select({ personId: memberships.personId, organizationId: memberships.organizationId })
      .from(memberships)
      .where(
        and(
          eq(memberships.bodyId, bodyId),
          isNull(memberships.deletedAt),
          inArray(memberships.personId, personIds),
          inArray(memberships.organizationId, fraktionIds),
          or(isNull(memberships.startDate), lte(memberships.startDate, day)),
          or(isNull(memberships.endDate), gte(memberships.endDate, day)),
        ),
      );
    for (const h of held) fraktionOf.set(h.personId, h.organizationId);
  }
  const nameOf = new Map(rows.map((r) => [r.personId, formatPersonName(r)]));
  const represented = [...new Set(rows.flatMap((r) => (r.representsPersonId !== null && !nameOf.has(r.representsPersonId) ? [r.representsPersonId] : [])))];
  if (represented.length) {
    const others = await db
      .select({ id: persons.id, title: persons.title, givenName: persons.givenName, familyName: persons.familyName, affix: persons.affix })
      .from(persons)
      .where(and(eq(persons.bodyId, bodyId), inArray(persons.id, represented)));
    for (const o of others) nameOf.set(o.id, formatPersonName(o));
  }
  const entries: RosterEntry[] = rows.map((r) => {
    const fraktionId = r.onBehalfOfId ?? fraktionOf.get(r.personId) ?? null;
    return {
      membershipId: r.membershipId,
      personId: r.personId,
      personName: nameOf.get(r.personId) ?? '',
      role: r.role,
      votingRight: r.votingRight,
      startDate: r.startDate,
      endDate: r.endDate,
      fraktion: fraktionId === null ? null : { id: fraktionId, name: orgNames.get(fraktionId) ?? '' },
      represents: r.representsPersonId === null ? null : { personId: r.representsPersonId, name: nameOf.get(r.representsPersonId) ?? '' },
      deputies: [],
      version: r.version,
    };
  });
  const current = entries.filter((e) => heldOn(day, e));
  for (const member of current.filter((e) => e.role !== DEPUTY))
    member.deputies = current
      .filter((d) => d.role === DEPUTY && d.represents?.personId === member.personId)
      .map((d) => ({ personId: d.personId, name: d.personName }));
  current.sort((a, b) => roleOrder(a.role) - roleOrder(b.role));
  return {
    day,
    current,
    past: entries.filter((e) => e.endDate !== null && e.endDate < day).sort((a, b) => (b.endDate ?? '').localeCompare(a.endDate ?? '')),
    future: entries.filter((e) => e.startDate !== null && e.startDate > day).sort((a, b) => (a.startDate ?? '').localeCompare(b.startDate ?? '')),
  };
}

/** Seat holders: those with a vote who are no deputy (a deputy votes only in a member's place). */
export const seatHolders = (roster: Roster) => [...new Set(roster.current.filter((e) => e.votingRight && e.role !== DEPUTY).map((e) => e.personId))];

/** Where the seats do not add up on the roster's day, as German sentences. */
export function rosterWarnings(roster: Roster, seats: number | null): string[] {
  const warnings: string[] = [];
  const on = formatDate(roster.day);
  const voting = seatHolders(roster).length;
  if (seats !== null && voting !== seats)
    warnings.push(`Sitze: Am ${on} sind ${voting} stimmberechtigte Mitglieder eingetragen, das Gremium hat aber ${seats} Sitze.`);
  const chairs = roster.current.filter((e) => e.role === 'Vorsitz');
  if (chairs.length > 1) warnings.push(`Vorsitz: Am ${on} haben ${chairs.length} Personen den Vorsitz (${chairs.map((c) => c.personName).join(', ')}).`);
  const members = new Set(roster.current.filter((e) => e.role !== DEPUTY).map((e) => e.personId));
  for (const d of roster.current.filter((e) => e.role === DEPUTY)) {
    if (d.represents === null) warnings.push(`Vertretung: ${d.personName} (${roleLabel(DEPUTY)}) vertritt niemanden.`);
    else if (!members.has(d.represents.personId))
      warnings.push(`Vertretung: ${d.personName} vertritt ${d.represents.name}, doch ${d.represents.name} ist am ${on} kein Mitglied dieses Gremiums.`);
  }
  const seen = new Map<number, RosterEntry[]>();
  for (const e of roster.current) seen.set(e.personId, [...(seen.get(e.personId) ?? []), e]);
  for (const twice of [...seen.values()].filter((list) => list.length > 1))
    warnings.push(
      `Doppelt: ${twice[0]?.personName} hat am ${on} ${twice.length} Mitgliedschaften in diesem Gremium (${twice.map((e) => roleLabel(e.role)).join(', ')}).`,
    );
  return warnings;
}
