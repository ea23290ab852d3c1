import { locales, otherLocale, type Locale } from '../i18n/index.ts';
import { localePath, pagePath, sectionPath, type PageKey, type Section } from '../i18n/routes.ts';
import type { CollectionName } from './fields/index.ts';

/** An entry as routing sees it: which collection, which language, which slug. */
export interface PlacedEntry {
  collection: CollectionName;
  locale: Locale;
  slug: string;
}

/** One page of the built site. */
export interface Route {
  /** Site-relative path with a trailing slash, without the deploy base. */
  path: string;
  /** The language of the page's interface. */
  locale: Locale;
  kind: 'home' | 'index' | 'entry' | 'search' | 'notFound';
  /** For index and entry pages: which collection. */
  collection?: CollectionName | undefined;
  /** For entry pages: the slug that pairs the two languages. */
  slug?: string | undefined;
  /** The language the main text is in: the other one on a fallback page. */
  contentLocale: Locale;
  /** True when the page shows the other language's text because no translation exists yet. */
  fallback: boolean;
  /** Real translations of this page, by language (the page itself included); empty for fallbacks. */
  alternates: Partial<Record<Locale, string>>;
  /** Where the language switcher leads: the counterpart page, which always exists. */
  switchTo: string;
  /** For index pages: which page of the section's list this is, and how many there are. */
  listPage?: { number: number; count: number } | undefined;
}

const indexSections: Section[] = ['guidelines', 'stories', 'centres', 'videos'];

/**
 * Stories have no upper bound, so their list is split into pages of this many: a list page stays the
 * same size however many stories there are. The handbook, centres (with their map) and videos are short lists.
 */
export const listPageSize: Partial<Record<CollectionName, number>> = { stories: 20 };
/** The URL word before a list page's number: /stasti/lapa/2/, /en/stories/page/2/. */
const listPageWord: Record<Locale, string> = { lv: 'lapa', en: 'page' };

/** Page `number` (1 first) of a section's list; page 1 is the section's own address. */
export function listPagePath(locale: Locale, section: Section, number: number): string {
  return number === 1 ? sectionPath(locale, section) : sectionPath(locale, section, `${listPageWord[locale]}/${number}`);
}

/** The entries page `number` of a collection's list shows, as [start, end) in reading order. */
export function listPageRange(collection: CollectionName, number: number): [number, number] {
  const size = listPageSize[collection];
  return size ? [(number - 1) * size, number * size] : [0, Infinity];
}

/** The URL of an entry in a language, e.g. `/en/centres/zilupe/` or `/par-iniciativu/`. */
export function entryPath(collection: CollectionName, locale: Locale, slug: string): string {
  return collection === 'pages' ? pagePath(locale, slug as PageKey) : sectionPath(locale, collection, slug);
}

/** Every page of the site: fixed pages in both languages, each entry in its language, and fallbacks. */
export function buildRoutes(entries: PlacedEntry[]): Route[] {
  const routes: Route[] = [];
  const both = (make: (l: Locale) => string) => Object.fromEntries(locales.map((l) => [l, make(l)])) as Record<Locale, string>;
  const fixed = (kind: Route['kind'], paths: Record<Locale, string>, collection?: CollectionName, listPage?: Route['listPage']) => {
    for (const locale of locales) {
      routes.push({ path: paths[locale], locale, kind, collection, contentLocale: locale, fallback: false, alternates: paths, switchTo: paths[otherLocale(locale)], listPage });
    }
  };
  fixed('home', both((l) => localePath(l)));
  for (const section of indexSections) {
    const collection = section as CollectionName;
    // Both languages list every slug (untranslated ones as originals), so page n pairs with page n.
    const slugs = new Set(entries.filter((e) => e.collection === collection).map((e) => e.slug)).size;
    const count = Math.max(1, Math.ceil(slugs / (listPageSize[collection] ?? Infinity)));
    for (let number = 1; number <= count; number++) fixed('index', both((l) => listPagePath(l, section, number)), collection, { number, count });
  }
  fixed('search', both((l) => sectionPath(l, 'search')));

  const groups = new Map<string, Map<Locale, PlacedEntry>>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.slug}`;
    groups.set(key, (groups.get(key) ?? new Map()).set(entry.locale, entry));
  }
  for (const translations of groups.values()) {
    const first = [...translations.values()][0]!;
    const paths = both((l) => entryPath(first.collection, l, first.slug));
    const alternates = Object.fromEntries([...translations.keys()].map((l) => [l, paths[l]]));
    for (const locale of locales) {
      const own = translations.get(locale);
      routes.push({
        path: paths[locale],
        locale,
        kind: 'entry',
        collection: first.collection,
        slug: first.slug,
        contentLocale: own ? locale : otherLocale(locale),
        fallback: !own,
        alternates: own ? alternates : {},
        switchTo: paths[otherLocale(locale)],
      });
    }
  }
  return routes;
}

/** The page a fallback copy's canonical URL points at: the original in the other language. */
export function canonicalPath(route: Route): string {
  return route.fallback ? route.switchTo : route.path;
}
