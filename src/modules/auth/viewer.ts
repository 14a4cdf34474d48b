/**
 * @module auth/viewer
 * Turns a session's account into the Viewer that the visibility policy reads: its roles, and
 * for a Mandatsträger/in the Gremien of their current memberships (deputies included). One
 * statement per request.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queryRows } from '../../db/rows.ts';
import { z } from '../../lib/validation.ts';
import { staffRoles, type AccountViewer } from '../../access/index.ts';

export async function loadAccountViewer(
  db: Db,
  account: { userId: number; displayName: string; personId: number | null },
  today: string,
): Promise<AccountViewer> {
  // memberships count only for an account with the Mandatsträger role, and only while current
  const rows = await queryRows(
    db,
    z.object({ role: z.string(), organization_id: z.number().int().nullable() }),
    sql`select role, organization_id from user_roles where user_id = ${account.userId}
      union all
      select distinct 'membership', m.organization_id from memberships m
      where m.person_id = ${account.personId ?? 0} and m.deleted_at is null
        and (m.start_date is null or m.start_date <= ${today}::date) and (m.end_date is null or m.end_date >= ${today}::date)
        and exists (select 1 from user_roles r where r.user_id = ${account.userId} and r.role = 'mandatstraeger')`,
    { prepared: true },
  );
  const idsOf = (role: string) => [...new Set(rows.flatMap((r) => (r.role === role && r.organization_id !== null ? [r.organization_id] : [])))];
  const mandate = rows.some((r) => r.role === 'mandatstraeger');
  return {
    kind: 'account',
    userId: account.userId,
    displayName: account.displayName,
    personId: mandate ? account.personId : null,
    admin: rows.some((r) => r.role === 'administration'),
    organizationIds: [...new Set([...idsOf('sitzungsdienst'), ...idsOf('membership')])].sort((a, b) => a - b),
    unitIds: idsOf('sachbearbeitung').sort((a, b) => a - b),
    staffRoles: staffRoles.filter((role) => rows.some((r) => r.role === role)),
    sessionServiceIds: idsOf('sitzungsdienst').sort((a, b) => a - b),
  };
}

/** Where an account lands after logging in without a „weiter“ link: staff in the workspace, councillors in their area. */
export async function startPageOf(db: Db, userId: number): Promise<string> {
  const rows = await queryRows(
    db,
    z.object({ n: z.number().int() }),
    sql`select count(*)::int as n from user_roles where user_id = ${userId} and role = any(${sql.param([...staffRoles])}::text[])`,
  );
  return (rows[0]?.n ?? 0) > 0 ? '/verwaltung' : '/mein-bereich';
}
