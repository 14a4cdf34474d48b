/** @module members — its public surface: other modules import only this file. */
export { findSubscriptionId, findNote } from './members.queries.ts';
export { SubscriptionButton, PaperNoteSection, type SubscriptionState, type PaperNoteState } from './views/MemberControls.tsx';
