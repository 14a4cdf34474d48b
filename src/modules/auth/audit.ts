/**
 * @module auth/audit
 * The audit log: logins, failed logins, role changes, password changes and every access to a
 * non-public file. Never a password, token or second-factor code in `detail`.
 */
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Viewer } from '../../access/index.ts';
import { auditEvents, users } from './auth.tables.ts';

export const auditEventNames = {
  login: 'Anmeldung',
  'login.failed': 'Fehlgeschlagene Anmeldung',
  'login.locked': 'Konto nach Fehlversuchen gesperrt',
  logout: 'Abmeldung',
  'password.reset-requested': 'Passwort-Zurücksetzung angefordert',
  'password.changed': 'Passwort geändert',
  'totp.enabled': 'Zweiter Faktor eingerichtet',
  'totp.disabled': 'Zweiter Faktor entfernt',
  'user.created': 'Konto angelegt',
  'user.updated': 'Konto geändert',
  'role.granted': 'Rolle erteilt',
  'role.revoked': 'Rolle entzogen',
  'file.non-public-access': 'Zugriff auf nichtöffentliche Datei',
  'search.synonyms-changed': 'Synonyme der Suche geändert',
  'legal.updated': 'Rechtlichen Text geändert',
} as const;
export type AuditEventName = keyof typeof auditEventNames;

/**
 * What an entry may say beside its event. Every key has a German label in the log
 * (audit-log.ts), so a writer cannot add one that the administration would read in English.
 */
export type AuditDetail = {
  account?: number;
  role?: string;
  organizationId?: number | null;
  reason?: string;
  secondFactor?: boolean;
  until?: string;
  unlocked?: boolean;
  invitation?: boolean;
  file?: number;
  via?: FileAccessWay;
  meeting?: number;
  /** search synonyms: how many groups were saved, and whether the default list was restored */
  groups?: number;
  defaults?: boolean;
  /** legal pages: which page, and its new version */
  page?: string;
  version?: number;
};

/** How a non-public file left the portal: as a download, or inside a session's ZIP archive. */
export type FileAccessWay = 'download' | 'zip';

export interface AuditEntry {
  bodyId: number | null;
  userId: number | null;
  event: AuditEventName;
  ip?: string | null;
  detail?: AuditDetail;
}

export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    bodyId: entry.bodyId,
    userId: entry.userId,
    event: entry.event,
    ip: entry.ip ?? null,
    detail: entry.detail ?? {},
  });
}

/** An account (or, for a public reader, nobody) got the bytes of a file the public may not see. */
export async function auditNonPublicFileAccess(
  db: Db,
  access: { bodyId: number; viewer: Viewer; ip: string; fileId: number; via: FileAccessWay; meetingId?: number },
): Promise<void> {
  await audit(db, {
    bodyId: access.bodyId,
    userId: access.viewer.kind === 'account' ? access.viewer.userId : null,
    ip: access.ip,
    event: 'file.non-public-access',
    detail: { file: access.fileId, via: access.via, ...(access.meetingId === undefined ? {} : { meeting: access.meetingId }) },
  });
}

/** The administration saved the text of a legal page (Impressum, Datenschutz …); the text itself stays in its table. */
export async function auditLegalTextSaved(db: Db, change: { bodyId: number; userId: number | null; ip: string; kind: string; version: number }): Promise<void> {
  await audit(db, {
    bodyId: change.bodyId,
    userId: change.userId,
    ip: change.ip,
    event: 'legal.updated',
    detail: { page: change.kind, version: change.version },
  });
}

export interface AuditRow {
  id: number;
  at: Date;
  event: string;
  userId: number | null;
  userName: string | null;
  ip: string | null;
  detail: Record<string, unknown>;
}

/** Newest first; `before` pages on by id. */
export async function listAuditEvents(db: Db, bodyId: number, options: { limit: number; before?: number; event?: string }): Promise<AuditRow[]> {
  const conditions = [eq(auditEvents.bodyId, bodyId)];
  if (options.before !== undefined) conditions.push(lt(auditEvents.id, options.before));
  if (options.event) conditions.push(eq(auditEvents.event, options.event));
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      event: auditEvents.event,
      userId: auditEvents.userId,
      userName: users.displayName,
      ip: auditEvents.ip,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(options.limit);
}
