/** Keyboard use of every page, in light and dark colours: reach, focus indicator, skip link. */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';
import { builtPages, distDir } from '../helpers/site';
import { inTabs, load } from '../helpers/tabs';
import { checkSkipLink, tabThrough } from '../gates/keyboard';
import { sampleTemplates } from '../gates/sample';

const site = siteInBrowser();

describe(`keyboard use of the site in ${distDir}`, () => {
  const pages = builtPages();
  const { missing } = sampleTemplates(pages);

  it('has pages of every template in both languages to try', () => {
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('reaches every control with Tab, shows where focus is, and starts with a working skip link', async () => {
    let tabStops = 0;
    const results = await inTabs(site.browser, pages, async (page, path) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await load(page, `${site.origin}${path}`);
        const { problems, stops } = await tabThrough(page, `${path}, ${scheme}`);
        await load(page, `${site.origin}${path}`);
        problems.push(...(await checkSkipLink(page, `${path}, ${scheme}`)));
        if (scheme === 'light') tabStops += stops;
        if (problems.length) return problems;
      }
      return [];
    });
    const problems = results.flat();
    console.log(
      `keyboard: ${pages.length} pages × 2 colour schemes, ${tabStops} Tab stops in light colours, ${problems.length} problems`,
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
