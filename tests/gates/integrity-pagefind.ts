/**
 * Which pages each language's search index holds, asked of Pagefind's own API in the browser, as
 * readers' searches use it: on each language's home page Pagefind loads that language's index, and a
 * search with no words and no filters (`search(null)`) returns every page of it.
 */
import type { Browser } from 'playwright-core';
import { locales } from '../../src/i18n/index';
import { localePath, withBase } from '../../src/i18n/routes';
import { launchBrowser } from '../helpers/browser';
import { serveStatic } from '../helpers/server';

// Given as text: Vitest would rewrite a dynamic import() written in this file into a helper of its own.
const listing = (script: string) => `(async () => {
  const pagefind = await import(${JSON.stringify(script)});
  const { results } = await pagefind.search(null);
  return Promise.all(results.map(async (result) => (await result.data()).url));
})()`;

/** URLs of the pages in each language's index, e.g. `lv` → `/stasti/x/`, from the site served at `origin` under `base`. */
export async function readSearchIndex(browser: Browser, origin: string, base = '/'): Promise<Map<string, Set<string>>> {
  const page = await browser.newPage();
  const index = new Map<string, Set<string>>();
  try {
    for (const locale of locales) {
      await page.goto(`${origin}${withBase(localePath(locale), base)}`);
      const urls: string[] = await page.evaluate(listing(withBase('/pagefind/pagefind.js', base)));
      index.set(locale, new Set(urls));
    }
  } finally {
    await page.close();
  }
  return index;
}

/** The same for a build folder of a test's own: served and opened in a browser of its own for the question. */
export async function readBuiltSearchIndex(
  outDir: string,
  base = process.env['BASE_PATH'] ?? '/',
): Promise<Map<string, Set<string>>> {
  const [server, browser] = await Promise.all([serveStatic(outDir, base), launchBrowser()]);
  try {
    return await readSearchIndex(browser, server.origin, base);
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
}
