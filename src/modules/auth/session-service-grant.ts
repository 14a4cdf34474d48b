/**
 * @module auth/session-service-grant
 * A Gremium that a Sitzungsdienst clerk sets up becomes one they run: the role is granted at
 * once (and logged like every grant), so the clerk can go on to its members and its sessions.
 * The organizations module reaches this through the composition root (RouteDeps), not by import.
 */
import type { Db } from '../../db/client.ts';
import { userRoles } from './auth.tables.ts';
import { audit } from './audit.ts';

export async function grantSessionService(
  db: Db,
  input: { bodyId: number; userId: number; organizationId: number; actor: { userId: number | null; ip: string | null } },
): Promise<void> {
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(userRoles)
      .values({ userId: input.userId, role: 'sitzungsdienst', organizationId: input.organizationId })
      .onConflictDoNothing()
      .returning({ id: userRoles.id });
    if (inserted.length === 0) return;
    await audit(tx, {
      bodyId: input.bodyId,
      userId: input.actor.userId,
      ip: input.actor.ip,
      event: 'role.granted',
      detail: { account: input.userId, role: 'sitzungsdienst', organizationId: input.organizationId },
    });
  });
}
