/**
 * The one place that reads content collections: it leaves out drafts (and says so), runs the
 * cross-entry checks, and stops the build with every problem listed for the editor.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Locale } from '../i18n/index';
import { checkEntries, collectionNames, formatProblems, placeOf, type CollectionName, type ContentProblem, type EntryFacts } from './content-checks';
import { brokenInternalLinks, buildRoutes, entryPath, listPageRange, type Route } from './routes';
import { bilingual } from './editor-messages';

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

  const facts: EntryFacts[] = published.map((entry) => ({
    collection: entry.collection,
    file: entry.id,
    data: entry.data as EntryFacts['data'],
    body: entry.body ?? '',
    rawDate: entry.collection === 'stories' ? rawFrontmatterValue(entry.filePath ?? entry.id, 'date') : undefined,
  }));
  const problems = checkEntries(facts);
  const entries: SiteEntry[] = [];
  for (const entry of published) {
    const place = placeOf({ collection: entry.collection, file: entry.id, data: entry.data });
    if (place) entries.push({ entry, collection: entry.collection, ...place, path: entryPath(entry.collection, place.locale, place.slug) });
  }
  const routes = buildRoutes(entries);
  problems.push(...linkProblems(facts, new Set(routes.map((route) => route.path))));
  if (problems.length > 0) {
    throw new AstroError(
      formatProblems(problems),
      bilingual('Izlabojiet katru minēto failu un palaidiet būvēšanu vēlreiz (skat. CONTRIBUTING.md)', 'Fix each file named above and build again (see CONTRIBUTING.md)'),
    );
  }
  const bySlug = new Map<string, Map<Locale, SiteEntry>>();
  for (const e of entries) {
    const key = `${e.collection}/${e.slug}`;
    bySlug.set(key, (bySlug.get(key) ?? new Map()).set(e.locale, e));
  }
  return { routes, entries, bySlug };
}

function linkProblems(facts: EntryFacts[], paths: Set<string>): ContentProblem[] {
  return facts.flatMap((fact) =>
    brokenInternalLinks(fact.body, paths).map((target) => ({
      file: fact.file,
      field: `saite/link ${target}`,
      message: bilingual(`Saite ved uz lapu, kuras nav: pārbaudiet adresi`, `The link leads to a page that does not exist: check the address`),
    })),
  );
}

/** A frontmatter value exactly as typed, because YAML turns 2021-02-30 into 2 March without a word. */
function rawFrontmatterValue(file: string, field: string): string | undefined {
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return new RegExp(`^${field}:\\s*(.+?)\\s*$`, 'm').exec(frontmatter)?.[1];
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

/** What one page of a section's list shows: its slice of the list in reading order. */
export function listPageEntries(site: Site, route: Route): readonly Listed<CollectionName>[] {
  const collection = route.collection as Exclude<CollectionName, 'pages'>;
  return listInReadingOrder(site, collection, route.locale).slice(...listPageRange(collection, route.listPage?.number ?? 1));
}
