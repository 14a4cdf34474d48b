/**
 * @module auth/totp
 * The optional second factor: time-based one-time codes (RFC 6238, 30 s, 6 digits, SHA-1 as
 * every authenticator app supports). A code is accepted once: the step it belongs to is kept.
 */
import { eq, sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Db } from '../../db/client.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import { users } from './auth.tables.ts';
import { audit } from './audit.ts';

const PERIOD_S = 30;

function totpOf(secretBase32: string, label = 'Gremia', issuer = 'Gremia'): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: PERIOD_S, secret: Secret.fromBase32(secretBase32) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The current code (tests and the setup check). */
export function totpCode(secretBase32: string, now: Date): string {
  return totpOf(secretBase32).generate({ timestamp: now.getTime() });
}

/** The time step a code belongs to (±1 step of drift), or undefined. */
function matchingStep(secretBase32: string, code: string, now: Date): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totpOf(secretBase32).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? undefined : Math.floor(now.getTime() / 1000 / PERIOD_S) + delta;
}

/** Checks a login code and burns its step; refused for a wrong or reused code (or no second factor). */
export async function verifyLoginCode(db: Db, userId: number, code: string, now: Date): Promise<Result<void, 'wrong-code'>> {
  const [user] = await db.select({ secret: users.totpSecret, last: users.totpLastStep }).from(users).where(eq(users.id, userId));
  if (!user?.secret) return err('wrong-code');
  const step = matchingStep(user.secret, code.trim(), now);
  if (step === undefined || (user.last !== null && step <= user.last)) return err('wrong-code');
  // the condition makes two concurrent uses of one code accept only one
  const updated = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(sql`${users.id} = ${userId} and (${users.totpLastStep} is null or ${users.totpLastStep} < ${step})`)
    .returning({ id: users.id });
  return updated.length === 1 ? ok(undefined) : err('wrong-code');
}

export interface TotpSetup {
  secret: string;
  uri: string;
  /** A QR code as SVG markup (made by the qrcode library from the URI; no user text in it). */
  qrSvg: string;
}

/** Starts setup: a new pending secret, not active until confirmed with a code. */
export async function beginTotpSetup(db: Db, userId: number, accountLabel: string, issuer: string): Promise<TotpSetup> {
  const secret = newTotpSecret();
  await db.update(users).set({ totpPendingSecret: secret }).where(eq(users.id, userId));
  return describeSetup(secret, accountLabel, issuer);
}

export async function pendingTotpSetup(db: Db, userId: number, accountLabel: string, issuer: string): Promise<TotpSetup | undefined> {
  const [user] = await db.select({ pending: users.totpPendingSecret }).from(users).where(eq(users.id, userId));
  return user?.pending ? describeSetup(user.pending, accountLabel, issuer) : undefined;
}

async function describeSetup(secret: string, accountLabel: string, issuer: string): Promise<TotpSetup> {
  const uri = totpOf(secret, accountLabel, issuer).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, uri, qrSvg };
}

/** Activates the pending secret if `code` matches it. */
export async function confirmTotpSetup(
  db: Db,
  bodyId: number,
  userId: number,
  code: string,
  now: Date,
  ip: string | null,
): Promise<Result<void, 'no-pending-setup' | 'wrong-code'>> {
  const [user] = await db.select({ pending: users.totpPendingSecret }).from(users).where(eq(users.id, userId));
  if (!user?.pending) return err('no-pending-setup');
  const step = matchingStep(user.pending, code.trim(), now);
  if (step === undefined) return err('wrong-code');
  await db.update(users).set({ totpSecret: user.pending, totpPendingSecret: null, totpLastStep: step }).where(eq(users.id, userId));
  await audit(db, { bodyId, userId, ip, event: 'totp.enabled' });
  return ok(undefined);
}

/** `actorId`: the administrator who removed it for the account's owner (default: the owner). */
export async function disableTotp(db: Db, bodyId: number, userId: number, ip: string | null, actorId = userId): Promise<void> {
  await db.update(users).set({ totpSecret: null, totpPendingSecret: null, totpLastStep: null }).where(eq(users.id, userId));
  await audit(db, { bodyId, userId: actorId, ip, event: 'totp.disabled', detail: { account: userId } });
}
