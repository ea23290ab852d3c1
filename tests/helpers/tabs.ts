/** A few browser tabs working through a list of jobs in parallel, so one browser serves a whole site. */
import { availableParallelism } from 'node:os';
import type { Browser, Page } from 'playwright-core';

/** One tab per processor core (at least two): more only queue up behind each other. */
export const tabCount = Number(process.env['TABS'] ?? Math.max(2, availableParallelism()));

/** Runs `job` for every item on `tabCount` reused tabs; results come back in the items' order. */
export async function inTabs<I, R>(
  browser: Browser,
  items: I[],
  job: (page: Page, item: I) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    // A context of its own: axe opens a helper page beside the audited one.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      while (next < items.length) {
        const index = next++;
        results[index] = await job(page, items[index]!);
      }
    } finally {
      await context.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(tabCount, items.length) }, worker));
  return results;
}

/** Loads a page and waits until its own scripts have run. */
export async function load(page: Page, url: string): Promise<number> {
  const response = await page.goto(url, { waitUntil: 'load' });
  return response?.status() ?? 0;
}
