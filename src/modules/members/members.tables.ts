/**
 * @module members/tables — what a member keeps for themselves: private notes on papers and
 * files, and subscriptions (the notifications module sends what is new for them).
 */
import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth.tables.ts';
import { files } from '../files/files.tables.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { papers } from '../papers/papers.tables.ts';
import { persons } from '../people/people.tables.ts';
import { outsideDomain } from '../../db/table-kinds.ts';

export const privateNotes = outsideDomain(
  pgTable(
    'private_notes',
    {
      id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
      userId: integer('user_id')
        .notNull()
        .references(() => users.id, { onDelete: 'cascade' }),
      paperId: integer('paper_id').references(() => papers.id),
      fileId: integer('file_id').references(() => files.id),
      text: text('text').notNull(),
      /** Optimistic locking: a save names the version it was edited from. */
      version: integer('version').notNull().default(1),
      created: timestamp('created', { withTimezone: true }).notNull().defaultNow(),
      modified: timestamp('modified', { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [
      uniqueIndex('private_notes_user_paper_unique').on(t.userId, t.paperId).where(sql`${t.paperId} is not null`),
      uniqueIndex('private_notes_user_file_unique').on(t.userId, t.fileId).where(sql`${t.fileId} is not null`),
      check('private_notes_one_target', sql`(${t.paperId} is null) <> (${t.fileId} is null)`),
    ],
  ),
);

export const subscriptionKinds = ['organization', 'paper', 'person'] as const;
export type SubscriptionKind = (typeof subscriptionKinds)[number];

export const subscriptions = outsideDomain(
  pgTable(
    'subscriptions',
    {
      id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
      userId: integer('user_id')
        .notNull()
        .references(() => users.id, { onDelete: 'cascade' }),
      kind: text('kind').$type<SubscriptionKind>().notNull(),
      organizationId: integer('organization_id').references(() => organizations.id),
      paperId: integer('paper_id').references(() => papers.id),
      personId: integer('person_id').references(() => persons.id),
      created: timestamp('created', { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [
      uniqueIndex('subscriptions_unique').on(
        t.userId,
        t.kind,
        sql`coalesce(${t.organizationId}, 0)`,
        sql`coalesce(${t.paperId}, 0)`,
        sql`coalesce(${t.personId}, 0)`,
      ),
      check('subscriptions_one_target', sql`num_nonnulls(${t.organizationId}, ${t.paperId}, ${t.personId}) = 1`),
    ],
  ),
);
