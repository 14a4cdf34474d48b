/**
 * @module db/table-kinds
 * Tables that are not OParl-shaped domain data: accounts, sessions, tokens, failed logins, the
 * audit log, secrets, members’ private notes, subscriptions and saved searches, and the search
 * index (derived from domain data, rebuilt by search/index). They have no body-scoped soft deletion
 * and no change-notify trigger, since nothing in them changes what an anonymous reader sees.
 */
export const nonDomainTables = [
  'users',
  'user_roles',
  'auth_sessions',
  'password_reset_tokens',
  'login_failures',
  'audit_events',
  'app_secrets',
  'private_notes',
  'subscriptions',
  'saved_searches',
  'search_entries',
  'search_dirty',
] as const;
