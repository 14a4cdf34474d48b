/** @module access — the visibility policy and the back-office permissions: who may read and do what. */
export * from './visibility.ts';
export * from './permissions.ts';
export type { SessionInfo } from './session.ts';
