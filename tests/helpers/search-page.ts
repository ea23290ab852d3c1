/** The search page as a test drives it: a tab that notes Pagefind's requests, and what the page shows. */
import type { Browser, Page } from 'playwright-core';

/** Opens `path` of the site at `origin` in a fresh phone-sized tab that notes every request for Pagefind's files (script, WebAssembly, index). */
export async function openNoting(
  site: { browser: Browser; origin: string },
  path: string,
): Promise<{ page: Page; searchFiles: string[] }> {
  const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  const searchFiles: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) searchFiles.push(request.url());
  });
  await page.goto(`${site.origin}${path}`);
  return { page, searchFiles };
}

/** The result count sentence. */
export const status = (page: Page) => page.locator('[data-search-status]').textContent();
/** The first search of a visit loads Pagefind and its index: on a busy machine that takes seconds, not a timing to test. */
export const loading = { timeout: 15_000 };
export const results = (page: Page) => page.locator('[data-search-results] a[data-result]');
export const resultPaths = (page: Page) =>
  results(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
