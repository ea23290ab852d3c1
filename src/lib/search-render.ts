/** Draws the search page's results, filter counts and sentences; ./search-page.ts decides when. */
import type { Locale } from '../i18n/index.ts';
import type { FilterCounts, PagefindPage, SearchFilters } from './search-types.ts';

/** Interface texts the page hands to its script, in the page's language (see SearchView.astro). */
export interface SearchTexts {
  count: { none: string; one: string; other: string };
  types: Record<string, string>;
  sections: string;
  error: string;
  /** "Vai domājāt {query}?", where {query} becomes a link that searches for it. */
  didYouMean: string;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

/** The result count as a sentence, with the language's plural form: "Atrasts 21 rezultāts". */
export function countSentence(texts: SearchTexts, locale: Locale, count: number, query: string): string {
  const form = count === 0 ? 'none' : new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return texts.count[form].replace('{count}', String(count)).replace('{query}', query);
}

/** Pagefind's excerpt is HTML with <mark> around the matches: the marks are kept, all else is text. */
function markedExcerpt(html: string): Node[] {
  const template = element('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    return element('mark', undefined, node.textContent ?? '');
  });
}

function excerpt(html: string): HTMLParagraphElement {
  const paragraph = element('p', 'excerpt');
  paragraph.append(...markedExcerpt(html));
  return paragraph;
}

/** One result: its type and centre, its title as a link, the excerpt, and the matching sections of a long page. */
export function resultItem(page: PagefindPage, texts: SearchTexts): HTMLLIElement {
  const item = element('li', 'result');
  const meta = element('p', 'result-meta');
  const type = page.filters['type']?.[0];
  if (type) meta.append(element('span', 'result-type', texts.types[type] ?? type));
  const centres = page.filters['centre'] ?? [];
  if (centres.length > 0) meta.append(element('span', 'result-centre', centres.join(', ')));
  const link = element('a', undefined, page.meta.title ?? page.url);
  link.href = page.url;
  link.dataset['result'] = '';
  const heading = element('h2');
  heading.append(link);
  item.append(meta, heading, excerpt(page.excerpt));

  // Sub-results that point at a heading inside the page; the first one is often the page itself.
  const sections = page.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
  if (sections.length > 0) {
    const list = element('ul', 'sections');
    list.setAttribute('aria-label', texts.sections);
    list.append(
      ...sections.map((sub) => {
        const entry = element('li');
        const anchor = element('a', undefined, sub.title);
        anchor.href = sub.url;
        entry.append(anchor, excerpt(sub.excerpt));
        return entry;
      }),
    );
    item.append(list);
  }
  return item;
}

/** Shows each type's count for the query and hides types with no results (unless chosen). */
export function showTypeCounts(choices: HTMLInputElement[], counts: FilterCounts): void {
  for (const choice of choices) {
    if (!choice.value) continue;
    const count = counts['type']?.[choice.value] ?? 0;
    const label = choice.closest('label');
    if (label) label.hidden = count === 0 && !choice.checked;
    const shown = label?.querySelector('[data-count]');
    if (shown) shown.textContent = String(count);
  }
}

/** Fills the centre list with the centres that have results for the query, and the chosen one. */
export function showCentres(
  select: HTMLSelectElement,
  everyCentre: string[],
  counts: FilterCounts,
  chosen: string,
  locale: Locale,
): void {
  const [all] = [...select.options];
  const centres = everyCentre
    .filter((name) => (counts['centre']?.[name] ?? 0) > 0 || name === chosen)
    .sort((a, b) => a.localeCompare(b, locale));
  select.replaceChildren(
    ...(all ? [all] : []),
    ...centres.map((name) => new Option(`${name} (${counts['centre']?.[name] ?? 0})`, name)),
  );
  select.value = chosen;
}

/** Offers the query with its misspelt words corrected, as a link that searches for it; hidden when there is none. */
export function showSuggestion(
  paragraph: HTMLElement,
  texts: SearchTexts,
  corrected: string | undefined,
  filters: SearchFilters,
): void {
  paragraph.hidden = !corrected;
  if (!corrected) return paragraph.replaceChildren();
  const [before = '', after = ''] = texts.didYouMean.split('{query}');
  const link = element('a', undefined, corrected);
  link.href = `?${new URLSearchParams(Object.entries({ q: corrected, ...filters }).filter((entry): entry is [string, string] => Boolean(entry[1])))}`;
  paragraph.replaceChildren(before, link, after);
}
