/** Keyboard use of one page of every template in both languages: reach, focus indicator, skip link. */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';
import { builtPages, distDir } from '../helpers/site';
import { inTabs, load } from '../helpers/tabs';
import { checkSkipLink, tabThrough } from '../gates/keyboard';
import { sampleTemplates } from '../gates/sample';

const site = siteInBrowser();

describe(`keyboard use of the site in ${distDir}`, () => {
  const { sample, missing } = sampleTemplates(builtPages());

  it('has a page of every template in both languages to try', () => {
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('reaches every control with Tab, shows where focus is, and starts with a working skip link', async () => {
    const results = await inTabs(site.browser, sample, async (page, { kind, path }) => {
      const where = `${path} (${kind})`;
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await load(page, `${site.origin}${path}`);
        const { problems, stops } = await tabThrough(page, `${where}, ${scheme}`);
        await load(page, `${site.origin}${path}`);
        problems.push(...(await checkSkipLink(page, `${where}, ${scheme}`)));
        if (scheme === 'light') console.log(`${where}: ${stops} Tab stops`);
        if (problems.length) return problems;
      }
      return [];
    });
    const problems = results.flat();
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
