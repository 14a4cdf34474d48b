/**
 * @module auth/audit-log
 * The audit log as the administration reads it: a page of entries, newest first, with the names
 * of the accounts and organizations they mention, and each entry's detail as a short sentence.
 */
import type { Db } from '../../db/client.ts';
import { organizationNames } from '../organizations/index.ts';
import { accountNames, roleLabels } from './accounts.ts';
import { auditEventNames, listAuditEvents, type AuditDetail, type AuditRow, type FileAccessWay } from './audit.ts';
import { dateTime } from './date-time.ts';

export const AUDIT_PAGE_SIZE = 100;

export interface AuditLogPage {
  rows: AuditRow[];
  /** The id to page on from, when there are older entries. */
  olderThan: number | undefined;
  accountNames: Map<number, string>;
  organizationNames: Map<number, string>;
}

/** One page of the log, `before` an entry's id and of one `event` if given. */
export async function auditLogPage(db: Db, bodyId: number, filter: { before?: number; event?: string }): Promise<AuditLogPage> {
  const found = await listAuditEvents(db, bodyId, { limit: AUDIT_PAGE_SIZE + 1, before: filter.before, event: filter.event });
  const rows = found.slice(0, AUDIT_PAGE_SIZE);
  const last = rows.at(-1);
  // detail is free-form jsonb: only what can be an id of an integer column is looked up
  const idsOf = (key: string) =>
    rows.map((r) => r.detail?.[key]).filter((v): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 2 ** 31);
  return {
    rows,
    olderThan: found.length > AUDIT_PAGE_SIZE && last ? last.id : undefined,
    accountNames: await accountNames(db, bodyId, [...idsOf('account'), ...rows.flatMap((r) => (r.userId === null ? [] : [r.userId]))]),
    organizationNames: await organizationNames(db, idsOf('organizationId'), bodyId),
  };
}

export const eventLabel = (event: string) => (auditEventNames as Record<string, string>)[event] ?? event;

// a label for every key an entry may carry: the type makes a new key fail here until it has one
const detailLabels: Record<keyof AuditDetail, string> = {
  account: 'Konto',
  role: 'Rolle',
  organizationId: 'für',
  reason: 'Grund',
  secondFactor: 'Zweiter Faktor',
  until: 'gesperrt bis',
  unlocked: 'entsperrt',
  invitation: 'Einladung gesendet',
  file: 'Datei',
  via: 'Weg',
  meeting: 'Sitzung',
  groups: 'Gruppen',
  defaults: 'Standardliste',
  page: 'Seite',
  version: 'Bearbeitungsstand',
  record: 'Datensatz',
  label: 'Name',
  changes: 'Änderungen',
  by: 'durch',
};

const fileAccessWays: Record<FileAccessWay, string> = { download: 'einzeln heruntergeladen', zip: 'im ZIP-Archiv einer Sitzung' };

// the kinds of record master data writes (audit/history `recordKey`)
const recordKinds: Record<string, string> = {
  organization: 'Gremium',
  person: 'Person',
  membership: 'Mitgliedschaft',
  legislativeTerm: 'Wahlperiode',
  location: 'Sitzungsort',
  body: 'Körperschaft',
  file: 'Datei',
};

function recordText(value: string): string {
  const [kind = '', id = ''] = value.split(':');
  return `${recordKinds[kind] ?? 'Datensatz'} Nr. ${shorten(id, 12)}`;
}

const labelOf = (key: string): string => (detailLabels as Record<string, string>)[key] ?? `weitere Angabe „${shorten(key, 40)}“`;

function shorten(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `detail` as a short sentence: known keys by name, other plain values shortened, nested ones left out. */
export function describeDetail(
  detail: Record<string, unknown>,
  names: { accounts: ReadonlyMap<number, string>; organizations: ReadonlyMap<number, string> },
): string {
  const parts: string[] = [];
  // jsonb keeps its own key order: the known keys come first, in this order
  const known: string[] = Object.keys(detailLabels);
  const rank = (key: string) => (known.includes(key) ? known.indexOf(key) : known.length);
  const entries = Object.entries(detail ?? {}).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  for (const [key, value] of entries.slice(0, 24)) {
    const label = labelOf(key);
    if (key === 'account' && typeof value === 'number') parts.push(`${label}: ${names.accounts.get(value) ?? `Nr. ${value}`}`);
    else if (key === 'organizationId') {
      if (typeof value === 'number') parts.push(`${label}: ${names.organizations.get(value) ?? `Organisation ${value}`}`);
    } else if (key === 'role' && typeof value === 'string') parts.push(`${label}: ${(roleLabels as Record<string, string>)[value] ?? shorten(value)}`);
    else if (key === 'until' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) parts.push(`${label} ${dateTime(new Date(value))}`);
    else if ((key === 'file' || key === 'meeting') && typeof value === 'number') parts.push(`${label}: Nr. ${value}`);
    else if (key === 'via' && typeof value === 'string') parts.push((fileAccessWays as Record<string, string>)[value] ?? `${label}: ${shorten(value)}`);
    else if ((key === 'unlocked' || key === 'invitation') && value === true) parts.push(label);
    else if (key === 'record' && typeof value === 'string') parts.push(`${label}: ${recordText(value)}`);
    else if (key === 'changes' && Array.isArray(value)) {
      const fields = value.flatMap((c) =>
        typeof c === 'object' && c !== null && typeof (c as { field?: unknown }).field === 'string' ? [(c as { field: string }).field] : [],
      );
      if (fields.length > 0) parts.push(`${label}: ${shorten(fields.join(', '))}`);
    } else if (typeof value === 'boolean') parts.push(`${label}: ${value ? 'ja' : 'nein'}`);
    else if (typeof value === 'number') parts.push(`${label}: ${value}`);
    else if (typeof value === 'string') parts.push(`${label}: ${shorten(value)}`);
  }
  return parts.join('; ');
}
