/**
 * Every page renders in its language with a heading; the language switcher leads to the counterpart
 * page of every template; and a page missing in one language is a marked fallback copy (fixture build).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';
import { buildSite, makeContent, type FixtureBuild } from '../helpers/build';
import { serveStatic } from '../helpers/server';
import { builtPages, distDir, readPage } from '../helpers/site';
import { inTabs, load } from '../helpers/tabs';
import { languageOf, notFoundProblems, pageProblems, switcherProblems, switcherTarget } from '../gates/pages';
import { sampleTemplates } from '../gates/sample';
import { readHead, sitePath, tags } from '../gates/head-html';
import { readSitemaps } from '../gates/sitemap';
import { readSearchIndex } from '../gates/integrity-pagefind';
import { en } from '../../src/i18n/en';
import { lv } from '../../src/i18n/lv';

const base = process.env['BASE_PATH'] ?? '/';
const prefix = base.replace(/\/$/, '');
const site = siteInBrowser();

describe(`pages of the site in ${distDir}`, () => {
  const paths = builtPages();

  it('serves every page with status 200, one h1 and the language of its address; a missing one gets the not-found page in both', async () => {
    expect(paths.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const path of paths) {
      const response = await fetch(`${site.origin}${path}`);
      if (response.status !== 200) problems.push(`${path}: status ${response.status}`);
      problems.push(...pageProblems(path, await response.text()));
    }
    for (const missing of ['/nav-tadas-lapas/', '/en/no-such-page/']) {
      const response = await fetch(`${site.origin}${missing}`);
      expect(response.status, missing).toBe(404);
      // As on GitHub Pages: the one root 404.html, whatever the language of the address.
      problems.push(
        ...notFoundProblems(missing, await response.text(), { lv: lv['notFound.title'], en: en['notFound.title'] }),
      );
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has a language switcher on every page that leads to the counterpart, which leads back', () => {
    const problems = switcherProblems(new Map(paths.map((path) => [path, readPage(path)])), base);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('lands on the counterpart page when a reader clicks the switcher, on every template', async () => {
    const { sample, missing } = sampleTemplates(paths);
    expect(missing, missing.join('\n')).toEqual([]);
    const results = await inTabs(site.browser, sample, async (page, { kind, path }) => {
      await load(page, `${site.origin}${prefix}${path}`);
      await Promise.all([page.waitForURL((url) => url.pathname !== `${prefix}${path}`), page.click('header a.lang')]);
      const landed = sitePath(page.url(), base);
      const lang = await page.getAttribute('html', 'lang');
      const wrong =
        landed !== switcherTarget(readPage(path), base) ||
        lang !== languageOf(landed) ||
        languageOf(landed) === languageOf(path);
      return wrong ? [`${path} (${kind}): the switcher landed on ${landed} (lang "${lang}")`] : [];
    });
    expect(results.flat(), results.flat().join('\n')).toEqual([]);
  });
});

describe('a story written only in Latvian (fixture build)', () => {
  const story =
    '---\ntitle: "Pārbaudes stāsts tikai latviski"\ndescription: "Stāsts, kuram vēl nav tulkojuma angļu valodā."\ndate: 2026-11-24\ncentres: ["zilupe"]\n---\n\nŠis stāsts ir tikai latviešu valodā.\n';
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildSite(makeContent({ 'stories/lv/parbaude-tikai-latviski.mdx': story }, 'site'));
  });
  afterAll(() => {
    for (const dir of [build?.outDir, build?.contentDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const lvPath = '/stasti/parbaude-tikai-latviski/';
  const enPath = '/en/stories/parbaude-tikai-latviski/';

  it('shows the Latvian text at the English address under an English notice, marked as Latvian', () => {
    expect(build.ok, build.output).toBe(true);
    const html = readPage(enPath, build.outDir);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/i);
    const notice = tags(html, 'p').find((p) => 'data-fallback-notice' in p.attrs)?.content ?? '';
    expect(notice).toContain(en['fallback.notice']);
    expect(html).toMatch(/<div lang="lv"[^>]*>[\s\S]*Šis stāsts ir tikai latviešu valodā\./);
    const head = readHead(html);
    expect(head.canonical.map((url) => sitePath(url, base))).toEqual([lvPath]);
    expect(head.noindex).toBe(true);
    expect(switcherTarget(html, base)).toBe(lvPath);
  });

  it('keeps the copy out of the sitemap and out of the English search index, the original in both', async () => {
    const sitemap = readSitemaps(build.outDir).urls.map((u) => u.path);
    expect(sitemap).toContain(lvPath);
    expect(sitemap).not.toContain(enPath);
    const server = await serveStatic(build.outDir);
    const index = await readSearchIndex(site.browser, server.origin, base).finally(() => server.close());
    expect([...(index.get('lv') ?? [])].map((url) => sitePath(url, base))).toContain(lvPath);
    expect([...(index.get('en') ?? [])].map((url) => sitePath(url, base))).not.toContain(enPath);
    expect(index.get('en')?.size).toBeGreaterThan(0);
  });
});
