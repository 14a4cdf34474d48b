/**
 * @module audit/tables — the audit log: who did what, when, from where. Not an OParl object and
 * invisible to readers, so no change-notify trigger.
 */
import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { outsideDomain } from '../../db/table-kinds.ts';
import { users } from '../auth/auth.tables.ts';
import { bodies } from '../bodies/bodies.tables.ts';

export const auditEvents = outsideDomain(
  pgTable(
    'audit_events',
    {
      id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
      bodyId: integer('body_id').references(() => bodies.id),
      at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
      /** Who acted; null for an anonymous attempt (a failed login with an unknown address). */
      userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
      event: text('event').notNull(),
      ip: text('ip'),
      detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    },
    (t) => [
      index('audit_events_body_at_idx').on(t.bodyId, t.at),
      // a record's history (`detail.record`, e.g. `organization:12`) is read per record
      index('audit_events_record_idx').on(t.bodyId, sql`(${t.detail}->>'record')`),
    ],
  ),
);
