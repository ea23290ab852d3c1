/**
 * The parts of `npm run new` that only compute text: slugs, order numbers, and the two files
 * (Latvian and English) of a new Guideline, Story, Centre or Video.
 */
// The rules the build checks, imported from their one definition (Node 24 runs the TypeScript directly).
import { bilingual } from '../../src/lib/editor-messages.ts';
import { slugify, slugPattern } from '../../src/lib/fields/rules.ts';
import { isCalendarDate } from '../../src/lib/dates.ts';
import { locales, type Locale } from '../../src/i18n/index.ts';
import { collections, listedCollections, type ListedCollection } from '../../src/lib/collections.ts';
import type { audiences, centreStatuses } from '../../src/lib/fields/rules.ts';
import { frontmatterLines } from './frontmatter-text.ts';

export { bilingual, isCalendarDate, slugify };

/** The singular type of each listed collection: what `npm run new` can create. */
export type EntryType = (typeof collections)[ListedCollection]['type'];

/** What an editor can create (each listed collection, by its type), and the collection folder each goes into. */
export const entryTypes = Object.fromEntries(listedCollections.map((name) => [collections[name].type, name])) as Record<
  EntryType,
  ListedCollection
>;

/** A text in every language. */
export type PerLocale = Record<Locale, string>;
interface Common {
  slug: string;
  title: PerLocale;
  description: PerLocale;
}
/** A new entry as `npm run new` gathered it (questions.ts), before it is written in each language. */
export type NewEntry = Common &
  (
    | { type: 'guideline'; order: number; audience: (typeof audiences)[number] }
    | { type: 'story'; date: string; centres: string[] }
    | {
        type: 'centre';
        municipality: string;
        municipalitySince2021: string;
        status: (typeof centreStatuses)[number];
        position: { lat: number; lon: number };
        topics: string[];
      }
    | {
        type: 'video';
        source: { kind: 'file'; file: string } | { kind: 'youtube' | 'vimeo'; id: string };
        duration: string;
        poster: { file: string; alt: PerLocale };
        centres: string[];
      }
  );

/** The mark editors look for in a new file: their text replaces it. */
export const writeHere = 'RAKSTIET ŠEIT / WRITE HERE';

/** Why a slug cannot be used, or undefined when it can. `taken` holds the collection's slugs. */
export function slugProblem(slug: string, taken: Set<string>): string | undefined {
  if (!slugPattern.test(slug)) {
    return bilingual(
      'Adresē (slug) drīkst būt tikai mazie burti bez garumzīmēm, cipari un defises, piemēram gimenu-iesaiste',
      'The slug may hold only lower-case letters without diacritics, digits and hyphens, e.g. gimenu-iesaiste',
    );
  }
  if (taken.has(slug))
    return bilingual(
      `Ieraksts "${slug}" jau ir: izvēlieties citu adresi`,
      `An entry "${slug}" already exists: choose another slug`,
    );
  return undefined;
}

/** The order number after the last Guideline of either language, so it is free in both. */
export function nextOrder(orders: number[]): number {
  return Math.max(0, ...orders) + 1;
}

/** The frontmatter fields of one language's file, in the order an editor reads them. */
function fields(entry: NewEntry, locale: Locale): Record<string, unknown> {
  const common = { title: entry.title[locale], description: entry.description[locale] };
  switch (entry.type) {
    case 'guideline':
      return { ...common, order: entry.order, audience: entry.audience, topics: [] };
    case 'story':
      return { ...common, date: entry.date, centres: entry.centres, topics: [] };
    case 'centre':
      return {
        ...common,
        municipality: entry.municipality,
        municipalitySince2021: entry.municipalitySince2021,
        status: entry.status,
        position: entry.position,
        topics: entry.topics,
      };
    case 'video':
      return {
        ...common,
        source: entry.source,
        captions: `/videos/${entry.slug}.${locale}.vtt`,
        poster: { src: `./${entry.poster.file}`, alt: entry.poster.alt[locale] },
        duration: entry.duration,
        centres: entry.centres,
        guidelines: [],
      };
  }
}

/** One language's MDX file: valid frontmatter, then the marked place for the text. */
export function entryText(entry: NewEntry, locale: Locale): string {
  const lines = frontmatterLines(fields(entry, locale));
  const hint = collections[entryTypes[entry.type]].bodyHint[locale];
  return [
    '---',
    ...lines,
    '---',
    '',
    `{/* ${writeHere}`,
    `   ${hint}`,
    '   Šo komentāru izdzēsiet. / Delete this comment. */}',
    '',
  ].join('\n');
}

/** Both files of a new entry, as paths relative to the content folder. */
export function entryFiles(entry: NewEntry): { path: string; text: string }[] {
  const collection = entryTypes[entry.type];
  return locales.map((locale) => ({
    path: `${collection}/${locale}/${entry.slug}.mdx`,
    text: entryText(entry, locale),
  }));
}
