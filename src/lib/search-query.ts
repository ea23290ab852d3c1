/**
 * How the site searches when a visitor types a query, shared by the search page and
 * `npm run search:quality`, so that the measured search is the one visitors use.
 *
 * Pagefind requires every word of a search, so a question of five words finds nothing when one
 * word is not on the page. Here each word (./search-plan.ts) is searched on its own, in its
 * variants, and a page scores by the words it has: the sum of its best Pagefind score for each word
 * (Pagefind weighs titles and headings higher, and rare words over common ones), times the share of
 * the query's words it has, squared, so that pages with most of the words come first and a page
 * with one word still comes after them rather than not at all.
 */
import type { Locale } from '../i18n/index.ts';
import { creditCentres } from './search-centres.ts';
import { planFor, stemOf, type Plan } from './search-plan.ts';
import { plainLetters, vocabularyFrom, wordsIn, type SearchDataFile } from './search-vocabulary.ts';
import {
  resultsPerPage,
  type FilterCounts,
  type Found,
  type Pagefind,
  type PagefindHit,
  type PagefindPage,
  type PagefindSearch,
  type SearchFilters,
  type SearchIndex,
} from './search-types.ts';

/**
 * Pagefind's ranking as the site sets it: an entry's topics (`data-pagefind-meta="topics:…"`,
 * EntryView.astro) weigh three times Pagefind's default for metadata, so that a centre whose
 * topic is "pedagogi kopienā" ranks for teachers although its text names them once.
 */
export const ranking = { metaWeights: { topics: 3 } };

/**
 * Sets the site's ranking, and reads which pages carry each filter value, so that filters apply to
 * merged results: from the build's search data (scripts/search-data.ts), else from Pagefind, one
 * search per filter value.
 */
export async function openSearch(pagefind: Pagefind, data?: SearchDataFile): Promise<SearchIndex> {
  await pagefind.options({ ranking });
  const searched = new Map<string, Promise<PagefindSearch>>();
  if (data) {
    const members = Object.fromEntries(
      Object.entries(data.filters).map(([name, values]) => [
        name,
        Object.fromEntries(Object.entries(values).map(([value, ids]) => [value, new Set(ids)])),
      ]),
    );
    return { pagefind, members, searched, vocabulary: vocabularyFrom(data) };
  }
  const members: SearchIndex['members'] = {};
  for (const [name, values] of Object.entries(await pagefind.filters())) {
    members[name] = {};
    await Promise.all(
      Object.keys(values).map(async (value) => {
        const { results } = await pagefind.search(null, { filters: { [name]: value } });
        members[name]![value] = new Set(results.map((hit) => hit.id));
      }),
    );
  }
  return { pagefind, members, searched };
}

/** Pages that are not entries (section lists, the home page, about, contact) carry this type. */
export const overviewType = 'page';

/** True when every word searched for begins a word of the title: `kopien centr` names "Kopienu resursu centri". */
export function titleNames(title: string, searched: string): boolean {
  const titleWords = wordsIn(plainLetters(title));
  const words = wordsIn(plainLetters(searched));
  return words.length > 0 && words.every((word) => titleWords.some((titleWord) => titleWord.startsWith(word)));
}

const inFilters = (index: SearchIndex, filters: SearchFilters, id: string): boolean =>
  Object.entries(filters).every(([name, value]) => !value || (index.members[name]?.[value]?.has(id) ?? false));

function countsOf(index: SearchIndex, ids: string[]): FilterCounts {
  const counts: FilterCounts = {};
  for (const [name, values] of Object.entries(index.members)) {
    counts[name] = Object.fromEntries(
      Object.entries(values).map(([value, pages]) => [value, ids.filter((id) => pages.has(id)).length]),
    );
  }
  return counts;
}

/**
 * An overview page whose title names the query's words goes first: one word that most pages
 * contain ("centrs") would otherwise rank it behind every page that mentions the word, though it
 * is where the visitor starts.
 */
async function overviewFirst(index: SearchIndex, hits: PagefindHit[], searched: string): Promise<PagefindHit[]> {
  const overviews = index.members['type']?.[overviewType];
  const candidates = hits.filter((hit) => overviews?.has(hit.id)).slice(0, 3);
  for (const hit of candidates) {
    if (titleNames((await hit.data()).meta.title ?? '', searched))
      return [hit, ...hits.filter((other) => other !== hit)];
  }
  return hits;
}

/** A hit whose page loads once, however many times it is asked for (overview check, drawing). */
function loadingOnce(hit: PagefindHit): PagefindHit {
  let page: Promise<PagefindPage> | undefined;
  return { ...hit, data: () => (page ??= hit.data()) };
}

/** Each term's search, once per index. */
function searchOnce(index: SearchIndex, terms: string): Promise<PagefindSearch> {
  const known = index.searched.get(terms) ?? index.pagefind.search(terms, { filters: {} });
  index.searched.set(terms, known);
  return known;
}

/**
 * The pages the plan's searches found, best first. A word counts half for being on the page at
 * all, half by how well the page matches it against the page that matches it best (a passing
 * prefix match counts less than a title).
 */
function rankPages(plan: Plan, searches: PagefindSearch[], members: SearchIndex['members']): PagefindHit[] {
  const pages = new Map<string, { slots: number[]; hit: PagefindHit; best: number }>();
  for (const [at, search] of searches.entries()) {
    const { covers, weight } = plan.variants[at]!;
    for (const hit of search.results) {
      const page = pages.get(hit.id) ?? { slots: plan.slots.map(() => 0), hit, best: 0 };
      const score = weight * hit.score;
      for (const slot of covers) page.slots[slot] = Math.max(page.slots[slot]!, score);
      // The excerpt comes from the search that gave the page its best score.
      if (score > page.best) Object.assign(page, { hit, best: score });
      pages.set(hit.id, page);
    }
  }
  // A centre's profile counts the words its stories have (./search-centres.ts).
  creditCentres(members, pages);
  const best = plan.slots.map((_, slot) => Math.max(...[...pages.values()].map((page) => page.slots[slot]!)));
  const scored = [...pages.values()].map((page) => {
    const had = page.slots.reduce((sum, score, slot) => sum + (score > 0 ? 0.5 + (0.5 * score) / best[slot]! : 0), 0);
    const share = had / plan.slots.length;
    return { hit: page.hit, score: page.slots.reduce((sum, score) => sum + score, 0) * share * share };
  });
  return scored.sort((a, b) => b.score - a.score).map((page) => loadingOnce(page.hit));
}

/** Runs the searches a query plans, merges their pages by score, and applies the chosen filters. */
export async function findPages(
  index: SearchIndex,
  typed: string,
  locale: Locale,
  filters: SearchFilters = {},
): Promise<Found> {
  const plan = planFor(typed, locale, index.vocabulary);
  if (plan.slots.length === 0) return { hits: [], counts: {} };
  const ranked = rankPages(
    plan,
    await Promise.all(plan.variants.map((variant) => searchOnce(index, variant.terms))),
    index.members,
  );
  // The pages shown first load while the overview page's title is checked.
  for (const hit of ranked.slice(0, resultsPerPage)) void hit.data();
  const searched = plan.slots.map((word) => stemOf(word, locale)).join(' ');
  const ordered =
    filters.centre || (filters.type && filters.type !== overviewType)
      ? ranked
      : await overviewFirst(index, ranked, searched);
  return {
    hits: ordered.filter((hit) => inFilters(index, filters, hit.id)),
    counts: countsOf(
      index,
      ranked.map((hit) => hit.id),
    ),
    ...(plan.corrected ? { corrected: plan.corrected } : {}),
  };
}
