/** @module search — full-text search over papers, agendas, sessions, attachments, people and Gremien. */
export { markWholeIndexDirty, refreshSearchIndex, searchIndexStale } from './search.index.ts';
export { parseQuery, type ParsedQuery } from './search.query.ts';
export { snippetParts } from './search.hits.ts';
export {
  kindLabels,
  MAX_PAGE,
  PAGE_SIZE,
  type FacetValue,
  type SearchFacets,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
  type SnippetPart,
} from './search.request.ts';
export { search } from './search.run.ts';
// the search's address, for the feed that follows a search (feeds/search-feed.routes)
export { checkSearchParams, searchQuerySchema, searchQueryString, searchRequestOf, type SearchParams } from './search.params.ts';
export { savedSearches, searchEntries, searchKinds, type SearchKind } from './search.tables.ts';
