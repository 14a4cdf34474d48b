/**
 * @module members/subscriptions
 * Abonnements of a Gremium, a person or a paper: news about them reach the account. A paper is
 * subscribed to only while the account may see it.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { paperVisibleTo, type AccountViewer, type Viewer } from '../../access/index.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { papers } from '../papers/papers.tables.ts';
import { persons } from '../people/people.tables.ts';
import { subscriptions, type SubscriptionKind } from './members.tables.ts';

const subscriptionColumn = {
  organization: subscriptions.organizationId,
  paper: subscriptions.paperId,
  person: subscriptions.personId,
} as const;

/** Whether the object exists in the body and, for a paper, the viewer may see it. */
export async function subscriptionTargetExists(db: Db, bodyId: number, viewer: Viewer, kind: SubscriptionKind, id: number): Promise<boolean> {
  const rows =
    kind === 'paper'
      ? await db
          .select({ id: papers.id })
          .from(papers)
          .where(and(eq(papers.bodyId, bodyId), eq(papers.id, id), paperVisibleTo(viewer)))
      : kind === 'organization'
        ? await db
            .select({ id: organizations.id })
            .from(organizations)
            .where(and(eq(organizations.bodyId, bodyId), eq(organizations.id, id), isNull(organizations.deletedAt)))
        : await db
            .select({ id: persons.id })
            .from(persons)
            .where(and(eq(persons.bodyId, bodyId), eq(persons.id, id), isNull(persons.deletedAt)));
  return rows.length > 0;
}

/** The id of the account's subscription of the object, or undefined. */
export async function findSubscriptionId(db: Db, userId: number, kind: SubscriptionKind, targetId: number): Promise<number | undefined> {
  const [row] = await db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, userId), eq(subscriptions.kind, kind), eq(subscriptionColumn[kind], targetId)));
  return row?.id;
}

/** Subscribes; subscribing twice changes nothing. The caller has checked the target. */
export async function addSubscription(db: Db, userId: number, kind: SubscriptionKind, targetId: number): Promise<void> {
  await db
    .insert(subscriptions)
    .values({
      userId,
      kind,
      organizationId: kind === 'organization' ? targetId : null,
      paperId: kind === 'paper' ? targetId : null,
      personId: kind === 'person' ? targetId : null,
    })
    .onConflictDoNothing();
}

/** Removes the account's own subscription; undefined when it has none with this id. */
export async function removeSubscription(db: Db, userId: number, id: number): Promise<{ id: number } | undefined> {
  const [removed] = await db
    .delete(subscriptions)
    .where(and(eq(subscriptions.id, id), eq(subscriptions.userId, userId)))
    .returning({ id: subscriptions.id });
  return removed;
}

export interface SubscriptionEntry {
  id: number;
  kind: SubscriptionKind;
  /** Null when the object is gone or no longer visible to the account. */
  target: { title: string; href: string } | null;
}

export async function listSubscriptions(db: Db, bodyId: number, viewer: AccountViewer): Promise<SubscriptionEntry[]> {
  const rows = await db
    .select({
      id: subscriptions.id,
      kind: subscriptions.kind,
      organizationId: organizations.id,
      organizationName: organizations.name,
      paperSlug: papers.slug,
      paperReference: papers.reference,
      paperName: papers.name,
      personId: persons.id,
      personTitle: persons.title,
      personGivenName: persons.givenName,
      personFamilyName: persons.familyName,
      personAffix: persons.affix,
    })
    .from(subscriptions)
    .leftJoin(organizations, and(eq(organizations.id, subscriptions.organizationId), eq(organizations.bodyId, bodyId), isNull(organizations.deletedAt)))
    .leftJoin(papers, and(eq(papers.id, subscriptions.paperId), eq(papers.bodyId, bodyId), paperVisibleTo(viewer)))
    .leftJoin(persons, and(eq(persons.id, subscriptions.personId), eq(persons.bodyId, bodyId), isNull(persons.deletedAt)))
    .where(eq(subscriptions.userId, viewer.userId))
    .orderBy(asc(subscriptions.kind), asc(subscriptions.created), asc(subscriptions.id));
  return rows.map((r): SubscriptionEntry => {
    const target =
      r.kind === 'organization' && r.organizationId !== null && r.organizationName !== null
        ? { title: r.organizationName, href: `/gremien/${r.organizationId}` }
        : r.kind === 'paper' && r.paperSlug !== null
          ? { title: `${r.paperReference ?? ''}: ${r.paperName ?? ''}`, href: `/vorlagen/${r.paperSlug}` }
          : r.kind === 'person' && r.personId !== null && r.personFamilyName !== null
            ? {
                title: [...(r.personTitle ?? []), r.personGivenName, r.personFamilyName, r.personAffix].filter((p) => p !== null && p.trim() !== '').join(' '),
                href: `/personen/${r.personId}`,
              }
            : null;
    return { id: r.id, kind: r.kind, target };
  });
}
