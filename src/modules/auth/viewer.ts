/**
 * @module auth/viewer
 * Turns a session's account into the Viewer that the visibility policy reads: its roles, and
 * for a Mandatsträger/in the Gremien of their current memberships (deputies included).
 */
import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { AccountViewer } from '../access/visibility.ts';
import { memberships } from '../people/people.tables.ts';
import { userRoles } from './auth.tables.ts';

export async function loadAccountViewer(db: Db, account: { userId: number; displayName: string; personId: number | null }, today: string): Promise<AccountViewer> {
  const grants = await db.select({ role: userRoles.role, organizationId: userRoles.organizationId }).from(userRoles).where(eq(userRoles.userId, account.userId));
  const has = (role: string) => grants.some((g) => g.role === role);
  const organizationIds = new Set(grants.filter((g) => g.role === 'sitzungsdienst' && g.organizationId !== null).map((g) => g.organizationId as number));
  const unitIds = grants.filter((g) => g.role === 'sachbearbeitung' && g.organizationId !== null).map((g) => g.organizationId as number);
  const personId = has('mandatstraeger') ? account.personId : null;
  if (personId !== null) {
    const rows = await db
      .selectDistinct({ organizationId: memberships.organizationId })
      .from(memberships)
      .where(
        and(
          eq(memberships.personId, personId),
          isNull(memberships.deletedAt),
          or(isNull(memberships.startDate), lte(memberships.startDate, today)),
          or(isNull(memberships.endDate), gte(memberships.endDate, today)),
        ),
      );
    for (const r of rows) organizationIds.add(r.organizationId);
  }
  return {
    kind: 'account',
    userId: account.userId,
    displayName: account.displayName,
    personId,
    admin: has('administration'),
    organizationIds: [...organizationIds].sort((a, b) => a - b),
    unitIds: [...new Set(unitIds)].sort((a, b) => a - b),
  };
}

