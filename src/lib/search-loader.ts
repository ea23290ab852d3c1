/**
 * Loads what the search page needs once a visitor searches, all at once: Pagefind (its script,
 * WebAssembly and index), the build's search data, and the query logic, which stays out of the
 * page's own script so that the page is small for the visitors who never search.
 */
import type { Locale } from '../i18n/index.ts';
import type { findPages } from './search-query.ts';
import type { Pagefind, SearchIndex } from './search-types.ts';

export interface LoadedSearch {
  index: SearchIndex;
  /** The centres in the index, for the centre filter. */
  centres: string[];
  findPages: typeof findPages;
}

/** `bundle` is the address of Pagefind's folder, as the page's form names it. */
export async function loadSearch(bundle: string, locale: Locale): Promise<LoadedSearch> {
  const [pagefind, data, query] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
    import('./search-vocabulary.ts').then(({ fetchSearchData }) => fetchSearchData(bundle, locale)),
    import('./search-query.ts'),
  ]);
  await pagefind.options({ excerptLength: 24 });
  const index = await query.openSearch(pagefind, data);
  return { index, findPages: query.findPages, centres: Object.keys(index.members['centre'] ?? {}) };
}
