/**
 * Every published entry in the content folder has a page in both languages, and is found by search
 * in its own language; a fallback copy is kept out of the search index on purpose.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { contentRoot } from '../../src/lib/content-root';
import { siteInBrowser } from '../helpers/browser';
import { builtPages, distDir, readPage } from '../helpers/site';
import { readHead } from '../gates/head-html';
import { checkIntegrity, formatCounts, readContentEntries } from '../gates/integrity';
import { readSearchIndex } from '../gates/integrity-pagefind';

const site = siteInBrowser();

describe(`content of ${contentRoot} in the site in ${distDir}`, () => {
  const entries = readContentEntries(contentRoot);
  const heads = new Map(builtPages().map((path) => [path, readHead(readPage(path))]));
  let problems: string[] = [];
  beforeAll(async () => {
    const checked = checkIntegrity(
      entries,
      heads,
      await readSearchIndex(site.browser, site.origin, process.env['BASE_PATH']),
    );
    problems = checked.problems;
    console.log(formatCounts(checked.counts));
  });

  it('has content to check', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it('gives every entry a page per language, indexed for search unless it is a fallback copy', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
