/**
 * What the search passes around: Pagefind's API as the site uses it, the filters, a language's
 * index and the results; and how many results are drawn at a time. Types and one number only, so
 * the search page's own script (./search-page.ts) imports it without the query logic.
 */
import type { Vocabulary } from './search-vocabulary.ts';

/**
 * Results drawn at a time: the search page draws this many, and the query starts loading as many
 * pages at once (./search-query.ts), so that the first results are ready when they are drawn.
 */
export const resultsPerPage = 10;

/** The filters the pages carry (see BaseLayout): one value each at most. */
export interface SearchFilters {
  type?: string;
  centre?: string;
}
export type FilterCounts = Record<string, Record<string, number>>;

/** The parts of a Pagefind result and of its page that the site uses. */
export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindPage>;
}
export interface PagefindSearch {
  results: PagefindHit[];
}

/** The part of Pagefind's JS API that the site uses. */
export interface Pagefind {
  search(term: string | null, options: { filters: Record<string, string> }): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
  options(options: { ranking?: { metaWeights?: Record<string, number> }; excerptLength?: number }): Promise<void>;
}

/** A language's search: its Pagefind, which pages carry each filter value, and the index's words. */
export interface SearchIndex {
  pagefind: Pagefind;
  /** `type` → `guideline` → the ids of the guideline pages. */
  members: Record<string, Record<string, Set<string>>>;
  vocabulary?: Vocabulary;
  /** Each term's search, once: a visitor's next query repeats most of the last one's words. */
  searched: Map<string, Promise<PagefindSearch>>;
}

export interface Found {
  /** Pages in the order to show them. */
  hits: PagefindHit[];
  /** How many pages of each filter value match the query, whatever filters are chosen. */
  counts: FilterCounts;
  /** The query with its misspelt words corrected, when some were: "Vai domājāt…?". */
  corrected?: string;
}
