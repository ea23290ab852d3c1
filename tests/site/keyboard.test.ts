/** Keyboard use of one page of every template in both languages: reach, focus indicator, skip link. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/server';
import { builtPages, distDir } from '../helpers/site';
import { inTabs, load } from '../helpers/tabs';
import { checkSkipLink, tabThrough } from '../gates/keyboard';
import { sampleTemplates } from '../gates/sample';

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

describe(`keyboard use of the site in ${distDir}`, () => {
  const { sample, missing } = sampleTemplates(builtPages());

  it('has a page of every template in both languages to try', () => {
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('reaches every control with Tab, shows where focus is, and starts with a working skip link', async () => {
    const results = await inTabs(browser, sample, async (page, { kind, path }) => {
      const where = `${path} (${kind})`;
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await load(page, `${server.origin}${path}`);
        const { problems, stops } = await tabThrough(page, `${where}, ${scheme}`);
        await load(page, `${server.origin}${path}`);
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
