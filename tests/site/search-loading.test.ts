/** Search costs a visitor nothing until they search: Pagefind loads only on the search pages, and only for a query. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../helpers/browser';
import { builtPages, distDir, readPage } from '../helpers/site';
import { tags } from '../gates/head-html';
import { openNoting } from '../helpers/search-page';

const site = siteInBrowser();
const open = (path: string) => openNoting(site, path);
const pathOf = (page: Page) => new URL(page.url()).pathname;

/** The search pages, the only pages that may load Pagefind. */
const searchPages = ['/meklet/', '/en/search/'];
/** Paths of the scripts a built page loads. */
const scriptsOf = (html: string) => tags(html, 'script').flatMap((script) => script.attrs['src'] ?? []);

describe('search loading', () => {
  it('names Pagefind nowhere but on the search pages, neither in the HTML nor in the scripts a page loads', () => {
    const mentions = builtPages()
      .filter((path) => !searchPages.includes(path))
      .filter((path) => {
        const html = readPage(path);
        return (
          html.includes('/pagefind/') ||
          scriptsOf(html).some((src) => readFileSync(join(distDir, src), 'utf8').includes('pagefind'))
        );
      });
    expect(mentions).toEqual([]);
  });

  it("runs Pagefind in the page itself under the site's Content-Security-Policy, as when its worker fails", async () => {
    const { page } = await open('/meklet/');
    const blocked: string[] = [];
    await page.exposeFunction('noteViolation', (directive: string) => blocked.push(directive));
    await page.evaluate(() =>
      document.addEventListener(
        'securitypolicyviolation',
        (event) =>
          void (window as unknown as { noteViolation(d: string): void }).noteViolation(event.effectiveDirective),
      ),
    );
    // Written as text: the test runner would rewrite a dynamic import() in a function.
    const urls = (await page.evaluate(`(async () => {
      const bundle = await import('/pagefind/pagefind.js');
      const pagefind = bundle.createInstance({ basePath: '/pagefind/', noWorker: true });
      const found = await pagefind.search('kopien');
      return Promise.all(found.results.slice(0, 3).map(async (hit) => (await hit.data()).url));
    })()`)) as string[];
    expect(blocked).toEqual([]);
    expect(urls.length).toBeGreaterThan(0);
    await page.close();
  });

  it('costs a content page nothing until someone searches', async () => {
    const { page, searchFiles } = await open('/centri/zilupe/');
    await page.waitForLoadState('networkidle');
    await page.getByRole('searchbox', { name: 'Meklēt vietnē' }).fill('kopiena');
    await page.waitForLoadState('networkidle');
    expect(searchFiles).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/meklet\/\?q=kopiena$/);
    await expect.poll(() => searchFiles.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  it('loads nothing on the search page either until a query is typed', async () => {
    const { page, searchFiles } = await open('/meklet/');
    await page.waitForLoadState('networkidle');
    expect(searchFiles).toEqual([]);
    await page.locator('#q').pressSequentially('skola');
    await expect.poll(() => searchFiles.length).toBeGreaterThan(0);
    expect(pathOf(page)).toBe('/meklet/');
    await page.close();
  });
});
