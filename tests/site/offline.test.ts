/**
 * The handbook offline, by choice: a visitor who never presses "Save for reading offline" gets no
 * service worker; one who does can read every guideline of that language and search them with the
 * connection gone (the site's server is shut down, and the browser set offline), then remove the copy.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/server';
import { builtPages, distDir, readPage } from '../helpers/site';
import { sectionPath } from '../../src/i18n/routes';
import { useTranslations, type Locale } from '../../src/i18n/index';

const pages = builtPages();
const guidelinesOf = (locale: Locale) => {
  const index = sectionPath(locale, 'guidelines');
  return pages.filter((p) => p.startsWith(index) && p !== index && p.slice(index.length).split('/').filter(Boolean).length === 1);
};
const entities: Record<string, string> = { '&amp;': '&', '&#39;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>' };
const titleOf = (path: string) =>
  (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readPage(path))?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/&(amp|#39|quot|lt|gt);/g, (e) => entities[e] ?? e).trim();
const registrations = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope));

describe(`the offline handbook of the site in ${distDir}`, () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('installs nothing for a visitor who reads pages without pressing the button', async () => {
    server = await serveStatic(distDir);
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of ['/', sectionPath('lv', 'guidelines'), guidelinesOf('lv')[0]!, sectionPath('en', 'guidelines')]) {
      await page.goto(`${server.origin}${path}`);
      await page.waitForLoadState('load');
    }
    expect(await registrations(page)).toEqual([]);
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
    await context.close();
    await server.close();
  });

  for (const locale of ['lv', 'en'] as const) {
    it(`${locale}: saves the handbook, then reads every guideline and searches it with no connection, then removes it`, async () => {
      const t = useTranslations(locale);
      const guidelines = guidelinesOf(locale);
      expect(guidelines.length).toBeGreaterThan(2);
      server = await serveStatic(distDir);
      const origin = server.origin;
      const context: BrowserContext = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}${sectionPath(locale, 'guidelines')}`);
      await page.getByRole('button', { name: t('offline.save') }).click();
      const status = page.getByRole('status').filter({ hasText: `${guidelines.length} ` });
      await status.waitFor({ timeout: 60_000 });
      expect(await status.textContent()).toContain(t('offline.removeHint'));
      expect(await registrations(page)).toEqual([`${origin}${locale === 'lv' ? '/' : '/en/'}`]);

      // No connection at all: the server is gone and the browser is offline.
      await server.close();
      await context.setOffline(true);
      for (const path of guidelines) {
        const response = await page.goto(`${origin}${path}`);
        expect(response?.status(), path).toBe(200);
        expect((await page.locator('h1').textContent())?.trim(), path).toBe(titleOf(path));
        // Its stylesheet and the site's own font came from the stored copy too.
        const look = await page.evaluate(async () => {
          await document.fonts.ready;
          return { font: document.fonts.check('700 16px "Noto Sans"', 'Āž'), styled: getComputedStyle(document.body).margin === '0px' };
        });
        expect(look, path).toEqual({ font: true, styled: true });
      }

      const title = titleOf(guidelines[0]!);
      await page.goto(`${origin}${sectionPath(locale, 'search')}`);
      await page.locator('#q').fill(title.split(/\s+/).filter((w) => w.length > 4)[0] ?? title);
      const hit = page.locator('#search-results a', { hasText: title });
      await hit.first().waitFor({ timeout: 30_000 });
      await hit.first().click();
      await page.waitForURL(`${origin}${guidelines[0]}`);

      // A page outside the handbook is not stored: proof that the connection is really gone.
      const story = pages.find((p) => p.startsWith(sectionPath(locale, 'stories')) && p !== sectionPath(locale, 'stories'));
      const elsewhere = await context.newPage();
      await expect(elsewhere.goto(`${origin}${story}`)).rejects.toThrow();

      // Removing it: the worker and its files are gone.
      await page.goto(`${origin}${sectionPath(locale, 'guidelines')}`);
      await page.getByRole('button', { name: t('offline.remove') }).click();
      await page.getByRole('status').filter({ hasText: t('offline.removed') }).waitFor();
      expect(await registrations(page)).toEqual([]);
      expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
      await context.close();
    });
  }
});
