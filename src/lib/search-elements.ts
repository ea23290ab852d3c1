/**
 * The search page's parts as SearchView.astro renders them, and the address that keeps a search
 * for sharing: what ./search-page.ts reads and writes besides the results.
 */
import type { SearchFilters } from './search-types.ts';

const required = <T extends Element>(selector: string): T => {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`Search page without ${selector}`);
  return found;
};

/** Every element the script uses, found once; a missing one stops the script with its selector. */
export function searchElements() {
  const form = required<HTMLFormElement>('[data-search]');
  return {
    form,
    input: required<HTMLInputElement>('[data-search] input[type="search"]'),
    centre: required<HTMLSelectElement>('[data-search] select[name="centre"]'),
    types: [...form.querySelectorAll<HTMLInputElement>('input[name="type"]')],
    filterBox: required<HTMLElement>('[data-search-filters]'),
    status: required<HTMLElement>('[data-search-status]'),
    suggestion: required<HTMLElement>('[data-search-suggestion]'),
    list: required<HTMLOListElement>('[data-search-results]'),
    more: required<HTMLButtonElement>('[data-search-more]'),
    empty: required<HTMLElement>('[data-search-empty]'),
    withoutFilters: required<HTMLElement>('[data-search-without-filters]'),
    otherLanguage: required<HTMLAnchorElement>('[data-search-other-language]'),
  };
}
export type SearchElements = ReturnType<typeof searchElements>;

/** Fills the form from a shared address (`?q=…&type=…&centre=…`); returns the centre, which waits for the index. */
export function restoreShared({ input, types }: SearchElements): string {
  const shared = new URLSearchParams(location.search);
  input.value = shared.get('q') ?? '';
  for (const type of types) type.checked = type.value === (shared.get('type') ?? '');
  return shared.get('centre') ?? '';
}

/** Keeps the search in the address, without a history entry per search, so that it can be shared. */
export function remember(query: string, filters: SearchFilters): void {
  const address = new URL(location.href);
  address.search = new URLSearchParams(
    Object.entries({ q: query, ...filters }).filter(([, value]) => value),
  ).toString();
  history.replaceState(history.state, '', address);
}

/** Arrow keys move between the search field and the result titles, as in a list of suggestions. */
export function moveWithArrows({ input, list }: SearchElements): void {
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
}
