/**
 * /admin/ carries the CMS and nothing else does: opening it (signed out, as an editor first sees it) and
 * the translation status page contacts no other origin; its CSP widens the site's only by GitHub's API,
 * GitHub avatars and the CMS's inline styles; no reader's page references its code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';
import { builtPages, distDir, readPage } from '../helpers/site';
import { cspProblems, foreignTraffic, inlineCodeProblems } from '../gates/privacy';
import { readHead } from '../gates/head-html';
import { audit, describeViolations, schemes } from '../gates/a11y';
import { translationData } from '../../scripts/editor/translation-data.ts';

const site = siteInBrowser();
const adminPages = ['/admin/', '/admin/tulkojumi/'];
const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!);

describe(`the editing interface of the site in ${distDir}`, () => {
  it('widens the CSP on /admin/ only by what the README lists, and adds no inline code', () => {
    expect(cspProblems('/admin/', readPage('/admin/'))).toEqual([
      '/admin/: CSP img-src allows blob:',
      '/admin/: CSP img-src allows https://avatars.githubusercontent.com',
      '/admin/: CSP media-src allows blob:',
      '/admin/: CSP connect-src allows data:',
      '/admin/: CSP connect-src allows https://api.github.com',
      "/admin/: CSP style-src allows 'unsafe-inline'",
    ]);
    expect(cspProblems('/admin/tulkojumi/', readPage('/admin/tulkojumi/'))).toEqual([]);
    expect(adminPages.flatMap((path) => inlineCodeProblems(path, readPage(path)))).toEqual([]);
  });

  it('keeps both pages out of search engines and the sitemap', () => {
    for (const path of adminPages) expect(readHead(readPage(path)).noindex, path).toBe(true);
    expect(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  });

  it('contacts no other origin and breaks no CSP rule when opened, signed out', async () => {
    const page = await site.browser.newPage();
    try {
      for (const path of adminPages) expect(await foreignTraffic(page, `${site.origin}${path}`), path).toEqual([]);
      await page.goto(`${site.origin}/admin/`);
      await page
        .getByRole('button', { name: /Sign In Using Access Token/ })
        .first()
        .waitFor();
    } finally {
      await page.close();
    }
  });

  it('loads another interface language from the site itself too (a browser set to Russian)', async () => {
    const context = await site.browser.newContext({ locale: 'ru-RU' });
    try {
      const page = await context.newPage();
      expect(await foreignTraffic(page, `${site.origin}/admin/`)).toEqual([]);
      await page.getByRole('button', { name: /токен/i }).first().waitFor();
    } finally {
      await context.close();
    }
  });

  it('ships its code to /admin/ alone: no reader’s page loads a script that /admin/ loads', () => {
    const cms = new Set(scriptsOf(readPage('/admin/')));
    expect(cms.size).toBe(1);
    const sharing = builtPages().filter(
      (path) => scriptsOf(readPage(path)).some((src) => cms.has(src)) || readPage(path).includes('/admin/'),
    );
    expect(sharing).toEqual([]);
  });

  it('gives editors an accessible translation status page, in light and dark colours', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}/admin/tulkojumi/`);
      const problems: string[] = [];
      for (const scheme of schemes)
        problems.push(...describeViolations('/admin/tulkojumi/', scheme, await audit(page, scheme)));
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('lists every entry with its languages’ status and a link to its form in the CMS', () => {
    const html = readPage('/admin/tulkojumi/');
    const rows = translationData('content') as {
      collection: string;
      slug: string;
      status: string;
      files: Record<string, string>;
    }[];
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const file = (row.files['lv'] ?? row.files['en'])!
        .split('/')
        .pop()!
        .replace(/\.mdx$/, '');
      expect(html, `${row.collection}/${row.slug}`).toMatch(
        new RegExp(
          `<tr data-status="${row.status}" data-entry="${row.collection}/${row.slug}"[\\s\\S]*?href="/admin/#/collections/${row.collection}/entries/${file}"`,
        ),
      );
    }
  });
});
