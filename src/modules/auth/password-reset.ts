/**
 * @module auth/password-reset
 * Reset and invitation links: a random token by e-mail, stored as its digest, valid for one
 * hour (an invitation for seven days) and for one use. Only the newest link of an account works:
 * a new one, and using one, voids all others. Asking for a reset never tells whether an account
 * exists.
 */
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { err, ok, type Result } from '../../lib/result.ts';
import type { Mailer } from '../../infra/mailer.ts';
import { passwordResetTokens, users } from './auth.tables.ts';
import { audit } from './audit.ts';
import { normalizeEmail } from './accounts.ts';
import { setPassword } from './login.ts';
import { randomToken, tokenDigest } from './secrets.ts';

export const RESET_TOKEN_MS = 60 * 60 * 1000;
export const INVITATION_TOKEN_MS = 7 * 24 * 60 * 60 * 1000;

export interface ResetRequest {
  bodyId: number;
  bodyName: string;
  baseUrl: string;
  ip: string | null;
  now: Date;
}

/** Only the newest link of an account works: issuing one voids every earlier unused one. */
async function issueToken(db: Db, userId: number, now: Date, lifetimeMs: number): Promise<string> {
  const token = randomToken();
  await db.transaction(async (tx) => {
    // the account's row lock orders two requests at the same moment, so that one voids the other's link
    await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
    await voidUnusedTokens(tx, userId, now);
    await tx.insert(passwordResetTokens).values({ userId, tokenHash: tokenDigest(token), expiresAt: new Date(now.getTime() + lifetimeMs), created: now });
  });
  return token;
}

async function voidUnusedTokens(db: Db, userId: number, now: Date): Promise<void> {
  await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
}

const resetLink = (baseUrl: string, token: string) => `${baseUrl}/passwort-neu?token=${token}`;

/** Sends a reset link if the address belongs to an active account; silent otherwise. */
export async function requestPasswordReset(db: Db, mailer: Mailer, email: string, request: ResetRequest): Promise<void> {
  const [user] = await db
    .select({ id: users.id, displayName: users.displayName, email: users.email })
    .from(users)
    .where(and(eq(users.bodyId, request.bodyId), eq(users.email, normalizeEmail(email)), eq(users.disabled, false)));
  await audit(db, {
    bodyId: request.bodyId,
    userId: user?.id ?? null,
    ip: request.ip,
    event: 'password.reset-requested',
    detail: user ? {} : { reason: 'unbekannte Adresse' },
  });
  if (!user) return;
  const token = await issueToken(db, user.id, request.now, RESET_TOKEN_MS);
  await mailer.send({
    to: user.email,
    subject: `Passwort zurücksetzen – ${request.bodyName}`,
    text: [
      `Guten Tag ${user.displayName},`,
      '',
      `für Ihr Konto im Ratsinformationssystem ${request.bodyName} wurde ein neues Passwort angefordert.`,
      'Mit diesem Link legen Sie es fest (gültig für eine Stunde, nur einmal verwendbar):',
      '',
      resetLink(request.baseUrl, token),
      '',
      'Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt unverändert.',
    ].join('\n'),
  });
}

/** The first mail to a new account: a link to set the password. */
export async function sendInvitation(db: Db, mailer: Mailer, userId: number, request: ResetRequest): Promise<void> {
  const [user] = await db.select({ displayName: users.displayName, email: users.email }).from(users).where(eq(users.id, userId));
  if (!user) return;
  const token = await issueToken(db, userId, request.now, INVITATION_TOKEN_MS);
  await mailer.send({
    to: user.email,
    subject: `Ihr Zugang zum Ratsinformationssystem ${request.bodyName}`,
    text: [
      `Guten Tag ${user.displayName},`,
      '',
      `für Sie wurde ein Konto im Ratsinformationssystem ${request.bodyName} angelegt.`,
      'Mit diesem Link legen Sie Ihr Passwort fest (gültig für sieben Tage, nur einmal verwendbar):',
      '',
      resetLink(request.baseUrl, token),
    ].join('\n'),
  });
}

/** The account a still usable token belongs to. */
export async function findResetToken(db: Db, bodyId: number, token: string, now: Date): Promise<{ userId: number; email: string } | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const [row] = await db
    .select({ userId: users.id, email: users.email })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenDigest(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
        eq(users.bodyId, bodyId),
        eq(users.disabled, false),
      ),
    );
  return row;
}

/** Uses the token once and sets the password; refused when the token is unknown, used or expired. */
export async function resetPassword(
  db: Db,
  bodyId: number,
  token: string,
  password: string,
  now: Date,
  ip: string | null,
): Promise<Result<void, 'invalid-link'>> {
  const valid = await findResetToken(db, bodyId, token, now);
  if (!valid) return err('invalid-link');
  // the update is the single use: of two concurrent requests only one gets the row
  const used = await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.tokenHash, tokenDigest(token)), isNull(passwordResetTokens.usedAt)))
    .returning({ userId: passwordResetTokens.userId });
  if (used.length !== 1) return err('invalid-link');
  // every other link of this account is void now
  await voidUnusedTokens(db, valid.userId, now);
  await setPassword(db, bodyId, valid.userId, password, ip);
  return ok(undefined);
}
