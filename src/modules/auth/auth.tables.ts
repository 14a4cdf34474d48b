/**
 * @module auth/tables — accounts, their roles, server-side sessions, password-reset tokens,
 * failed logins of unknown addresses, the audit log and the installation's secrets. None of these are OParl objects, and none of
 * them change what an anonymous reader sees, so they carry no change-notify trigger.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { bodies } from '../bodies/bodies.tables.ts';
import { organizations } from '../organizations/organizations.tables.ts';
import { persons } from '../people/people.tables.ts';
import { outsideDomain } from '../../db/table-kinds.ts';

export const accountRoles = ['mandatstraeger', 'sachbearbeitung', 'sitzungsdienst', 'administration'] as const;
export type AccountRole = (typeof accountRoles)[number];

export const users = outsideDomain(
  pgTable(
    'users',
    {
      id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
      bodyId: integer('body_id')
        .notNull()
        .references(() => bodies.id),
      /** Lower-case; the login name. */
      email: text('email').notNull(),
      displayName: text('display_name').notNull(),
      /** argon2id; null until the person has set a password through the invitation link. */
      passwordHash: text('password_hash'),
      /** A councillor's account: their rights come from this person's memberships. */
      personId: integer('person_id').references(() => persons.id),
      /** A staff account: the Verwaltung unit the person works in. */
      unitId: integer('unit_id').references(() => organizations.id),
      totpSecret: text('totp_secret'),
      /** A secret shown during setup, active only once a code from it was entered. */
      totpPendingSecret: text('totp_pending_secret'),
      /** The last TOTP time step accepted, so that a code cannot be used twice. */
      totpLastStep: bigint('totp_last_step', { mode: 'number' }),
      failedLogins: integer('failed_logins').notNull().default(0),
      lockedUntil: timestamp('locked_until', { withTimezone: true }),
      disabled: boolean('disabled').notNull().default(false),
      /** Members' area: changes after this moment count as „neu seit meinem letzten Besuch“. */
      areaSeenAt: timestamp('area_seen_at', { withTimezone: true }),
      areaVisitedAt: timestamp('area_visited_at', { withTimezone: true }),
      /** Optimistic locking of the admin form. */
      version: integer('version').notNull().default(1),
      created: timestamp('created', { withTimezone: true }).notNull().defaultNow(),
      modified: timestamp('modified', { withTimezone: true })
        .notNull()
        .defaultNow()
        .$onUpdate(() => new Date()),
    },
    (t) => [uniqueIndex('users_body_email_unique').on(t.bodyId, t.email)],
  ),
);

/**
 * What an account may do. Sachbearbeitung names the Verwaltung unit whose papers the person
 * writes, Sitzungsdienst the Gremium whose sessions they run; the other roles name nothing.
 */
export const userRoles = outsideDomain(
  pgTable(
    'user_roles',
    {
      id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
      userId: integer('user_id')
        .notNull()
        .references(() => users.id, { onDelete: 'cascade' }),
      role: text('role').$type<AccountRole>().notNull(),
      organizationId: integer('organization_id').references(() => organizations.id),
      created: timestamp('created', { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [uniqueIndex('user_roles_unique').on(t.userId, t.role, sql`coalesce(${t.organizationId}, 0)`)],
  ),
);

export const authSessions = outsideDomain(
  pgTable(
    'auth_sessions',
    {
      /** SHA-256 of the cookie's token: a copy of the table does not let anyone log in. */
      id: text('id').primaryKey(),
      userId: integer('user_id')
        .notNull()
        .references(() => users.id, { onDelete: 'cascade' }),
      /** Password accepted, second factor still to come: not logged in yet. */
      pendingSecondFactor: boolean('pending_second_factor').notNull().default(false),
      created: timestamp('created', { withTimezone: true }).notNull().defaultNow(),
      lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
      expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    },
    (t) => [index('auth_sessions_user_idx').on(t.userId), index('auth_sessions_expires_idx').on(t.expiresAt)],
  ),
);

export const passwordResetTokens = outsideDomain(
  pgTable(
    'password_reset_tokens',
    {
      id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
      userId: integer('user_id')
        .notNull()
        .references(() => users.id, { onDelete: 'cascade' }),
      tokenHash: text('token_hash').notNull(),
      expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
      usedAt: timestamp('used_at', { withTimezone: true }),
      created: timestamp('created', { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [uniqueIndex('password_reset_tokens_hash_unique').on(t.tokenHash)],
  ),
);

/**
 * Failed logins for addresses without an account, counted and locked exactly like
 * `users.failed_logins` and `users.locked_until`, so that an unknown address answers like an
 * account, lock included. Keyed by the SHA-256 of the normalised address: no address is stored.
 */
export const loginFailures = outsideDomain(
  pgTable(
    'login_failures',
    {
      bodyId: integer('body_id')
        .notNull()
        .references(() => bodies.id),
      emailDigest: text('email_digest').notNull(),
      failedLogins: integer('failed_logins').notNull().default(0),
      lockedUntil: timestamp('locked_until', { withTimezone: true }),
      lastFailedAt: timestamp('last_failed_at', { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [primaryKey({ columns: [t.bodyId, t.emailDigest] })],
  ),
);

/** Secrets the installation makes itself on first start, shared by all its instances. */
export const appSecrets = outsideDomain(
  pgTable('app_secrets', {
    name: text('name').primaryKey(),
    value: text('value').notNull(),
    created: timestamp('created', { withTimezone: true }).notNull().defaultNow(),
  }),
);
