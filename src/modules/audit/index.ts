/** @module audit — the audit log and the history of master data: its public surface. */
export {
  audit,
  auditEventNames,
  listAuditEvents,
  type AuditDetail,
  type AuditEntry,
  type AuditEventName,
  type AuditRow,
  type FieldChange,
  type FileAccessWay,
} from './audit.ts';
export { changedFields, recordChange, recordHistory, recordKey, systemActor, type Actor, type HistoryEntry, type RecordEvent } from './history.ts';
