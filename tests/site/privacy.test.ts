/** Privacy and security: no page contacts another origin; strict CSP on every page; no inline code. */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';
import { builtPages, distDir, readPage } from '../helpers/site';
import { inTabs } from '../helpers/tabs';
import { cspProblems, foreignTraffic, inlineCodeProblems } from '../gates/privacy';

const site = siteInBrowser();

describe(`privacy and security of the site in ${distDir}`, () => {
  const pages = builtPages();

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('carries a CSP that allows only the site itself (and the two video players as frames)', () => {
    const problems = pages.flatMap((path) => cspProblems(path, readPage(path)));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has no inline event handlers, javascript: URLs or style attributes', () => {
    const problems = pages.flatMap((path) => inlineCodeProblems(path, readPage(path)));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('contacts no other origin and breaks no CSP rule when opened in Chromium', async () => {
    const results = await inTabs(site.browser, pages, async (page, path) =>
      (await foreignTraffic(page, `${site.origin}${path}`)).map((problem) => `${path}: ${problem}`),
    );
    const problems = results.flat();
    console.log(`privacy: ${pages.length} pages opened, ${problems.length} problems`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
