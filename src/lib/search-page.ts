/**
 * The search page's script: results as the visitor types, filters, the query kept in the address
 * for sharing. Pagefind and the query logic (./search-loader.ts) load only once there is a query.
 */
import type { Locale } from '../i18n/index';
import { loadSearch, type LoadedSearch } from './search-loader.ts';
import type { Found, SearchFilters } from './search-query.ts';
import { countSentence, resultItem, showCentres, showSuggestion, showTypeCounts, type SearchTexts } from './search-render.ts';

/** Results drawn at a time (search-query.ts starts loading as many pages at once). */
const pageSize = 10;

/** Wait this long after the last key press, so that a phone does not search every letter. */
const typingPause = 250;

const required = <T extends Element>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`Search page without ${selector}`);
  return found;
};

export function startSearch(): void {
  const form = required<HTMLFormElement>('[data-search]');
  const input = required<HTMLInputElement>('[data-search] input[type="search"]');
  const centre = required<HTMLSelectElement>('[data-search] select[name="centre"]');
  const filterBox = required<HTMLElement>('[data-search-filters]');
  const status = required<HTMLElement>('[data-search-status]');
  const suggestion = required<HTMLElement>('[data-search-suggestion]');
  const list = required<HTMLOListElement>('[data-search-results]');
  const more = required<HTMLButtonElement>('[data-search-more]');
  const empty = required<HTMLElement>('[data-search-empty]');
  const withoutFilters = required<HTMLElement>('[data-search-without-filters]');
  const otherLanguage = required<HTMLAnchorElement>('[data-search-other-language]');
  const types = [...form.querySelectorAll<HTMLInputElement>('input[name="type"]')];
  const locale = form.dataset['locale'] as Locale;
  const texts = JSON.parse(form.dataset['texts'] ?? '{}') as SearchTexts;

  const shared = new URLSearchParams(location.search);
  input.value = shared.get('q') ?? '';
  for (const type of types) type.checked = type.value === (shared.get('type') ?? '');
  // The centre list is filled from the index, so a shared centre waits here until it loads.
  let chosenCentre = shared.get('centre') ?? '';
  const chosen = (): SearchFilters => ({ type: types.find((type) => type.checked)?.value ?? '', centre: chosenCentre });

  const bundle = form.dataset['bundle'] ?? '/pagefind/';
  let loading: Promise<LoadedSearch> | undefined;
  const load = () => (loading ??= loadSearch(bundle, locale));

  let latest = 0;
  let found: Found = { hits: [], counts: {} };
  let shown = 0;

  /** Draws the next page of results; the items, or none if a newer search has started. */
  const nextPage = async (search: number, replace: boolean): Promise<HTMLLIElement[]> => {
    const pages = await Promise.all(found.hits.slice(shown, shown + pageSize).map((hit) => hit.data()));
    if (search !== latest) return [];
    const items = pages.map((page) => resultItem(page, texts));
    if (replace) list.replaceChildren(...items);
    else list.append(...items);
    shown += items.length;
    more.hidden = shown >= found.hits.length;
    return items;
  };

  const remember = (query: string, filters: SearchFilters) => {
    const address = new URL(location.href);
    address.search = new URLSearchParams(Object.entries({ q: query, ...filters }).filter(([, value]) => value)).toString();
    history.replaceState(history.state, '', address);
  };

  const runSearch = async () => {
    const search = ++latest;
    const query = input.value.trim();
    const filters = chosen();
    if (!query) {
      remember(query, filters);
      list.replaceChildren();
      status.textContent = '';
      more.hidden = empty.hidden = suggestion.hidden = true;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    try {
      const { index, centres, findPages } = await load();
      const result = await findPages(index, query, locale, filters);
      if (search !== latest) return;
      found = result;
      shown = 0;
      await nextPage(search, true);
      if (search !== latest) return;
      showTypeCounts(types, found.counts);
      showCentres(centre, centres, found.counts, chosenCentre, locale);
      filterBox.hidden = false;
      empty.hidden = found.hits.length > 0;
      withoutFilters.hidden = !filters.type && !filters.centre;
      otherLanguage.search = new URLSearchParams({ q: query }).toString();
      status.textContent = countSentence(texts, locale, found.hits.length, query);
      showSuggestion(suggestion, texts, found.corrected, filters);
      // After the results are drawn: rewriting the history entry takes a phone a while.
      requestAnimationFrame(() => setTimeout(() => search === latest && remember(query, filters)));
    } catch (error) {
      if (search === latest) status.textContent = texts.error;
      throw error;
    } finally {
      if (search === latest) list.removeAttribute('aria-busy');
    }
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    // The first letter typed starts loading the search, so that it is ready when the typing stops.
    if (input.value.trim()) void load();
    clearTimeout(typing);
    typing = setTimeout(() => void runSearch(), typingPause);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void runSearch();
    // On a phone the keyboard would cover the results.
    if (matchMedia('(pointer: coarse)').matches) input.blur();
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    if (event.target === centre) chosenCentre = centre.value;
    void runSearch();
  });
  withoutFilters.querySelector('button')?.addEventListener('click', () => {
    for (const type of types) type.checked = !type.value;
    chosenCentre = '';
    void runSearch();
    input.focus();
  });
  more.addEventListener('click', async () => {
    const [first] = await nextPage(latest, false);
    first?.querySelector('a')?.focus();
  });
  // Arrow keys move between the search field and the result titles, as in a list of suggestions.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops: HTMLElement[] = [input, ...list.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    const next = at < 0 ? undefined : stops[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
  if (input.value) void runSearch();
}
