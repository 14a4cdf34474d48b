/**
 * @module audit/audit
 * Writing and reading the audit log: logins, failed logins, role changes, password changes,
 * every access to a non-public file and every change of master data. Never a password, token or
 * second-factor code in `detail`. The module sits below every other one, so that any domain can
 * record what it changed in the same transaction as the change.
 */
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditEvents } from './audit.tables.ts';

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
  'record.created': 'Stammdaten angelegt',
  'record.updated': 'Stammdaten geändert',
  'record.ended': 'Stammdaten beendet',
  'record.restored': 'Stammdaten wiederhergestellt',
  'record.deleted': 'Stammdaten gelöscht',
  'record.imported': 'Stammdaten importiert',
  'upload.stored': 'Datei hochgeladen',
} as const;
export type AuditEventName = keyof typeof auditEventNames;

/** One changed field of a record: its German label and the values before and after, as text. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/**
 * What an entry may say beside its event. Every key has a German label in the log
 * (auth/audit-log.ts), so a writer cannot add one that the administration would read in English.
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
  /** master data: which record (`organization:12`), its name then, and what changed */
  record?: string;
  label?: string;
  changes?: FieldChange[];
  /** who acted, by name at the time (the account may be renamed or removed later) */
  by?: string;
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

export interface AuditRow {
  id: number;
  at: Date;
  event: string;
  userId: number | null;
  ip: string | null;
  detail: Record<string, unknown>;
}

/** Newest first; `before` pages on by id. */
export async function listAuditEvents(db: Db, bodyId: number, options: { limit: number; before?: number; event?: string }): Promise<AuditRow[]> {
  const conditions = [eq(auditEvents.bodyId, bodyId)];
  if (options.before !== undefined) conditions.push(lt(auditEvents.id, options.before));
  if (options.event) conditions.push(eq(auditEvents.event, options.event));
  return db
    .select({ id: auditEvents.id, at: auditEvents.at, event: auditEvents.event, userId: auditEvents.userId, ip: auditEvents.ip, detail: auditEvents.detail })
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(options.limit);
}
