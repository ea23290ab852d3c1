/**
 * npm run search:quality: runs both query sets (`querySets` below) against a built site and
 * prints how often the expected page is in the top 3, per category and language. It loads the
 * site's own Pagefind bundle (pagefind.js and its WebAssembly) and search data in Node and
 * searches the way the search page does (src/lib/search-query.ts), next to what Pagefind alone
 * finds for the query as typed (with the site's ranking).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { locales, type Locale } from '../src/i18n/index.ts';
import { findPages, openSearch } from '../src/lib/search-query.ts';
import type { Pagefind, SearchFilters, SearchIndex } from '../src/lib/search-types.ts';
import { searchDataFile, type SearchDataFile } from '../src/lib/search-vocabulary.ts';

export interface QualityQuery {
  locale: Locale;
  query: string;
  /**
   * What kind of query: exact, inflection, no diacritics, prefix, several words, filter; in the
   * untuned set also question, word family, other words, typo. Each held to 90% per language, each
   * set to 97%, by tests/site/search-quality.test.ts.
   */
  category: string;
  /** The page that must be in the top 3, as a site path, e.g. `/stasti/aglona/`. */
  page: string;
  filters?: SearchFilters;
}
export interface Outcome extends QualityQuery {
  /** 1-based place of the page in the site's results, 0 when it is not in the top 3. */
  place: number;
  /** The same for Pagefind searching the query as typed. */
  placeTyped: number;
  top: string[];
}

/**
 * The two query sets: the project's first one, and one written before the ranking was changed for
 * it (issue 12), so that its score says how search does on queries nobody tuned it for.
 */
export const querySets = { tuned: 'tests/search/queries.json', untuned: 'tests/search/untuned-queries.json' } as const;
export type QuerySet = keyof typeof querySets;
export const readQueries = (set: QuerySet = 'tuned'): QualityQuery[] =>
  (JSON.parse(readFileSync(querySets[set], 'utf8')) as { queries: QualityQuery[] }).queries;

const origin = 'http://site.invalid';

/** `open` for each of the site's languages in turn (src/i18n/index.ts), as a table by language. */
async function eachLocale<T>(open: (locale: Locale) => Promise<T>): Promise<Record<Locale, T>> {
  const opened: Partial<Record<Locale, T>> = {};
  for (const locale of locales) opened[locale] = await open(locale);
  return opened as Record<Locale, T>;
}
type Bundle = { createInstance(options: { basePath: string; baseUrl: string }): Pagefind };

/** Pagefind fetches its index over HTTP; here each request for the site's origin is read from disk. */
function readFromDisk(outDir: string): void {
  const network = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== origin) return network(input, init);
    const type = url.pathname.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    return new Response(readFileSync(join(outDir, decodeURIComponent(url.pathname))), {
      headers: { 'content-type': type },
    });
  };
}

/** One Pagefind per language, as a page in that language (`<html lang>`) opens it. */
export async function openIndexes(outDir: string): Promise<Record<Locale, Pagefind>> {
  readFromDisk(outDir);
  const open = async (lang: Locale) => {
    // A module instance per language: the bundle keeps its WebAssembly in a module-wide variable.
    const file = `${pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href}?${lang}`;
    const bundle = (await import(/* @vite-ignore */ file)) as Bundle;
    const scope = globalThis as { document?: unknown };
    scope.document = { querySelector: () => ({ getAttribute: () => lang }) };
    const pagefind = bundle.createInstance({ basePath: `${origin}/pagefind/`, baseUrl: '/' });
    delete scope.document;
    return pagefind;
  };
  return eachLocale(open);
}

const placeIn = (urls: string[], page: string) => urls.slice(0, 3).indexOf(page) + 1;

/** Each language's search as the search page opens it: Pagefind with the build's search data. */
export async function openSearches(outDir: string): Promise<Record<Locale, SearchIndex>> {
  const indexes = await openIndexes(outDir);
  const open = (locale: Locale) => {
    const file = JSON.parse(readFileSync(join(outDir, 'pagefind', searchDataFile(locale)), 'utf8')) as SearchDataFile;
    return openSearch(indexes[locale], file);
  };
  return eachLocale(open);
}

export async function runQueries(outDir: string, queries: QualityQuery[]): Promise<Outcome[]> {
  const searches = await openSearches(outDir);
  const outcomes: Outcome[] = [];
  for (const item of queries) {
    const { pagefind } = searches[item.locale];
    const filters = item.filters ?? {};
    const found = await findPages(searches[item.locale], item.query, item.locale, filters);
    const top = await Promise.all(found.hits.slice(0, 3).map(async (hit) => (await hit.data()).url));
    const typed = await pagefind.search(item.query, { filters: filters as Record<string, string> });
    const topTyped = await Promise.all(typed.results.slice(0, 3).map(async (hit) => (await hit.data()).url));
    outcomes.push({ ...item, place: placeIn(top, item.page), placeTyped: placeIn(topTyped, item.page), top });
  }
  return outcomes;
}

export interface Rate {
  locale: Locale;
  category: string;
  total: number;
  found: number;
  foundTyped: number;
}

/** Top-3 hits per language and category, in the order the query set lists them. */
export function hitRates(outcomes: Outcome[]): Rate[] {
  const rates = new Map<string, Rate>();
  for (const o of outcomes) {
    const key = `${o.locale} ${o.category}`;
    const rate = rates.get(key) ?? { locale: o.locale, category: o.category, total: 0, found: 0, foundTyped: 0 };
    rate.total += 1;
    rate.found += o.place > 0 ? 1 : 0;
    rate.foundTyped += o.placeTyped > 0 ? 1 : 0;
    rates.set(key, rate);
  }
  return [...rates.values()];
}

const percent = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`.padStart(5);

export function formatTable(rates: Rate[]): string {
  const rows = rates.map(
    (r) =>
      `${r.locale}    ${r.category.padEnd(14)} ${String(r.total).padStart(3)}   ${percent(r.found, r.total)}   ${percent(r.foundTyped, r.total)}`,
  );
  return ['lang  category       queries  top 3  (typed query only)', ...rows].join('\n');
}

if (import.meta.main) {
  const outDir = process.env['OUT_DIR'] ?? 'dist';
  for (const set of Object.keys(querySets) as QuerySet[]) {
    console.log(`\n${set} query set (${querySets[set]})`);
    const outcomes = await runQueries(outDir, readQueries(set));
    console.log(formatTable(hitRates(outcomes)));
    const all = hitRates(outcomes.map((o) => ({ ...o, category: 'all' })));
    for (const rate of all)
      console.log(
        `${rate.locale} all: ${rate.found}/${rate.total} in the top 3 (${rate.foundTyped}/${rate.total} with the typed query only)`,
      );
    for (const miss of outcomes.filter((o) => o.place === 0))
      console.log(`missed ${miss.locale} "${miss.query}" → ${miss.page}; top 3: ${miss.top.join(', ') || 'nothing'}`);
  }
}
