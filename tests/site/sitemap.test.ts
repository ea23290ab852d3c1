/** The sitemap lists exactly the indexable pages, with the same translations as their heads. */
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, readPage } from '../helpers/site';
import { readHead } from '../gates/head-html';
import { checkSitemap, readSitemaps } from '../gates/sitemap';

describe(`sitemap of the site in ${distDir}`, () => {
  const heads = new Map(builtPages().map((path) => [path, readHead(readPage(path))]));
  const { urls, problems: unreadable } = readSitemaps(distDir);

  it('is reachable from sitemap-index.xml', () => {
    expect(unreadable, unreadable.join('\n')).toEqual([]);
    expect(urls.length).toBeGreaterThan(0);
  });

  it('lists every indexable page and nothing else, with the pages’ own hreflang alternates', () => {
    const problems = checkSitemap(urls, heads);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
