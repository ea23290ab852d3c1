/**
 * The one place that reads content collections: it leaves out drafts (and says so) and gives each entry
 * its place on the site. The content linter (./lint/) has checked every file before Astro read any, so
 * nothing here can find a mistake that was not already reported at its line.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, type Locale } from '../i18n/index.ts';
import {
  collectionNames,
  collections,
  type CollectionName,
  type ListedCollection,
  type ReadingOrder,
} from './collections.ts';
import { buildRoutes, entryPath, listPageRange, type EntryRoute, type IndexRoute, type Route } from './routes.ts';
import { bilingual } from './editor-messages.ts';
import { topicAndPrintRoutes } from './topic-routes.ts';

/** An entry of one collection with its place on the site. */
export interface EntryOf<C extends CollectionName> {
  entry: CollectionEntry<C>;
  collection: C;
  locale: Locale;
  slug: string;
  path: string;
}
/** Any entry: a union over the collections, so that checking `collection` tells which fields `entry.data` has. */
export type SiteEntry = { [C in CollectionName]: EntryOf<C> }[CollectionName];

/** An entry as a list shows it in a language: the translation, or the original marked as such. */
export type Listed<C extends CollectionName = CollectionName> = EntryOf<C> & {
  /** The page in the reader's language (a fallback copy when there is no translation). */
  href: string;
  /** True when the entry exists only in another language. */
  untranslated: boolean;
};

export interface Site {
  routes: Route<SiteEntry>[];
  entries: SiteEntry[];
  /** Entry pages by path: lists and references look their entry up here in O(1). */
  entryPages: Map<string, EntryRoute<SiteEntry>>;
}

let loading: Promise<Site> | undefined;

/** Loads all content once per build. */
export function loadSite(): Promise<Site> {
  loading ??= readSite();
  return loading;
}

async function readSite(): Promise<Site> {
  const entries = (await Promise.all(collectionNames.map(publishedEntries))).flat();
  const routes = [
    ...buildRoutes(entries),
    ...topicAndPrintRoutes(
      entries,
      entries.some((e) => e.collection === 'guidelines'),
    ),
  ];
  const entryPages = new Map(routes.flatMap((route) => (route.kind === 'entry' ? [[route.path, route] as const] : [])));
  return { routes, entries, entryPages };
}

/** A collection's entries but its drafts, which are named once so that none is left out without a word. */
async function publishedEntries<C extends CollectionName>(collection: C): Promise<SiteEntry[]> {
  const all: CollectionEntry<CollectionName>[] = await getCollection(collection);
  const drafts = all.filter((entry) => entry.data.draft);
  if (drafts.length > 0)
    console.warn(
      `[content] ${bilingual('Melnraksti netiek publicēti', 'Drafts are not published')}: ${drafts.map((d) => d.id).join(', ')}`,
    );
  // Astro types each collection's entries by its schema; the entry and its collection's name go together.
  return all
    .filter((entry) => !entry.data.draft)
    .map((entry) => {
      const place = placeOf(entry);
      return { entry, collection, ...place, path: entryPath(collection, place.locale, place.slug) } as SiteEntry;
    });
}

/** An entry's language folder and URL slug, from its id (`content/stories/lv/x.mdx`); the linter has checked both. */
function placeOf(entry: CollectionEntry<CollectionName>): { locale: Locale; slug: string } {
  const [folder = '', name = ''] = entry.id.split('/').slice(-2);
  if (!isLocale(folder)) throw new Error(`${entry.id}: not in a language folder, which the content linter refuses`);
  return { locale: folder, slug: entry.data.slug ?? name.replace(/\.mdx$/, '') };
}

/** The entry shown for a slug in a language: the translation if there is one, else the original. */
export function bestEntry<C extends CollectionName>(
  site: Site,
  collection: C,
  slug: string,
  locale: Locale,
): Listed<C> | undefined {
  const route = site.entryPages.get(entryPath(collection, locale, slug));
  return route && listed<C>(route);
}

/** An entry page as a list shows it. Its entry is of the collection the page's address says. */
const listed = <C extends CollectionName>(route: EntryRoute<SiteEntry>) =>
  ({ ...route.entry, href: route.path, untranslated: route.fallback }) as Listed<C>;

// Lists are made once per build and shared: every entry page asks for them, and remaking them per
// page made the build quadratic in the number of entries.
const lists = new WeakMap<Site, Map<string, readonly unknown[]>>();

function once<C extends CollectionName>(site: Site, key: string, make: () => Listed<C>[]): readonly Listed<C>[] {
  const made = lists.get(site) ?? new Map<string, readonly unknown[]>();
  lists.set(site, made);
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as readonly Listed<C>[];
}

/** Every published entry of a collection, once per slug, as readers of a language see it. */
export function listFor<C extends CollectionName>(site: Site, collection: C, locale: Locale): readonly Listed<C>[] {
  return once(site, `${collection}/${locale}`, () =>
    [...site.entryPages.values()]
      .filter((route) => route.collection === collection && route.locale === locale)
      .map((route) => listed<C>(route)),
  );
}

const orders: Record<ReadingOrder, (a: Listed, b: Listed, locale: Locale) => number> = {
  // The handbook's own numbering, then newest first, then by title in the reader's alphabet.
  handbook: (a, b) =>
    ('order' in a.entry.data ? a.entry.data.order : 0) - ('order' in b.entry.data ? b.entry.data.order : 0),
  newestFirst: (a, b) =>
    ('date' in b.entry.data ? +b.entry.data.date : 0) - ('date' in a.entry.data ? +a.entry.data.date : 0) ||
    a.slug.localeCompare(b.slug),
  byTitle: (a, b, locale) => a.entry.data.title.localeCompare(b.entry.data.title, locale),
};

/** A section's list in the order its collection's readers follow (src/lib/collections.ts says which). */
export function listInReadingOrder<C extends ListedCollection>(
  site: Site,
  collection: C,
  locale: Locale,
): readonly Listed<C>[] {
  return once(site, `${collection}/${locale}/reading order`, () =>
    [...listFor(site, collection, locale)].sort((a, b) => orders[collections[collection].readingOrder](a, b, locale)),
  );
}

/** What one page of a section's list shows: its slice of the list in reading order. */
export function listPageEntries(site: Site, route: IndexRoute): readonly Listed[] {
  return listInReadingOrder(site, route.collection, route.locale).slice(
    ...listPageRange(route.collection, route.listPage.number),
  );
}
