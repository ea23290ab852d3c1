/** Accessibility: axe-core's WCAG A and AA rules on every built page, in light and in dark colours. */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';
import { builtPages, distDir } from '../helpers/site';
import { inTabs, load } from '../helpers/tabs';
import { audit, describeViolations, ruleCounts, schemes } from '../gates/a11y';

const site = siteInBrowser();

describe(`accessibility of the site in ${distDir}`, () => {
  const pages = builtPages();

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('breaks no WCAG 2.2 A or AA rule axe can test, in light or dark colours', async () => {
    const results = await inTabs(site.browser, pages, async (page, path) => {
      await load(page, `${site.origin}${path}`);
      const lines: string[] = [];
      for (const scheme of schemes) lines.push(...describeViolations(path, scheme, await audit(page, scheme)));
      return lines;
    });
    const problems = results.flat();
    console.log(
      `axe: ${pages.length} pages × ${schemes.length} colour schemes, ${problems.length} failing elements`,
      ruleCounts(problems),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
