/**
 * The one place that reads content collections: it leaves out drafts (and says so) and gives each entry
 * its place on the site. The content linter (./lint/) has checked every file before Astro read any, so
 * nothing here can find a mistake that was not already reported at its line.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, type Locale } from '../i18n/index.ts';
import { collectionNames, type CollectionName } from './fields/index.ts';
import { buildRoutes, entryPath, type Route } from './routes.ts';
import { bilingual } from './editor-messages.ts';

export type AnyEntry = CollectionEntry<CollectionName>;

/** An entry with its place on the site. */
export interface SiteEntry<C extends CollectionName = CollectionName> {
  entry: CollectionEntry<C>;
  collection: C;
  locale: Locale;
  slug: string;
  path: string;
}

export interface Site {
  routes: Route[];
  entries: SiteEntry[];
  /** Entries by `collection/slug`, then by language: pages look their entry up here in O(1). */
  bySlug: Map<string, Map<Locale, SiteEntry>>;
}

let loading: Promise<Site> | undefined;

/** Loads and checks all content once per build. */
export function loadSite(): Promise<Site> {
  loading ??= readSite();
  return loading;
}

async function readSite(): Promise<Site> {
  const all: AnyEntry[] = (await Promise.all(collectionNames.map((name) => getCollection(name)))).flat();
  const drafts = all.filter((entry) => entry.data.draft);
  if (drafts.length > 0) console.warn(`[content] ${bilingual('Melnraksti netiek publicēti', 'Drafts are not published')}: ${drafts.map((d) => d.id).join(', ')}`);
  const published = all.filter((entry) => !entry.data.draft);

  const entries: SiteEntry[] = published.map((entry) => {
    const place = placeOf(entry);
    return { entry, collection: entry.collection, ...place, path: entryPath(entry.collection, place.locale, place.slug) };
  });
  const routes = buildRoutes(entries);
  const bySlug = new Map<string, Map<Locale, SiteEntry>>();
  for (const e of entries) {
    const key = `${e.collection}/${e.slug}`;
    bySlug.set(key, (bySlug.get(key) ?? new Map()).set(e.locale, e));
  }
  return { routes, entries, bySlug };
}

/** An entry's language folder and URL slug, from its id (`content/stories/lv/x.mdx`); the linter has checked both. */
function placeOf(entry: AnyEntry): { locale: Locale; slug: string } {
  const [folder = '', name = ''] = entry.id.split('/').slice(-2);
  if (!isLocale(folder)) throw new Error(`${entry.id}: not in a language folder, which the content linter refuses`);
  return { locale: folder, slug: entry.data.slug ?? name.replace(/\.mdx$/, '') };
}

/** An entry as a list shows it in a language: the translation, or the original marked as such. */
export interface Listed<C extends CollectionName> extends SiteEntry<C> {
  /** The page in the reader's language (a fallback copy when there is no translation). */
  href: string;
  /** True when the entry exists only in the other language. */
  untranslated: boolean;
}

/** The entry shown for a slug in a language: the translation if there is one, else the original. */
export function bestEntry<C extends CollectionName>(site: Site, collection: C, slug: string, locale: Locale): Listed<C> | undefined {
  const translations = site.bySlug.get(`${collection}/${slug}`);
  const e = (translations?.get(locale) ?? translations?.values().next().value) as SiteEntry<C> | undefined;
  return e && { ...e, href: entryPath(collection, locale, slug), untranslated: e.locale !== locale };
}

// Lists are made once per build and shared: every entry page asks for them, and remaking them per
// page made the build quadratic in the number of entries.
const lists = new WeakMap<Site, Map<string, readonly Listed<CollectionName>[]>>();

function once<C extends CollectionName>(site: Site, key: string, make: () => Listed<C>[]): readonly Listed<C>[] {
  const made = lists.get(site) ?? new Map<string, readonly Listed<CollectionName>[]>();
  lists.set(site, made);
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as readonly Listed<C>[];
}

/** Every published entry of a collection, once per slug, as readers of a language see it. */
export function listFor<C extends CollectionName>(site: Site, collection: C, locale: Locale): readonly Listed<C>[] {
  return once(site, `${collection}/${locale}`, () => {
    const slugs = new Set(site.entries.filter((e) => e.collection === collection).map((e) => e.slug));
    return [...slugs].map((slug) => bestEntry(site, collection, slug, locale)!);
  });
}

/** An index's order: the handbook's for guidelines, newest first for stories, by title for the rest. */
export function listInReadingOrder(site: Site, collection: Exclude<CollectionName, 'pages'>, locale: Locale): readonly Listed<CollectionName>[] {
  return once(site, `${collection}/${locale}/reading order`, () => {
    if (collection === 'guidelines') return [...listFor(site, 'guidelines', locale)].sort((a, b) => a.entry.data.order - b.entry.data.order);
    if (collection === 'stories') return [...listFor(site, 'stories', locale)].sort((a, b) => +b.entry.data.date - +a.entry.data.date || a.slug.localeCompare(b.slug));
    return [...listFor(site, collection, locale)].sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, locale));
  });
}
