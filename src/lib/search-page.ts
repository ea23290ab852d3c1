/**
 * The search page's script: results as the visitor types, filters, the query kept in the address
 * for sharing. Pagefind and the query logic (./search-loader.ts) load only once there is a query.
 */
import type { Locale } from '../i18n/index.ts';
import { moveWithArrows, remember, restoreShared, searchElements, type SearchElements } from './search-elements.ts';
import { loadSearch, type LoadedSearch } from './search-loader.ts';
import {
  countSentence,
  resultItem,
  showCentres,
  showSuggestion,
  showTypeCounts,
  type SearchTexts,
} from './search-render.ts';
import { resultsPerPage, type Found, type SearchFilters } from './search-types.ts';

/** Wait this long after the last key press, so that a phone does not search every letter. */
const typingPause = 250;

/** One page's search: its elements and texts, and which search is the latest and how much of it is drawn. */
interface Session {
  page: SearchElements;
  locale: Locale;
  texts: SearchTexts;
  load: () => Promise<LoadedSearch>;
  /** The number of the latest search: an older one that finishes later draws nothing. */
  latest: number;
  found: Found;
  shown: number;
  chosenCentre: string;
}

const chosen = ({ page, chosenCentre }: Session): SearchFilters => ({
  type: page.types.find((type) => type.checked)?.value ?? '',
  centre: chosenCentre,
});

/** Draws the next page of results; the items, or none if a newer search has started. */
async function nextPage(session: Session, search: number, replace: boolean): Promise<HTMLLIElement[]> {
  const { found, page } = session;
  const pages = await Promise.all(
    found.hits.slice(session.shown, session.shown + resultsPerPage).map((hit) => hit.data()),
  );
  if (search !== session.latest) return [];
  const items = pages.map((result) => resultItem(result, session.texts));
  if (replace) page.list.replaceChildren(...items);
  else page.list.append(...items);
  session.shown += items.length;
  page.more.hidden = session.shown >= found.hits.length;
  return items;
}

/** An empty field: no results, no sentences. */
function clear({ page }: Session): void {
  page.list.replaceChildren();
  page.status.textContent = '';
  page.more.hidden = page.empty.hidden = page.suggestion.hidden = true;
}

/** Everything around the drawn results: filter counts, the empty-result help, the count sentence, "did you mean". */
function describe(session: Session, centres: string[], query: string, filters: SearchFilters): void {
  const { page, found, texts, locale } = session;
  showTypeCounts(page.types, found.counts);
  showCentres(page.centre, centres, found.counts, session.chosenCentre, locale);
  page.filterBox.hidden = false;
  page.empty.hidden = found.hits.length > 0;
  page.withoutFilters.hidden = !filters.type && !filters.centre;
  page.otherLanguage.search = new URLSearchParams({ q: query }).toString();
  page.status.textContent = countSentence(texts, locale, found.hits.length, query);
  showSuggestion(page.suggestion, texts, found.corrected, filters);
}

/** Searches for what the field and the filters say, and draws it unless a newer search has started. */
async function runSearch(session: Session): Promise<void> {
  const search = ++session.latest;
  const { page } = session;
  const query = page.input.value.trim();
  const filters = chosen(session);
  if (!query) {
    remember(query, filters);
    return clear(session);
  }
  page.list.setAttribute('aria-busy', 'true');
  try {
    const { index, centres, findPages } = await session.load();
    const result = await findPages(index, query, session.locale, filters);
    if (search !== session.latest) return;
    Object.assign(session, { found: result, shown: 0 });
    await nextPage(session, search, true);
    if (search !== session.latest) return;
    describe(session, centres, query, filters);
    // After the results are drawn: rewriting the history entry takes a phone a while.
    requestAnimationFrame(() => setTimeout(() => search === session.latest && remember(query, filters)));
  } catch (error) {
    if (search === session.latest) page.status.textContent = session.texts.error;
    throw error;
  } finally {
    if (search === session.latest) page.list.removeAttribute('aria-busy');
  }
}

/** Searches as the visitor types (after a pause), submits, changes a filter, or asks for more. */
function listen(session: Session): void {
  const { form, input, centre, types, withoutFilters, more } = session.page;
  const run = () => void runSearch(session);
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    // The first letter typed starts loading the search, so that it is ready when the typing stops.
    if (input.value.trim()) void session.load();
    clearTimeout(typing);
    typing = setTimeout(run, typingPause);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    run();
    // On a phone the keyboard would cover the results.
    if (matchMedia('(pointer: coarse)').matches) input.blur();
  });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    if (event.target === centre) session.chosenCentre = centre.value;
    run();
  });
  withoutFilters.querySelector('button')?.addEventListener('click', () => {
    for (const type of types) type.checked = !type.value;
    session.chosenCentre = '';
    run();
    input.focus();
  });
  more.addEventListener('click', async () => {
    const [first] = await nextPage(session, session.latest, false);
    first?.querySelector('a')?.focus();
  });
}

/** Starts the search page: restores a shared search, listens, and searches at once if the address held a query. */
export function startSearch(): void {
  const page = searchElements();
  const locale = page.form.dataset['locale'] as Locale;
  const bundle = page.form.dataset['bundle'] ?? '/pagefind/';
  let loading: Promise<LoadedSearch> | undefined;
  const session: Session = {
    page,
    locale,
    texts: JSON.parse(page.form.dataset['texts'] ?? '{}') as SearchTexts,
    load: () => (loading ??= loadSearch(bundle, locale)),
    latest: 0,
    found: { hits: [], counts: {} },
    shown: 0,
    // The centre list is filled from the index, so a shared centre waits here until it loads.
    chosenCentre: restoreShared(page),
  };
  listen(session);
  moveWithArrows(page);
  if (page.input.value) void runSearch(session);
}
