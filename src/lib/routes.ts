/**
 * Which pages the site has: every page in every language, fallback copies for untranslated entries,
 * and the translations each page names. Pure, so the content linter and the sitemap use it too.
 */
import { defaultLocale, locales, otherLocale, perLocale, type Locale } from '../i18n/index.ts';
import { localePath, pagePath, sectionPath, type PageKey } from '../i18n/routes.ts';
import {
  collections,
  isListed,
  listedCollections,
  type Collection,
  type CollectionName,
  type ListedCollection,
} from './collections.ts';

/** An entry as routing sees it: which collection, which language, which slug. */
export interface PlacedEntry {
  collection: CollectionName;
  locale: Locale;
  slug: string;
}

/** What every page has. */
interface Page {
  /** Site-relative path with a trailing slash, without the deploy base. */
  path: string;
  /** The language of the page's interface. */
  locale: Locale;
  /** The language the main text is in: another one on a fallback page. */
  contentLocale: Locale;
  /** True when the page shows another language's text because no translation exists yet. */
  fallback: boolean;
  /** Real translations of this page, by language (the page itself included); empty for fallbacks. */
  alternates: Partial<Record<Locale, string>>;
  /** Where the language switcher leads: the counterpart page, which always exists. */
  switchTo: string;
}

export interface HomeRoute extends Page {
  kind: 'home';
}
export interface SearchRoute extends Page {
  kind: 'search';
}
export interface NotFoundRoute extends Page {
  kind: 'notFound';
}
/** A page of a section's list: which collection, which page of its list this is, and how many there are. */
export interface IndexRoute extends Page {
  kind: 'index';
  collection: ListedCollection;
  listPage: { number: number; count: number };
}
/** An entry's page in one language, with the entry it shows (its translation, or the original on a fallback copy) and all its translations. */
export interface EntryRoute<E extends PlacedEntry = PlacedEntry> extends Page {
  kind: 'entry';
  collection: E['collection'];
  /** The slug that pairs the languages. */
  slug: string;
  entry: E;
  translations: Partial<Record<Locale, E>>;
}
/** A topic's page (./topic-routes.ts), or with no topic the list of every topic in use. */
export interface TopicRoute extends Page {
  kind: 'topic';
  topic?: string | undefined;
}
/** The whole handbook on one printable page. */
export interface PrintRoute extends Page {
  kind: 'print';
}
/** One page of the built site, by its kind; an entry page carries its entry, so no view looks it up again. */
export type Route<E extends PlacedEntry = PlacedEntry> =
  | HomeRoute
  | SearchRoute
  | NotFoundRoute
  | IndexRoute
  | EntryRoute<E>
  | TopicRoute
  | PrintRoute;

/** The one not-found page: not a real page (no alternates); its language switch leads to the other home. */
export function notFoundRoute(): NotFoundRoute {
  return {
    path: '/404/',
    locale: defaultLocale,
    kind: 'notFound',
    contentLocale: defaultLocale,
    fallback: false,
    alternates: {},
    switchTo: localePath(otherLocale(defaultLocale)),
  };
}

/** The URL word before a list page's number: /stasti/lapa/2/, /en/stories/page/2/. */
const listPageWord: Record<Locale, string> = { lv: 'lapa', en: 'page' };

/** Page `number` (1 first) of a section's list; page 1 is the section's own address. */
export function listPagePath(locale: Locale, collection: ListedCollection, number: number): string {
  return number === 1
    ? sectionPath(locale, collection)
    : sectionPath(locale, collection, `${listPageWord[locale]}/${number}`);
}

const pageSizeOf = (collection: CollectionName): number =>
  (collections[collection] as Collection).listPageSize ?? Infinity;

/** The entries page `number` of a collection's list shows, as [start, end) in reading order. */
export function listPageRange(collection: CollectionName, number: number): [number, number] {
  const size = pageSizeOf(collection);
  return size === Infinity ? [0, Infinity] : [(number - 1) * size, number * size];
}

/** The URL of an entry in a language, e.g. `/en/centres/zilupe/` or `/par-iniciativu/`. */
export function entryPath(collection: CollectionName, locale: Locale, slug: string): string {
  return isListed(collection) ? sectionPath(locale, collection, slug) : pagePath(locale, slug as PageKey);
}

/** Every page of the site: fixed pages in every language, each entry in its languages, and fallbacks. */
export function buildRoutes<E extends PlacedEntry>(entries: readonly E[]): Route<E>[] {
  const routes: Route<E>[] = [];
  const inEveryLanguage = (paths: Record<Locale, string>, make: (page: Page) => Route<E>) => {
    for (const locale of locales)
      routes.push(
        make({
          path: paths[locale],
          locale,
          contentLocale: locale,
          fallback: false,
          alternates: paths,
          switchTo: paths[otherLocale(locale)],
        }),
      );
  };
  inEveryLanguage(
    perLocale((l) => localePath(l)),
    (page) => ({ ...page, kind: 'home' }),
  );
  for (const collection of listedCollections) {
    // Every language lists every slug (untranslated ones as originals), so page n pairs with page n.
    const slugs = new Set(entries.filter((e) => e.collection === collection).map((e) => e.slug)).size;
    const count = Math.max(1, Math.ceil(slugs / pageSizeOf(collection)));
    for (let number = 1; number <= count; number++) {
      inEveryLanguage(
        perLocale((l) => listPagePath(l, collection, number)),
        (page) => ({ ...page, kind: 'index', collection, listPage: { number, count } }),
      );
    }
  }
  inEveryLanguage(
    perLocale((l) => sectionPath(l, 'search')),
    (page) => ({ ...page, kind: 'search' }),
  );

  const groups = new Map<string, Partial<Record<Locale, E>>>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.slug}`;
    groups.set(key, { ...groups.get(key), [entry.locale]: entry });
  }
  for (const translations of groups.values()) {
    // The original a fallback copy shows: the default language's, else the first there is.
    const original = translations[defaultLocale] ?? Object.values(translations).find((e) => e !== undefined);
    if (!original) continue;
    const paths = perLocale((l) => entryPath(original.collection, l, original.slug));
    const alternates = Object.fromEntries(locales.filter((l) => translations[l]).map((l) => [l, paths[l]]));
    for (const locale of locales) {
      const entry = translations[locale] ?? original;
      const own = entry.locale === locale;
      routes.push({
        path: paths[locale],
        locale,
        kind: 'entry',
        collection: original.collection,
        slug: original.slug,
        entry,
        translations,
        contentLocale: entry.locale,
        fallback: !own,
        alternates: own ? alternates : {},
        switchTo: paths[otherLocale(locale)],
      });
    }
  }
  return routes;
}

/** The page a fallback copy's canonical URL points at: the original in the other language; the print handbook's is the guidelines index. */
export function canonicalPath(route: Route): string {
  if (route.kind === 'print') return sectionPath(route.locale, 'guidelines');
  return route.fallback ? route.switchTo : route.path;
}

/** Whether search engines may index the page: a fallback copy's original is indexed instead (the print handbook's: the guidelines), and a not-found page is no page at all. */
export function isIndexable(route: Route): boolean {
  return !route.fallback && route.kind !== 'notFound' && route.kind !== 'print';
}

/** The page's translations as `hreflang` names them, the default language's page also as `x-default`: the head and the sitemap both say this. */
export function hreflangAlternates(route: Route): { hreflang: string; path: string }[] {
  const alternates = Object.entries(route.alternates).map(([hreflang, path]) => ({ hreflang, path }));
  const fallback = route.alternates[defaultLocale];
  return fallback ? [...alternates, { hreflang: 'x-default', path: fallback }] : alternates;
}
