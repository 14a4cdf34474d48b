/** @module papers — Vorlagen, their sections, Beratungsfolge and attachments. */
export {
  datedPaperRefSchema,
  findPaperPage,
  findPaperSlugById,
  paperReferenceExists,
  listConsultationsOfPaper,
  paperRefSchema,
  type ConsultationView,
  type PaperPage,
  type PaperRef,
} from './papers.queries.ts';
export {
  listPapers,
  listPaperFilterOptions,
  paperFilterConditions,
  paperSorts,
  type PaperCriteria,
  type PaperListFilter,
  type PaperListResult,
} from './papers.list.ts';
export { canonicalReference, parseReferenceQuery, referenceToSlug, type ReferenceQuery } from './reference.ts';
export { sanitizeRichText } from './rich-text.ts';
export { PaperListEntry } from './views/PaperListEntry.tsx';
export { Beratungsfolge } from './views/PaperPageView.tsx';
export { plainTextToHtml } from './rich-text.ts';
export { derivePaperState, paperStateColumn, paperStates, paperStateSteps, type PaperState } from './paper-state.ts';
export { PaperStateBadge } from './views/PaperStateBadge.tsx';
export { voteText, type Votes } from './views/votes.ts';
