/** Valid HTML: the W3C Nu Html Checker finds no error in any page of the built site. */
import { describe, expect, it } from 'vitest';
import { builtPages, distDir } from '../helpers/site';
import { validateHtml } from '../gates/html-valid';

describe(`HTML of the site in ${distDir}`, () => {
  it('passes the Nu Html Checker on every page, in one run over the folder', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(0);
    const { checked, problems } = validateHtml(distDir);
    console.log(`vnu: ${pages.length} pages checked, ${problems.length} errors`);
    expect(checked, problems.join('\n')).toBe(true);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
