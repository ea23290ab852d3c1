/**
 * npm run search:latency: how long a visitor waits for search results on a slow phone. Serves the
 * built site (dist/, or OUT_DIR), opens the search page in Debian's Chromium with the CPU slowed
 * 4× (CDP Emulation.setCPUThrottlingRate), enters each query of both query sets and presses Enter,
 * and measures, inside the page, from that last keystroke to the frame after the results are
 * drawn. The first query of a fresh visit is typed a letter every 80 ms, as a quick thumb would
 * (its first letter starts loading Pagefind, its WebAssembly, the index and the vocabulary); later
 * ones are filled in at once, the search being loaded. Typing without Enter adds the page's 250 ms
 * pause. Prints median and worst of each; a timing, so never a test.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/server.ts';
import { readQueries, querySets, type QuerySet } from './search-quality.ts';

const outDir = process.env['OUT_DIR'] ?? 'dist';
const slowdown = 4;
/** Fresh visits measured per language: each loads the whole search anew. */
const firstVisits = Number(process.env['FIRST_VISITS'] ?? 8);
const searchPage = { lv: '/meklet/', en: '/en/search/' } as const;

async function throttledPage(browser: Browser, origin: string, path: string): Promise<Page> {
  // A new context per visit: nothing cached from the one before.
  const page = await (await browser.newContext()).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.goto(`${origin}${path}`);
  return page;
}

/** Types a query, presses Enter, and returns the milliseconds until the frame after its results are drawn. */
async function timeQuery(page: Page, query: string, typed = false): Promise<number> {
  if (typed) await page.locator('#q').pressSequentially(query, { delay: 80 });
  else await page.locator('#q').fill(query);
  const drawn = page.evaluate(
    (typed) =>
      new Promise<number>((resolve) => {
        const status = document.querySelector('[data-search-status]')!;
        const list = document.querySelector('[data-search-results]')!;
        let pressed = 0;
        document.addEventListener(
          'keydown',
          (event) => {
            if (event.key === 'Enter') pressed = performance.now();
          },
          { capture: true, once: true },
        );
        const observer = new MutationObserver(() => {
          if (!pressed || !status.textContent?.includes(typed) || list.hasAttribute('aria-busy')) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - pressed)));
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      }),
    query,
  );
  await page.locator('#q').press('Enter');
  return drawn;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const summary = (label: string, values: number[]) =>
  `${label.padEnd(26)} ${String(values.length).padStart(4)}   median ${median(values).toFixed(0).padStart(4)} ms   worst ${Math.max(
    ...values,
  )
    .toFixed(0)
    .padStart(4)} ms`;

const server = await serveStatic(outDir);
const browser = await launchBrowser();
try {
  console.log(`Chromium, CPU ${slowdown}× slower, site served on loopback from ${outDir}/ (no network delay)`);
  for (const locale of ['lv', 'en'] as const) {
    const queries = (Object.keys(querySets) as QuerySet[])
      .flatMap((set) => readQueries(set))
      .filter((item) => item.locale === locale && !item.filters)
      .map((item) => item.query);
    const distinct = [...new Set(queries)];
    const first: number[] = [];
    for (const query of distinct.slice(0, firstVisits)) {
      const page = await throttledPage(browser, server.origin, searchPage[locale]);
      first.push(await timeQuery(page, query, true));
      await page.context().close();
    }
    const page = await throttledPage(browser, server.origin, searchPage[locale]);
    await timeQuery(page, distinct.at(-1)!);
    const later: number[] = [];
    for (const query of distinct) later.push(await timeQuery(page, query));
    await page.context().close();
    console.log(summary(`${locale} first query`, first));
    console.log(summary(`${locale} later queries`, later));
  }
} finally {
  await browser.close();
  await server.close();
}
