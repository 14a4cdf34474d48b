/** @module bodies — the Körperschaften of this installation. */
export { createBody, findBodyByKey, listBodies, type Body, type NewBody } from './bodies.repo.ts';
export { BodyResolver } from './body-resolver.ts';
export { findBody, setBodyLogo } from './bodies.logo.ts';
export {
  currentTerm,
  listLegislativeTerms,
  nameSortKey,
  overlapsWindow,
  windowFor,
  type LegislativeTerm,
  type MembershipWindow,
} from './bodies.terms.ts';
export { exampleReference, parseReferenceFormat, referenceFormatProblem, referencePlaceholders, type ReferenceFormat } from './reference-format.ts';
export { createTerm, findTerm, parseTermInput, updateTerm, type TermInput } from './terms.admin.ts';
