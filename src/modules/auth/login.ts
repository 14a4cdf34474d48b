/**
 * @module auth/login
 * Password login with lockout: five wrong passwords in a row lock the account for 15 minutes,
 * on every instance (the counter is in the database). The web shell adds a rate limit per
 * address on top.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from './auth.tables.ts';
import { audit } from './audit.ts';
import { normalizeEmail } from './accounts.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { endSessionsOfUser } from './sessions.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60 * 1000;

export type LoginOutcome =
  | { kind: 'ok'; userId: number; needsSecondFactor: boolean }
  | { kind: 'invalid' }
  | { kind: 'locked'; until: Date };

export async function attemptPasswordLogin(db: Db, bodyId: number, email: string, password: string, ip: string, now: Date): Promise<LoginOutcome> {
  const address = normalizeEmail(email);
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, lockedUntil: users.lockedUntil, disabled: users.disabled, totpSecret: users.totpSecret })
    .from(users)
    .where(and(eq(users.bodyId, bodyId), eq(users.email, address)));
  if (user?.lockedUntil && user.lockedUntil > now) {
    await audit(db, { bodyId, userId: user.id, ip, event: 'login.failed', detail: { reason: 'gesperrt' } });
    return { kind: 'locked', until: user.lockedUntil };
  }
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.disabled) {
    if (!user) {
      await audit(db, { bodyId, userId: null, ip, event: 'login.failed', detail: { reason: 'unbekannte Adresse' } });
      return { kind: 'invalid' };
    }
    // a lock that has run out starts a new count
    const [after] = await db
      .update(users)
      .set({
        failedLogins: sql`case when ${users.lockedUntil} is not null then 1 else ${users.failedLogins} + 1 end`,
        lockedUntil: sql`case when (case when ${users.lockedUntil} is not null then 1 else ${users.failedLogins} + 1 end) >= ${MAX_FAILED_LOGINS}
          then ${new Date(now.getTime() + LOCK_MS)}::timestamptz end`,
      })
      .where(eq(users.id, user.id))
      .returning({ lockedUntil: users.lockedUntil });
    await audit(db, { bodyId, userId: user.id, ip, event: 'login.failed', detail: { reason: user.disabled ? 'Konto deaktiviert' : 'falsches Passwort' } });
    if (after?.lockedUntil) {
      await audit(db, { bodyId, userId: user.id, ip, event: 'login.locked', detail: { until: after.lockedUntil.toISOString() } });
      return { kind: 'locked', until: after.lockedUntil };
    }
    return { kind: 'invalid' };
  }
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
  return { kind: 'ok', userId: user.id, needsSecondFactor: user.totpSecret !== null };
}

/** A wrong second-factor code counts like a wrong password. */
export async function recordFailedSecondFactor(db: Db, bodyId: number, userId: number, ip: string, now: Date): Promise<boolean> {
  const [after] = await db
    .update(users)
    .set({
      failedLogins: sql`${users.failedLogins} + 1`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${MAX_FAILED_LOGINS} then ${new Date(now.getTime() + LOCK_MS)}::timestamptz end`,
    })
    .where(eq(users.id, userId))
    .returning({ lockedUntil: users.lockedUntil });
  await audit(db, { bodyId, userId, ip, event: 'login.failed', detail: { reason: 'falscher Code des zweiten Faktors' } });
  return Boolean(after?.lockedUntil);
}

/** Sets a new password, unlocks the account and ends all its other sessions. */
export async function setPassword(db: Db, bodyId: number, userId: number, password: string, ip: string | null, keepSession?: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.update(users).set({ passwordHash, failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
  await endSessionsOfUser(db, userId, keepSession);
  await audit(db, { bodyId, userId, ip, event: 'password.changed' });
}

export async function passwordMatches(db: Db, userId: number, password: string): Promise<boolean> {
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return verifyPassword(user?.passwordHash ?? null, password);
}
