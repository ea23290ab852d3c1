/**
 * The handbook offline, by choice: a visitor who never presses "Save for reading offline" gets no
 * service worker; one who does can read every guideline of that language and search them with the
 * connection gone (the site's server is shut down, and the browser set offline), then remove the copy.
 * Also under a GitHub Pages base path, where the worker, its scope and every stored file carry the base.
 */
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { buildSite, makeContent } from '../helpers/build';
import { serveStatic } from '../helpers/server';
import { builtPages, distDir, readPage } from '../helpers/site';
import { sectionPath } from '../../src/i18n/routes';
import { useTranslations, type Locale } from '../../src/i18n/index';

const guidelinesOf = (pages: string[], locale: Locale) => {
  const index = sectionPath(locale, 'guidelines');
  return pages.filter(
    (p) => p.startsWith(index) && p !== index && p.slice(index.length).split('/').filter(Boolean).length === 1,
  );
};
const entities: Record<string, string> = { '&amp;': '&', '&#39;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>' };
const titleOf = (path: string, dir: string) =>
  (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readPage(path, dir))?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|#39|quot|lt|gt);/g, (e) => entities[e] ?? e)
    .trim();
const registrations = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope));
const cacheCount = (page: Page) => page.evaluate(async () => (await caches.keys()).length);

describe(`the offline handbook of the site in ${distDir}`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('installs nothing for a visitor who reads pages without pressing the button', async () => {
    const server = await serveStatic(distDir);
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of [
      '/',
      sectionPath('lv', 'guidelines'),
      guidelinesOf(builtPages(), 'lv')[0]!,
      sectionPath('en', 'guidelines'),
    ]) {
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    }
    expect(await registrations(page)).toEqual([]);
    expect(await cacheCount(page)).toBe(0);
    await context.close();
    await server.close();
  });

  for (const locale of ['lv', 'en'] as const) {
    it(`${locale}: saves the handbook, then reads every guideline and searches it with no connection, then removes it`, async () => {
      await saveReadSearchRemove(browser, distDir, distDir, '/', locale);
    });
  }

  it('works the same on a site built under a GitHub Pages base path', async () => {
    const build = buildSite(makeContent({}, 'site'), { BASE_PATH: '/darbigas-kopienas/' });
    expect(build.ok, build.output).toBe(true);
    // Served as GitHub Pages does: the build folder is /darbigas-kopienas/ on the host.
    const root = mkdtempSync(join(tmpdir(), 'dk-pages-'));
    symlinkSync(resolve(build.outDir), join(root, 'darbigas-kopienas'));
    await saveReadSearchRemove(browser, root, build.outDir, '/darbigas-kopienas/', 'lv');
  });
});

/**
 * Saves one language's handbook from its guidelines index on a site served from `root` under `base`
 * (`dir` is the build folder), reads every guideline and searches with no connection, then removes it.
 */
async function saveReadSearchRemove(
  browser: Browser,
  root: string,
  dir: string,
  base: string,
  locale: Locale,
): Promise<void> {
  const t = useTranslations(locale);
  const pages = builtPages(dir);
  const guidelines = guidelinesOf(pages, locale);
  expect(guidelines.length).toBeGreaterThan(2);
  const server = await serveStatic(root);
  const site = `${server.origin}${base.replace(/\/$/, '')}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site}${sectionPath(locale, 'guidelines')}`);
  await page.getByRole('button', { name: t('offline.save') }).click();
  const status = page.getByRole('status').filter({ hasText: `${guidelines.length} ` });
  await status.waitFor({ timeout: 60_000 });
  expect(await status.textContent()).toContain(t('offline.removeHint'));
  expect(await registrations(page)).toEqual([`${site}${locale === 'lv' ? '/' : '/en/'}`]);

  // No connection at all: the server is gone and the browser is offline.
  await server.close();
  await context.setOffline(true);
  for (const path of guidelines) {
    const response = await page.goto(`${site}${path}`);
    expect(response?.status(), path).toBe(200);
    expect((await page.locator('h1').textContent())?.trim(), path).toBe(titleOf(path, dir));
    // Its stylesheet and the site's own font came from the stored copy too.
    const look = await page.evaluate(async () => {
      await document.fonts.ready;
      return {
        font: document.fonts.check('700 16px "Noto Sans"', 'Āž'),
        styled: getComputedStyle(document.body).margin === '0px',
      };
    });
    expect(look, path).toEqual({ font: true, styled: true });
  }

  const title = titleOf(guidelines[0]!, dir);
  await page.goto(`${site}${sectionPath(locale, 'search')}`);
  await page.locator('#q').fill(title.split(/\s+/).filter((w) => w.length > 4)[0] ?? title);
  const hit = page.locator('#search-results a', { hasText: title });
  await hit.first().waitFor({ timeout: 30_000 });
  await hit.first().click();
  await page.waitForURL(`${site}${guidelines[0]}`);

  // A page outside the handbook is not stored: proof that the connection is really gone.
  const story = pages.find((p) => p.startsWith(sectionPath(locale, 'stories')) && p !== sectionPath(locale, 'stories'));
  await expect((await context.newPage()).goto(`${site}${story}`)).rejects.toThrow();

  // Removing it: the worker and its files are gone.
  await page.goto(`${site}${sectionPath(locale, 'guidelines')}`);
  await page.getByRole('button', { name: t('offline.remove') }).click();
  await page
    .getByRole('status')
    .filter({ hasText: t('offline.removed') })
    .waitFor();
  expect(await registrations(page)).toEqual([]);
  expect(await cacheCount(page)).toBe(0);
  await context.close();
}
