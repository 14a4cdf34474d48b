/** @module access — the visibility policy: the one place that decides who may read what. */
export * from './visibility.ts';
export type { SessionInfo } from './session.ts';
