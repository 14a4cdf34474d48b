/**
 * @module people/organization-facts
 * What the membership pages need to know of organizations: one organization's name, type and
 * seats (the seat check of its member page), and every live organization a membership may name
 * (the Gremium and Fraktion selects). The organizations module imports this module (a Gremium's
 * members are written with people's names), so people cannot import it back without a cycle;
 * these reads therefore join the organizations table in SQL, as people.queries already does.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRow, queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';

export interface OrganizationFacts {
  id: number;
  name: string;
  organizationType: string;
  /** Seats with a vote; null when the body has not entered them. */
  seats: number | null;
  startDate: string | null;
  endDate: string | null;
}

const factsSchema = z.object({
  id: z.number(),
  name: z.string(),
  organizationType: z.string(),
  seats: z.number().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});

const columns = sql`o.id, o.name, o.organization_type as "organizationType", o.seats,
  to_char(o.start_date, 'YYYY-MM-DD') as "startDate", to_char(o.end_date, 'YYYY-MM-DD') as "endDate"`;

/** One of the body's live organizations, or undefined. */
export async function findOrganizationFacts(db: Db, bodyId: number, id: number): Promise<OrganizationFacts | undefined> {
  return queryRow(db, factsSchema, sql`select ${columns} from organizations o where o.body_id = ${bodyId} and o.id = ${id} and o.deleted_at is null`);
}

/** Every live organization of the body as the portal orders them, dissolved ones included. */
export async function listMembershipTargets(db: Db, bodyId: number): Promise<OrganizationFacts[]> {
  return queryRows(
    db,
    factsSchema,
    sql`select ${columns} from organizations o where o.body_id = ${bodyId} and o.deleted_at is null order by o.position, o.name, o.id`,
  );
}
