/**
 * Content integrity gate: every published entry in the content folder has a page in each language,
 * and that page is in its language's search index, unless it is a fallback copy, which must be
 * noindex and kept out of the index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, perLocale, type Locale } from '../../src/i18n/index';
import { collectionNames, type CollectionName } from '../../src/lib/fields/index.ts';
import { entryPath } from '../../src/lib/routes';
import type { PageHead } from './head-html';

export interface ContentEntry {
  collection: CollectionName;
  locale: Locale;
  slug: string;
  file: string;
}

/** Published entries as files: `<root>/<collection>/<lv|en>/<name>.mdx`, drafts left out, `slug:` honoured. */
export function readContentEntries(root: string): ContentEntry[] {
  const entries: ContentEntry[] = [];
  for (const collection of collectionNames) {
    for (const locale of locales) {
      const dir = join(root, collection, locale);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)
        .filter((n) => n.endsWith('.mdx'))
        .sort()) {
        const file = join(dir, name);
        const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
        if (/^draft:\s*true\s*$/m.test(front)) continue;
        const slug = /^slug:\s*["']?([a-z0-9-]+)["']?\s*$/m.exec(front)?.[1] ?? name.replace(/\.mdx$/, '');
        entries.push({ collection, locale, slug, file });
      }
    }
  }
  return entries;
}

export type Counts = Record<string, Record<Locale, { pages: number; indexed: number; fallbacks: number }>>;

/** `index` maps a language to the site paths its Pagefind index holds. */
export function checkIntegrity(entries: ContentEntry[], heads: Map<string, PageHead>, index: Map<string, Set<string>>) {
  const problems: string[] = [];
  const counts: Counts = {};
  const written = new Set(entries.map((e) => `${e.collection}/${e.slug}/${e.locale}`));
  const seen = new Set<string>();
  for (const { collection, slug, file } of entries) {
    if (seen.has(`${collection}/${slug}`)) continue;
    seen.add(`${collection}/${slug}`);
    for (const locale of locales) {
      const count = (counts[collection] ??= perLocale(() => ({ pages: 0, indexed: 0, fallbacks: 0 })))[locale];
      const path = entryPath(collection, locale, slug);
      const say = (problem: string) => problems.push(`${path} (${file}): ${problem}`);
      const head = heads.get(path);
      if (!head) {
        say(`no ${locale} page was built`);
        continue;
      }
      count.pages++;
      const indexed = index.get(locale)?.has(path) ?? false;
      const inOtherIndex = [...index].some(([language, paths]) => language !== locale && paths.has(path));
      if (inOtherIndex) say(`in another language's search index, not the ${locale} one`);
      if (written.has(`${collection}/${slug}/${locale}`)) {
        if (indexed) count.indexed++;
        else say(`missing from the ${locale} search index`);
        if (head.noindex) say('a translation that exists is marked noindex');
      } else {
        count.fallbacks++;
        if (!head.noindex) say('fallback copy (no translation yet) is not noindex');
        if (indexed || head.searchable) say('fallback copy is in the search index; only originals belong there');
      }
    }
  }
  return { problems, counts };
}

/** A table of the counts for the test log. */
export function formatCounts(counts: Counts): string {
  const rows = Object.entries(counts).flatMap(([collection, byLocale]) =>
    locales.map(
      (l) =>
        `${collection.padEnd(11)} ${l}  ${String(byLocale[l].pages).padStart(5)}  ${String(byLocale[l].indexed).padStart(7)}  ${String(byLocale[l].fallbacks).padStart(9)}`,
    ),
  );
  return ['collection  lang  pages  indexed  fallbacks', ...rows].join('\n');
}
