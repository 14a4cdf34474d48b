/**
 * @module auth/sessions
 * Server-side sessions in the database, so that every instance knows every login. The cookie
 * carries a random token; the table keeps only its digest. A session ends after 12 hours
 * without a request and 7 days after login at the latest.
 */
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { authSessions, users } from './auth.tables.ts';
import { randomToken, tokenDigest } from './secrets.ts';

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** Between password and second factor. */
export const PENDING_SESSION_MS = 10 * 60 * 1000;
/** last_seen is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

import type { SessionInfo } from '../../access/index.ts';
export type { SessionInfo };

/** Starts a session and returns the cookie's token (shown once, never stored). */
export async function createSession(db: Db, userId: number, now: Date, pendingSecondFactor = false): Promise<string> {
  const token = randomToken();
  const lifetime = pendingSecondFactor ? PENDING_SESSION_MS : SESSION_IDLE_MS;
  await db.insert(authSessions).values({
    id: tokenDigest(token),
    userId,
    pendingSecondFactor,
    created: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + lifetime),
  });
  return token;
}

/** The live session behind a cookie token on this body, or undefined (expired, unknown, account disabled). */
export async function findSession(db: Db, bodyId: number, token: string, now: Date): Promise<SessionInfo | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const id = tokenDigest(token);
  const [row] = await db
    .select({
      id: authSessions.id,
      userId: authSessions.userId,
      pendingSecondFactor: authSessions.pendingSecondFactor,
      lastSeenAt: authSessions.lastSeenAt,
      created: authSessions.created,
      displayName: users.displayName,
      personId: users.personId,
    })
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .where(and(eq(authSessions.id, id), gt(authSessions.expiresAt, now), eq(users.bodyId, bodyId), eq(users.disabled, false)));
  if (!row) return undefined;
  if (!row.pendingSecondFactor && now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    const expires = Math.min(now.getTime() + SESSION_IDLE_MS, row.created.getTime() + SESSION_MAX_MS);
    await db
      .update(authSessions)
      .set({ lastSeenAt: now, expiresAt: new Date(expires) })
      .where(eq(authSessions.id, id));
  }
  return { id: row.id, userId: row.userId, pendingSecondFactor: row.pendingSecondFactor, displayName: row.displayName, personId: row.personId };
}

/** The second factor was entered: the pending session becomes a full one. */
export async function completeSecondFactor(db: Db, sessionId: string, now: Date): Promise<void> {
  await db
    .update(authSessions)
    .set({ pendingSecondFactor: false, created: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) })
    .where(eq(authSessions.id, sessionId));
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.id, sessionId));
}

/** After a password change or reset: every other device must log in again. */
export async function endSessionsOfUser(db: Db, userId: number, except?: string): Promise<void> {
  await db.delete(authSessions).where(and(eq(authSessions.userId, userId), except ? sql`${authSessions.id} <> ${except}` : undefined));
}

export async function purgeExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(authSessions).where(lt(authSessions.expiresAt, now));
}
