/**
 * @module auth/audit
 * The audit entries auth writes beside the log itself (audit module): accesses to non-public
 * files and saved legal texts.
 */
import type { Db } from '../../db/client.ts';
import type { Viewer } from '../../access/index.ts';
import { audit, type FileAccessWay } from '../audit/index.ts';

export { audit, auditEventNames, listAuditEvents, type AuditDetail, type AuditEventName, type AuditRow, type FileAccessWay } from '../audit/index.ts';

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
