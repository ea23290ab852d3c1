/** Entries made from text for the rules' unit tests: no files on disk unless a test writes them. */
import { readFrontmatter } from '../frontmatter.ts';
import { parseBody } from '../body.ts';
import { buildSite, pagePathOf } from '../site.ts';
import type { CollectionName } from '../../fields/index.ts';
import type { EntryData, LintEntry, LintSite } from '../types.ts';

/** An entry `content/<collection>/<locale>/<slug>.mdx` with the given frontmatter lines and body. */
export function entryOf(
  body: string,
  { collection = 'stories', locale = 'lv', slug = 'x', front = [] as string[], data = {} as Partial<EntryData> } = {},
): LintEntry {
  const read = readFrontmatter(['---', 'title: T', ...front, '---', body].join('\n'));
  if (!('frontmatter' in read)) throw new Error(JSON.stringify(read.problems));
  const parsed = parseBody(read.body);
  const c = collection as CollectionName;
  const l = locale as 'lv' | 'en';
  return {
    file: `content/${collection}/${locale}/${slug}.mdx`,
    path: `/nowhere/${collection}/${locale}/${slug}.mdx`,
    collection: c,
    locale: l,
    slug,
    frontmatter: read.frontmatter,
    data: { title: `${slug} ${locale}`, ...data },
    tree: 'tree' in parsed ? parsed.tree : undefined,
    pagePath: pagePathOf(c, l, slug) ?? '/',
  };
}

/** The site those entries make. */
export const siteOf = (...entries: LintEntry[]): LintSite => buildSite('content', '/nowhere', 'public', entries, []);
