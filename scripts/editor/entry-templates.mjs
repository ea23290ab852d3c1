/**
 * The parts of `npm run new` that only compute text: slugs, order numbers, and the two files
 * (Latvian and English) of a new Guideline, Story, Centre or Video.
 */
// The rules the build checks, imported from their one definition (Node 24 runs the TypeScript directly).
import { bilingual } from '../../src/lib/editor-messages.ts';
import { slugify, slugPattern } from '../../src/lib/fields/rules.ts';
import { isCalendarDate } from '../../src/lib/dates.ts';

export { bilingual, isCalendarDate, slugify };

/** What an editor can create, and the collection folder each goes into. */
export const entryTypes = { guideline: 'guidelines', story: 'stories', centre: 'centres', video: 'videos' };

/** The mark editors look for in a new file: their text replaces it. */
export const writeHere = 'RAKSTIET ŠEIT / WRITE HERE';

/** Why a slug cannot be used, or undefined when it can. `taken` holds the collection's slugs. */
export function slugProblem(slug, taken) {
  if (!slugPattern.test(slug)) {
    return bilingual(
      'Adresē (slug) drīkst būt tikai mazie burti bez garumzīmēm, cipari un defises, piemēram gimenu-iesaiste',
      'The slug may hold only lower-case letters without diacritics, digits and hyphens, e.g. gimenu-iesaiste',
    );
  }
  if (taken.has(slug)) return bilingual(`Ieraksts "${slug}" jau ir: izvēlieties citu adresi`, `An entry "${slug}" already exists: choose another slug`);
  return undefined;
}

/** The order number after the last Guideline of either language, so it is free in both. */
export function nextOrder(orders) {
  return Math.max(0, ...orders) + 1;
}

/** A value as YAML: strings in double quotes (a title may hold a colon), lists and objects on one line. */
function yaml(value) {
  if (Array.isArray(value)) return `[${value.map(yaml).join(', ')}]`;
  if (typeof value === 'object') return `{ ${Object.entries(value).map(([key, inner]) => `${key}: ${yaml(inner)}`).join(', ')} }`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

const bodyHints = {
  guideline: { lv: 'Vadlīnijas teksts latviski, ar ## apakšvirsrakstiem.', en: 'The guideline in English, with ## subheadings.' },
  story: { lv: 'Stāsts latviski: kas notika, kas piedalījās, ko iemācījāties.', en: 'The story in English: what happened, who took part, what was learnt.' },
  centre: { lv: 'Par centru latviski: kas tur notiek un kam tas domāts.', en: 'About the centre in English: what happens there and who it is for.' },
  video: { lv: 'Video teksts (transkripts) latviski.', en: 'The video transcript in English.' },
};

/** The frontmatter fields of one language's file, in the order an editor reads them. */
function fields(entry, locale) {
  const common = { title: entry.title[locale], description: entry.description[locale] };
  switch (entry.type) {
    case 'guideline':
      return { ...common, order: entry.order, audience: entry.audience, topics: [] };
    case 'story':
      return { ...common, date: entry.date, centres: entry.centres, topics: [] };
    case 'centre':
      return { ...common, municipality: entry.municipality, municipalitySince2021: entry.municipalitySince2021, status: entry.status, position: entry.position, topics: entry.topics[locale] };
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
    default:
      throw new Error(`Unknown entry type: ${entry.type}`);
  }
}

/** One language's MDX file: valid frontmatter, then the marked place for the text. */
export function entryText(entry, locale) {
  const lines = Object.entries(fields(entry, locale)).map(([key, value]) =>
    // The date stays bare, as editors write it; the build reads it as typed to catch 2026-02-30.
    key === 'date' ? `date: ${value}` : `${key}: ${yaml(value)}`,
  );
  const hint = bodyHints[entry.type][locale];
  return ['---', ...lines, '---', '', `{/* ${writeHere}`, `   ${hint}`, '   Šo komentāru izdzēsiet. / Delete this comment. */}', ''].join('\n');
}

/** Both files of a new entry, as paths relative to the content folder. */
export function entryFiles(entry) {
  const collection = entryTypes[entry.type];
  return ['lv', 'en'].map((locale) => ({ path: `${collection}/${locale}/${entry.slug}.mdx`, text: entryText(entry, locale) }));
}
