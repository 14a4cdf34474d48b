/** @module oparl — its public surface: other modules import only this file. */
export { MAX_PAGE_SIZE } from './oparl.lists.ts';
export { API_PREFIX } from './oparl.urls.ts';
export { listPageSchema, embeddedByType, referencesByType, validateOparlObject } from './oparl.spec-schemas.ts';
