/**
 * @module auth/login
 * Password login with lockout: five wrong passwords in a row lock the account for 15 minutes,
 * on every instance (the counter is in the database). An address without an account is counted
 * and locked the same way (`login_failures`), and every attempt, locked or not, costs one argon2
 * verification, so that neither the answer nor its time tells whether an account exists. The web
 * shell adds a rate limit per address on top.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { loginFailures, users } from './auth.tables.ts';
import { audit } from './audit.ts';
import { normalizeEmail } from './accounts.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { tokenDigest } from './secrets.ts';
import { endSessionsOfUser } from './sessions.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60 * 1000;

export interface LoginSuccess {
  userId: number;
  needsSecondFactor: boolean;
}

/** Why a login is refused; `invalid` never says whether the address or the password was wrong. */
export type LoginRefusal = { kind: 'invalid' } | { kind: 'locked'; until: Date };

/** Checks a password against an argon2 hash, or against a dummy hash (same cost) when there is none. */
export type VerifyPassword = (storedHash: string | null, password: string) => Promise<boolean>;

export async function attemptPasswordLogin(
  db: Db,
  bodyId: number,
  email: string,
  password: string,
  ip: string,
  now: Date,
  verify: VerifyPassword = verifyPassword,
): Promise<Result<LoginSuccess, LoginRefusal>> {
  const address = normalizeEmail(email);
  const emailDigest = tokenDigest(address);
  // both reads every time, so that an unknown address costs the same queries as an account
  const [[user], [unknown]] = await Promise.all([
    db
      .select({ id: users.id, passwordHash: users.passwordHash, lockedUntil: users.lockedUntil, disabled: users.disabled, totpSecret: users.totpSecret })
      .from(users)
      .where(and(eq(users.bodyId, bodyId), eq(users.email, address))),
    db
      .select({ lockedUntil: loginFailures.lockedUntil })
      .from(loginFailures)
      .where(and(eq(loginFailures.bodyId, bodyId), eq(loginFailures.emailDigest, emailDigest))),
  ]);
  const lockedUntil = user ? user.lockedUntil : (unknown?.lockedUntil ?? null);
  const locked = lockedUntil !== null && lockedUntil > now;
  // one argon2 verification on every path, so that the time tells nothing: against the account's
  // hash, or against a dummy hash of the same cost while locked or without an account
  const valid = await verify(locked || !user ? null : user.passwordHash, password);
  if (locked) {
    await audit(db, { bodyId, userId: user?.id ?? null, ip, event: 'login.failed', detail: { reason: user ? 'gesperrt' : 'unbekannte Adresse' } });
    return err({ kind: 'locked', until: lockedUntil });
  }
  if (!user) {
    // counted like an account's failures, so that the address locks like one, for as long
    const lockAt = new Date(now.getTime() + LOCK_MS);
    const [after] = await db
      .insert(loginFailures)
      .values({ bodyId, emailDigest, failedLogins: 1, lastFailedAt: now })
      .onConflictDoUpdate({
        target: [loginFailures.bodyId, loginFailures.emailDigest],
        set: {
          failedLogins: sql`case when ${loginFailures.lockedUntil} is not null then 1 else ${loginFailures.failedLogins} + 1 end`,
          lockedUntil: sql`case when (case when ${loginFailures.lockedUntil} is not null then 1 else ${loginFailures.failedLogins} + 1 end) >= ${MAX_FAILED_LOGINS}
            then ${lockAt}::timestamptz end`,
          lastFailedAt: now,
        },
      })
      .returning({ lockedUntil: loginFailures.lockedUntil });
    await audit(db, { bodyId, userId: null, ip, event: 'login.failed', detail: { reason: 'unbekannte Adresse' } });
    return err(after?.lockedUntil ? { kind: 'locked', until: after.lockedUntil } : { kind: 'invalid' });
  }
  if (!valid || user.disabled) {
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
      return err({ kind: 'locked', until: after.lockedUntil });
    }
    return err({ kind: 'invalid' });
  }
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
  return ok({ userId: user.id, needsSecondFactor: user.totpSecret !== null });
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
