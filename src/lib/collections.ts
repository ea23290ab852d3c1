/**
 * The collection registry: each collection of content said once, with everything the site derives
 * from it (its folder, addresses, search filter, labels, list order, `npm run new` template). Pure,
 * so the build, the content linter, the editor scripts and the tests all import the same table.
 * A collection's frontmatter schema is in src/lib/fields/schemas.ts, keyed by the same name.
 */
import type { Locale, UiKey } from '../i18n/index.ts';

/** How a collection's list is ordered for readers. */
export type ReadingOrder = 'handbook' | 'newestFirst' | 'byTitle';

export interface Collection {
  /** The singular name: the search filter's value, the type `npm run new` asks for. */
  type: string;
  /** Interface texts: the search filter's label, and for listed collections the menu entry and the list page's title and intro. */
  labels: { type: UiKey; nav?: UiKey; title?: UiKey; intro?: UiKey };
  /** The URL segment of the collection's section per language; none for stand-alone pages, which have their own (i18n/routes.ts). */
  segments?: Record<Locale, string>;
  /** Place in the main navigation and the search filters; collections without one come after the rest. */
  menu?: number;
  readingOrder: ReadingOrder;
  /** Lists longer than this are split into numbered pages, so a list page stays the same size however many entries there are. */
  listPageSize?: number;
  /** What a new entry's body asks the editor to write (`npm run new`), per language. */
  bodyHint?: Record<Locale, string>;
}

/**
 * Every collection, in the order their problems are reported. The folder is always the name:
 * `content/<name>/<language>/<slug>.mdx`.
 */
export const collections = {
  centres: {
    type: 'centre',
    labels: { type: 'type.centre', nav: 'nav.centres', title: 'centres.title', intro: 'centres.intro' },
    segments: { lv: 'centri', en: 'centres' },
    menu: 3,
    readingOrder: 'byTitle',
    bodyHint: {
      lv: 'Par centru latviski: kas tur notiek un kam tas domāts.',
      en: 'About the centre in English: what happens there and who it is for.',
    },
  },
  guidelines: {
    type: 'guideline',
    labels: { type: 'type.guideline', nav: 'nav.guidelines', title: 'guidelines.title', intro: 'guidelines.intro' },
    segments: { lv: 'vadlinijas', en: 'guidelines' },
    menu: 1,
    readingOrder: 'handbook',
    bodyHint: {
      lv: 'Vadlīnijas teksts latviski, ar ## apakšvirsrakstiem.',
      en: 'The guideline in English, with ## subheadings.',
    },
  },
  stories: {
    type: 'story',
    labels: { type: 'type.story', nav: 'nav.stories', title: 'stories.title', intro: 'stories.intro' },
    segments: { lv: 'stasti', en: 'stories' },
    menu: 2,
    readingOrder: 'newestFirst',
    listPageSize: 20,
    bodyHint: {
      lv: 'Stāsts latviski: kas notika, kas piedalījās, ko iemācījāties.',
      en: 'The story in English: what happened, who took part, what was learnt.',
    },
  },
  videos: {
    type: 'video',
    labels: { type: 'type.video', nav: 'nav.videos', title: 'videos.title', intro: 'videos.intro' },
    segments: { lv: 'video', en: 'videos' },
    menu: 4,
    readingOrder: 'byTitle',
    bodyHint: { lv: 'Video teksts (transkripts) latviski.', en: 'The video transcript in English.' },
  },
  /** About, contact and the accessibility statement: each file is a page of its own. */
  pages: { type: 'page', labels: { type: 'type.page' }, readingOrder: 'byTitle' },
} as const satisfies Record<string, Collection>;

export type CollectionName = keyof typeof collections;
/** Collections whose entries are listed on a section page of their own (all but stand-alone pages). */
export type ListedCollection = {
  [C in CollectionName]: (typeof collections)[C] extends { segments: object } ? C : never;
}[CollectionName];

/** What the site derives from a registry table: the names in order, the order readers meet them, the listed ones. */
export function registryOf<T extends Record<string, Collection>>(table: T) {
  const names = Object.keys(table) as (keyof T & string)[];
  const menuPlace = (name: keyof T) => table[name]?.menu ?? Infinity;
  // The menu's order, then the collections the menu does not list.
  const readerOrder = [...names].sort((a, b) => menuPlace(a) - menuPlace(b));
  const isListed = (name: keyof T & string) => table[name]?.segments !== undefined;
  return { collectionNames: names, readerOrder, listedCollections: readerOrder.filter(isListed), isListed };
}

const registry = registryOf(collections);
/** The names, in the registry's order. */
export const collectionNames: CollectionName[] = registry.collectionNames;
/** The names in the order readers meet them: the menu's, then the rest (the search filters' order). */
export const readerOrder: CollectionName[] = registry.readerOrder;
export const isListed = registry.isListed as (name: CollectionName) => name is ListedCollection;
/** The listed collections in menu order: the menu, the section pages. */
export const listedCollections = registry.listedCollections as ListedCollection[];
