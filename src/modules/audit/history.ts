/**
 * @module audit/history
 * The history of one master-data record, kept in the audit log: every create, change, end,
 * restore and import with who, when and which fields changed from what to what. Domain code
 * calls `recordChange` inside the transaction that makes the change, so a change without its
 * entry cannot happen.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { audit, type AuditEventName, type FieldChange } from './audit.ts';
import { auditEvents } from './audit.tables.ts';

/** Who makes a change: the account (with its name at the time) and the address it came from. */
export interface Actor {
  userId: number | null;
  name: string;
  ip: string | null;
}

/** The command line and imports act as the administration itself. */
export const systemActor: Actor = { userId: null, name: 'Kommandozeile', ip: null };

export type RecordEvent = Extract<AuditEventName, `record.${string}`>;

/** `organization:12` — the key a record's history is found by. */
export const recordKey = (kind: string, id: number) => `${kind}:${id}`;

/** The fields whose text differs between two states, labelled; `labels` decides which fields count. */
export function changedFields<T extends Record<string, unknown>>(
  labels: Partial<Record<keyof T & string, string>>,
  before: T | undefined,
  after: T,
  show: (field: keyof T & string, value: unknown) => string = defaultText,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, label] of Object.entries(labels) as [keyof T & string, string][]) {
    const from = before === undefined ? '' : show(field, before[field]);
    const to = show(field, after[field]);
    if (from !== to) changes.push({ field: label, before: from, after: to });
  }
  return changes;
}

function defaultText(_field: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

export async function recordChange(
  db: Db,
  change: { bodyId: number; actor: Actor; event: RecordEvent; kind: string; id: number; label: string; changes?: FieldChange[]; version?: number },
): Promise<void> {
  await audit(db, {
    bodyId: change.bodyId,
    userId: change.actor.userId,
    ip: change.actor.ip,
    event: change.event,
    detail: {
      record: recordKey(change.kind, change.id),
      label: change.label,
      by: change.actor.name,
      ...(change.changes ? { changes: change.changes } : {}),
      ...(change.version === undefined ? {} : { version: change.version }),
    },
  });
}

export interface HistoryEntry {
  at: Date;
  event: RecordEvent;
  by: string;
  changes: FieldChange[];
}

const fieldChange = (value: unknown): value is FieldChange =>
  typeof value === 'object' && value !== null && ['field', 'before', 'after'].every((k) => typeof (value as Record<string, unknown>)[k] === 'string');

/** Newest first. */
export async function recordHistory(db: Db, bodyId: number, kind: string, id: number, limit = 200): Promise<HistoryEntry[]> {
  const rows = await db
    .select({ at: auditEvents.at, event: auditEvents.event, detail: auditEvents.detail })
    .from(auditEvents)
    .where(and(eq(auditEvents.bodyId, bodyId), sql`(${auditEvents.detail}->>'record') = ${recordKey(kind, id)}`))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
  return rows.map((r) => ({
    at: r.at,
    event: r.event as RecordEvent,
    by: typeof r.detail.by === 'string' ? r.detail.by : 'unbekannt',
    changes: Array.isArray(r.detail.changes) ? r.detail.changes.filter(fieldChange) : [],
  }));
}
