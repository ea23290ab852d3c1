import { isLocale, type Locale } from '../i18n/index';
import { pageSegments } from '../i18n/routes';
import { bilingual } from './editor-messages';
import { isCalendarDate } from './dates';
import { bodyProblems } from './body-checks';

import { collectionNames, type CollectionName } from './fields/index.ts';

export { collectionNames, type CollectionName };

/** What the checks need of an entry, whatever collection it is from. */
export interface EntryFacts {
  collection: CollectionName;
  /** The file path, e.g. `content/stories/lv/zilupe.mdx`. */
  file: string;
  /** The frontmatter after the schema has parsed it. */
  data: { slug?: string | undefined; draft?: boolean | undefined; order?: number | undefined; centres?: string[] | undefined; guidelines?: string[] | undefined };
  /** The MDX body as written. */
  body: string;
  /** The `date:` value exactly as written in the file, when there is one. */
  rawDate?: string | undefined;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Where an entry sits: its language folder and its URL slug. Undefined when it is outside lv/ and en/. */
export function placeOf(entry: Pick<EntryFacts, 'collection' | 'file' | 'data'>): { locale: Locale; slug: string } | undefined {
  const parts = entry.file.split('/');
  const at = parts.lastIndexOf(entry.collection);
  const [folder, ...rest] = parts.slice(at + 1);
  if (!folder || rest.length !== 1 || !isLocale(folder)) return undefined;
  return { locale: folder, slug: entry.data.slug ?? rest[0]!.replace(/\.mdx$/, '') };
}

/** Checks that need more than one entry, or the raw file: the schema cannot see these. */
export function checkEntries(entries: EntryFacts[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  const slugs = { centres: new Set<string>(), guidelines: new Set<string>() };
  const orders = new Map<string, string>();

  for (const entry of entries) {
    const place = placeOf(entry);
    if (!place) {
      problems.push({
        file: entry.file,
        field: '(file)',
        message: bilingual(
          `Fails jāliek mapē content/${entry.collection}/lv/ (latviski) vai content/${entry.collection}/en/ (angliski)`,
          `Put the file in content/${entry.collection}/lv/ (Latvian) or content/${entry.collection}/en/ (English)`,
        ),
      });
      continue;
    }
    const url = `${entry.collection}/${place.locale}/${place.slug}`;
    const other = seen.get(url);
    if (other) {
      problems.push({
        file: entry.file,
        field: 'slug',
        message: bilingual(
          `Šai lapai būtu tā pati adrese, kas ${other}: dodiet failam citu nosaukumu vai citu "slug"`,
          `This page would have the same address as ${other}: give the file another name or another "slug"`,
        ),
      });
    }
    seen.set(url, entry.file);
    if (entry.collection === 'centres' || entry.collection === 'guidelines') slugs[entry.collection].add(place.slug);
    if (entry.collection === 'pages' && !(place.slug in pageSegments)) {
      problems.push({
        file: entry.file,
        field: '(file)',
        message: bilingual(
          `Lapu mapē ir tikai šie faili: ${Object.keys(pageSegments).join(', ')}`,
          `The pages folder holds only these files: ${Object.keys(pageSegments).join(', ')}`,
        ),
      });
    }
    if (entry.collection === 'guidelines' && entry.data.order !== undefined) {
      const key = `${place.locale}/${entry.data.order}`;
      const twin = orders.get(key);
      if (twin) {
        problems.push({
          file: entry.file,
          field: 'order',
          message: bilingual(`Kārtas numurs ${entry.data.order} jau ir ${twin}: izvēlieties citu`, `Order ${entry.data.order} is already used by ${twin}: choose another`),
        });
      }
      orders.set(key, entry.file);
    }
    if (entry.rawDate !== undefined && !isCalendarDate(entry.rawDate.replace(/^["']|["']$/g, ''))) {
      problems.push({
        file: entry.file,
        field: 'date',
        message: bilingual(
          `Lauks "date" ir nepareizs ("${entry.rawDate}"): vajag īstu datumu formā GGGG-MM-DD, piemēram date: 2026-11-24`,
          `The field "date" is wrong ("${entry.rawDate}"): it must be a real date as YYYY-MM-DD, for example date: 2026-11-24`,
        ),
      });
    }
    problems.push(...bodyProblems(entry));
  }

  for (const entry of entries) {
    for (const field of ['centres', 'guidelines'] as const) {
      for (const slug of entry.data[field] ?? []) {
        if (!slugs[field].has(slug)) {
          problems.push({
            file: entry.file,
            field,
            message: bilingual(
              `Nav ieraksta "${slug}" mapē content/${field}: izmantojiet kādu no šiem: ${[...slugs[field]].sort().join(', ')}`,
              `There is no entry "${slug}" in content/${field}: use one of: ${[...slugs[field]].sort().join(', ')}`,
            ),
          });
        }
      }
    }
  }
  return problems;
}

/** One readable report of every problem, grouped by file, for the build's error message. */
export function formatProblems(problems: ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const blocks = [...byFile].map(([file, list]) => [`${file}`, ...list.map((p) => `  - ${p.field}: ${p.message}`)].join('\n'));
  return [`Saturā ir ${problems.length} kļūda(s) / The content has ${problems.length} problem(s):`, '', ...blocks].join('\n');
}
