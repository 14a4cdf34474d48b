/**
 * @module db/table-kinds
 * Tables that are not OParl-shaped domain data: accounts, sessions, tokens, the audit log,
 * secrets and members' private notes and subscriptions. They have no body-scoped soft deletion
 * and no change-notify trigger, since nothing in them changes what an anonymous reader sees.
 */
export const nonDomainTables = [
  'users',
  'user_roles',
  'auth_sessions',
  'password_reset_tokens',
  'audit_events',
  'app_secrets',
  'private_notes',
  'subscriptions',
] as const;
