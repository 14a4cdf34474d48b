/** @module meetings/repo — all SQL on meetings and agenda items. */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { agendaItems, meetingOrganizations, meetings } from './meetings.tables.ts';

export type Meeting = typeof meetings.$inferSelect;
export type AgendaItem = typeof agendaItems.$inferSelect;

/** Meetings of a Gremium on a calendar day (Berlin time): how people name a session. */
export async function findMeetingsOfOrganizationOn(db: Db, bodyId: number, organizationId: number, day: string): Promise<Meeting[]> {
  const rows = await db
    .select({ meeting: meetings })
    .from(meetings)
    .innerJoin(meetingOrganizations, eq(meetingOrganizations.meetingId, meetings.id))
    .where(
      and(
        eq(meetings.bodyId, bodyId),
        isNull(meetings.deletedAt),
        eq(meetingOrganizations.organizationId, organizationId),
        sql`(${meetings.start} at time zone 'Europe/Berlin')::date = ${day}::date`,
      ),
    )
    .orderBy(asc(meetings.start));
  return rows.map((r) => r.meeting);
}

export async function findAgendaItemByNumber(db: Db, meetingId: number, number: string): Promise<AgendaItem | undefined> {
  const [row] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meetingId), eq(agendaItems.number, number), isNull(agendaItems.deletedAt)));
  return row;
}

export async function findAgendaItem(db: Db, id: number): Promise<AgendaItem | undefined> {
  const [row] = await db.select().from(agendaItems).where(eq(agendaItems.id, id));
  return row;
}

/**
 * Puts an item at the end of a meeting's public or non-public part, numbered after the last
 * one of that part („Ö 7“, „N 3“).
 */
export async function appendAgendaItem(
  db: Db,
  input: { bodyId: number; meetingId: number; name: string; public: boolean; number?: string | undefined },
): Promise<AgendaItem> {
  const [stats] = await db
    .select({
      maxPosition: sql<number>`coalesce(max(${agendaItems.position}), 0)::int`,
      maxPublicPosition: sql<number>`coalesce(max(${agendaItems.position}) filter (where ${agendaItems.public}), 0)::int`,
      partCount: sql<number>`(count(*) filter (where ${agendaItems.public} = ${input.public} and ${agendaItems.number} !~ '\\.'))::int`,
    })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, input.meetingId), isNull(agendaItems.deletedAt)));
  const number = input.number ?? `${input.public ? 'Ö' : 'N'} ${(stats?.partCount ?? 0) + 1}`;
  // the public part comes first: a new public item goes before the first non-public one
  const position = input.public ? (stats?.maxPublicPosition ?? 0) + 1 : (stats?.maxPosition ?? 0) + 1;
  if (input.public) {
    await db
      .update(agendaItems)
      .set({ position: sql`${agendaItems.position} + 1` })
      .where(and(eq(agendaItems.meetingId, input.meetingId), sql`${agendaItems.position} >= ${position}`));
  }
  const [row] = await db
    .insert(agendaItems)
    .values({ bodyId: input.bodyId, meetingId: input.meetingId, name: input.name, public: input.public, number, position })
    .returning();
  if (!row) throw new Error('insert into agenda_items returned no row');
  return row;
}

export async function recordAgendaItemResult(
  db: Db,
  id: number,
  result: { result?: string | undefined; resolutionText?: string | undefined; name?: string; public?: boolean },
): Promise<void> {
  const changes = Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined));
  if (Object.keys(changes).length === 0) return;
  await db.update(agendaItems).set(changes).where(eq(agendaItems.id, id));
}
