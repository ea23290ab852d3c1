/** Every page's head: language, title, description, canonical, and reciprocal hreflang translations. */
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, readPage } from '../helpers/site';
import { readHead } from '../gates/head-html';
import { checkHeads } from '../gates/head';

describe(`page heads of the site in ${distDir}`, () => {
  const heads = new Map(builtPages().map((path) => [path, readHead(readPage(path))]));

  it('has pages, some of them with translations', () => {
    expect(heads.size).toBeGreaterThan(0);
    expect([...heads.values()].some((head) => head.alternates.length > 1)).toBe(true);
  });

  it('names language, title, description and canonical, and translations that name each other back', () => {
    const problems = checkHeads(heads);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
