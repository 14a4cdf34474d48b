/**
 * @module organizations/admin
 * What the account administration needs to know of organizations: which Gremien and Verwaltung
 * units a role may name, their names, and their types for the role rules.
 */
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations, type OrganizationType } from './organizations.tables.ts';

export interface AssignableOrganization {
  id: number;
  name: string;
  type: OrganizationType;
}

/**
 * The body's Gremien and Verwaltung units a role or account may name: the live ones, and deleted
 * ones only while in `keepIds` (an account still names them), in the database's order.
 */
export async function listAssignableOrganizations(db: Db, bodyId: number, keepIds: readonly number[]): Promise<AssignableOrganization[]> {
  return db
    .select({ id: organizations.id, name: organizations.name, type: organizations.organizationType })
    .from(organizations)
    .where(
      and(
        eq(organizations.bodyId, bodyId),
        inArray(organizations.organizationType, ['Gremium', 'Verwaltungsbereich']),
        keepIds.length ? or(isNull(organizations.deletedAt), inArray(organizations.id, [...keepIds])) : isNull(organizations.deletedAt),
      ),
    );
}

/**
 * Names by id, deleted organizations included (a log or an old grant still names them), in the
 * database's order. Without `bodyId` the ids are taken as they are (the viewer's own Gremien).
 */
export async function organizationNames(db: Db, ids: readonly number[], bodyId?: number): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(bodyId === undefined ? inArray(organizations.id, unique) : and(eq(organizations.bodyId, bodyId), inArray(organizations.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The type of each of the body's organizations among `ids` (deleted ones included). */
export async function organizationTypesOf(db: Db, bodyId: number, ids: readonly number[]): Promise<Map<number, OrganizationType>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, type: organizations.organizationType })
    .from(organizations)
    .where(and(eq(organizations.bodyId, bodyId), inArray(organizations.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r.type]));
}
