/**
 * What the site searches for when a visitor types a query: the query as typed, then (in Latvian)
 * the same words without their endings, so that other grammatical forms are found too; and an
 * overview page whose title names the query ("centrs" → "Kopienu resursu centri") goes first.
 * Shared by the search page and `npm run search:quality`, so that the measured search is the one
 * visitors use.
 */
import type { Locale } from '../i18n/index';
import { stemLatvianQuery } from './latvian-stemmer.ts';

/** The filters the pages carry (see BaseLayout): one value each at most. */
export interface SearchFilters { type?: string; centre?: string }
export type FilterCounts = Record<string, Record<string, number>>;

/** The parts of a Pagefind result and of its page that the site uses. */
export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
export interface PagefindHit { id: string; data(): Promise<PagefindPage> }
export interface PagefindSearch { results: PagefindHit[]; totalFilters: FilterCounts }

/** The part of Pagefind's JS API that the site uses. */
export interface Pagefind {
  search(term: string, options: { filters: Record<string, string> }): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

export interface Found {
  /** Pages in the order to show them: matches of the typed words first. */
  hits: PagefindHit[];
  /** How many pages of each filter value match the query, whatever filters are chosen. */
  counts: FilterCounts;
}

/** The searches to run, best first: the typed query, and for Latvian its stemmed form if that differs. */
export function searchesFor(typed: string, locale: Locale): string[] {
  const query = typed.trim().replace(/\s+/g, ' ');
  if (!query) return [];
  // A quoted phrase asks for exactly those words; English has Pagefind's own stemmer.
  if (locale !== 'lv' || query.includes('"')) return [query];
  const stemmed = stemLatvianQuery(query);
  return stemmed === query.toLowerCase() ? [query] : [query, stemmed];
}

/** Pages that are not entries (section lists, the home page, about, contact) carry this type. */
export const overviewType = 'page';

/** Lower case without diacritics, as visitors often type: `Centri` and `centri` match `centrī`. */
const plainLetters = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const wordsOf = (text: string): string[] => plainLetters(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when every word searched for begins a word of the title: `kopien centr` names "Kopienu resursu centri". */
export function titleNames(title: string, searched: string): boolean {
  const titleWords = wordsOf(title);
  const words = wordsOf(searched);
  return words.length > 0 && words.every((word) => titleWords.some((titleWord) => titleWord.startsWith(word)));
}

/**
 * An overview page whose title names the query: one word that most pages contain ("centrs") would
 * otherwise rank it behind every page that mentions the word, though it is where the visitor
 * starts. Only when no filter leaves overview pages out.
 */
async function overviewFor(pagefind: Pagefind, searched: string, filters: Record<string, string>): Promise<PagefindHit | undefined> {
  if (filters['centre'] || (filters['type'] && filters['type'] !== overviewType)) return undefined;
  const [best] = (await pagefind.search(searched, { filters: { ...filters, type: overviewType } })).results;
  return best && titleNames((await best.data()).meta.title ?? '', searched) ? best : undefined;
}

/**
 * Runs the searches for a query and merges them: each page once, at its best place. A word that is
 * not in the index makes Pagefind search for its longest prefix that is (`kaimiņš` finds `kā`), so
 * the typed search can bring pages that have nothing to do with the query. Every page that truly
 * has the typed words also has their stems, so the typed search only orders pages that the stemmed
 * search found too.
 */
export async function findPages(pagefind: Pagefind, typed: string, locale: Locale, filters: SearchFilters = {}): Promise<Found> {
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
  const queries = searchesFor(typed, locale);
  if (queries.length === 0) return { hits: [], counts: {} };
  const [searches, overview] = await Promise.all([
    Promise.all(queries.map((query) => pagefind.search(query, { filters: chosen }))),
    overviewFor(pagefind, queries.at(-1)!, chosen),
  ]);
  const stemmed = searches.at(-1)!;
  const found = new Set(stemmed.results.map((hit) => hit.id));
  const byId = new Map<string, PagefindHit>();
  for (const hit of [...(overview ? [overview] : []), ...searches.flatMap((search) => search.results)]) {
    if (found.has(hit.id) && !byId.has(hit.id)) byId.set(hit.id, hit);
  }
  // The stemmed search, its words being prefixes of the typed ones, finds every page shown (the
  // overview page too, whose title matched it): its counts stand for all.
  return { hits: [...byId.values()], counts: stemmed.totalFilters };
}
