/** @module legal — the legally required pages (Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache, Gebärdensprache) and the feedback on barriers. */
export { legalPageKinds, legalPages, FEEDBACK_PATH, type LegalPageInfo, type LegalPageKind } from './legal.kinds.ts';
export { feedbackAddressOf, legalTextOf, saveLegalText, findStoredLegalText, type LegalText, type LegalTextInput } from './legal.repo.ts';
export { defaultLegalText } from './legal.defaults.ts';
