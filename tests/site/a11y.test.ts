/** Accessibility: axe-core's WCAG A and AA rules on every built page, in light and in dark colours. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/server';
import { builtPages, distDir } from '../helpers/site';
import { inTabs, load } from '../helpers/tabs';
import { audit, describeViolations, ruleCounts, schemes } from '../gates/a11y';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`accessibility of the site in ${distDir}`, () => {
  const pages = builtPages();

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('breaks no WCAG 2.2 A or AA rule axe can test, in light or dark colours', async () => {
    const results = await inTabs(browser, pages, async (page, path) => {
      await load(page, `${server.origin}${path}`);
      const lines: string[] = [];
      for (const scheme of schemes) lines.push(...describeViolations(path, scheme, await audit(page, scheme)));
      return lines;
    });
    const problems = results.flat();
    console.log(`axe: ${pages.length} pages × ${schemes.length} colour schemes, ${problems.length} failing elements`, ruleCounts(problems));
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
