/** @module bodies — the Körperschaften of this installation. */
export { bodies, legislativeTerms } from './bodies.tables.ts';
export { createBody, findBodyByKey, listBodies, type Body, type NewBody } from './bodies.repo.ts';
export { BodyResolver } from './body-resolver.ts';
