/**
 * @module search/request
 * What a search asks (SearchRequest) and what it answers (SearchResult): the shapes every part
 * of the search shares, and the limits of a page.
 */
import type { PaperState } from '../papers/index.ts';
import type { Viewer } from '../../access/index.ts';
import type { SearchKind } from './search.tables.ts';

export const PAGE_SIZE = 20;
export const MAX_PAGE = 50;
/**
 * Counted, faceted and ranked exactly up to this many matches. A broader query ("Haushalt" in a
 * Kreis with 100,000 papers matches most of the index) ranks and counts its newest
 * EXACT_LIMIT matches and says so: ranking every match would read every attachment's vector
 * (seconds), while the newest thousand are what such a search is after and filters narrow it.
 */
export const EXACT_LIMIT = 1000;

export interface SearchRequest {
  bodyId: number;
  viewer: Viewer;
  q: string;
  kinds?: SearchKind[];
  paperTypes?: string[];
  organizationIds?: number[];
  years?: number[];
  decisionStates?: string[];
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  sort?: 'relevance' | 'date';
  page?: number;
  pageSize?: number;
  /** Overrides EXACT_LIMIT (tests pin the broad path on the small demo with it). */
  exactLimit?: number;
}

/** Part of a snippet; `mark` is a matched word. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  id: number;
  title: string;
  reference: string | null;
  date: string | null;
  url: string;
  paperType: string | null;
  decisionState: string | null;
  /** A paper's state for this viewer (papers/paper-state), null for other kinds. */
  paperState: PaperState | null;
  snippet: SnippetPart[] | null;
  /** Attachments: the page of the snippet (1-based) and the paper the file belongs to. */
  page: number | null;
  paper: { reference: string; name: string; url: string } | null;
  /** Agenda items: their session. */
  meeting: { id: number; name: string; date: string | null; url: string } | null;
}

export interface FacetValue<T extends string | number = string> {
  value: T;
  label: string;
  /** Null when the query is broad (see EXACT_LIMIT): counts of a sample would mislead. */
  count: number | null;
}

export interface SearchFacets {
  kind: FacetValue<SearchKind>[];
  paperType: FacetValue[];
  organization: FacetValue<number>[];
  year: FacetValue<number>[];
  decisionState: FacetValue[];
}

export interface SearchResult {
  /** Matches counted; when `totalIsLowerBound`, there are more than EXACT_LIMIT (= total). */
  total: number;
  /** Whether the query matched more than EXACT_LIMIT: total, facets and ranking then cover the newest EXACT_LIMIT. */
  totalIsLowerBound: boolean;
  /** How the newest matches were found: walked newest first (broad query) or listed by the GIN index. */
  strategy: 'walk' | 'index';
  hits: SearchHit[];
  facets: SearchFacets;
  /** „Meinten Sie …?“: the query with misspelt words replaced, when few hits were found. */
  suggestion: string | null;
  /** The paper's address when the query is exactly its reference. */
  jump: string | null;
  page: number;
  pageSize: number;
}

export const kindLabels: Record<SearchKind, string> = {
  paper: 'Vorlage',
  agendaItem: 'Tagesordnungspunkt',
  meeting: 'Sitzung',
  file: 'Anlage',
  person: 'Person',
  organization: 'Gremium',
};
