/** @module auth — its public surface: other modules import only this file. */
export { createSession, findSession, type SessionInfo } from './sessions.ts';
export { loadAccountViewer } from './viewer.ts';
export { installationSecret } from './secrets.ts';
export { createAccount, listAccounts, type RoleGrant, type Account } from './accounts.ts';
export { passwordProblem } from './passwords.ts';
export { audit, auditLegalTextSaved, auditNonPublicFileAccess } from './audit.ts';
export { accountRoles, type AccountRole } from './auth.tables.ts';
export { grantSessionService } from './session-service-grant.ts';
export { linkedAccountOf, type LinkedAccountRow } from './linked-account.ts';
export { accountPageExtensions } from './auth.slots.ts';
