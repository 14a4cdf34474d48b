/** @module organizations/repo — all SQL on organizations. */
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organizations } from './organizations.tables.ts';

export type Organization = typeof organizations.$inferSelect;

/** By full or short name, ignoring case: imports name a Gremium as people write it. */
export async function findOrganizationsByName(db: Db, bodyId: number, name: string): Promise<Organization[]> {
  const wanted = name.trim().toLowerCase();
  return db
    .select()
    .from(organizations)
    .where(
      and(
        eq(organizations.bodyId, bodyId),
        isNull(organizations.deletedAt),
        or(sql`lower(${organizations.name}) = ${wanted}`, sql`lower(${organizations.shortName}) = ${wanted}`),
      ),
    )
    .orderBy(asc(organizations.id));
}
