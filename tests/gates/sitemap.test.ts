import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHead } from './head-html';
import { checkSitemap, readSitemaps } from './sitemap';

const site = 'https://example.org';
const link = (lang: string, path: string) => `<link rel="alternate" hreflang="${lang}" href="${site}${path}">`;
const head = (extra: string) => readHead(`<html lang="lv"><head><title>T</title>${extra}</head></html>`);
const heads = new Map([
  ['/', head(link('lv', '/') + link('en', '/en/'))],
  ['/en/', head(link('lv', '/') + link('en', '/en/'))],
  ['/en/centres/b/', head('<meta name="robots" content="noindex">')],
  ['/404.html', head('<meta name="robots" content="noindex">')],
]);
const xlink = (lang: string, path: string) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${site}${path}"/>`;

const dirs: string[] = [];
const folder = () => dirs[dirs.push(mkdtempSync(join(tmpdir(), 'gates-sitemap-'))) - 1]!;
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function builtSitemap(urls: string) {
  const dir = folder();
  writeFileSync(
    join(dir, 'sitemap-index.xml'),
    `<sitemapindex><sitemap><loc>${site}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
  );
  writeFileSync(join(dir, 'sitemap-0.xml'), `<urlset>${urls}</urlset>`);
  return readSitemaps(dir);
}

describe('checkSitemap', () => {
  const home = `<url><loc>${site}/</loc>${xlink('lv', '/')}${xlink('en', '/en/')}</url>`;
  const en = `<url><loc>${site}/en/</loc>${xlink('lv', '/')}${xlink('en', '/en/')}</url>`;

  it('accepts a sitemap of exactly the indexable pages with their alternates', () => {
    const { urls, problems } = builtSitemap(home + en);
    expect(problems).toEqual([]);
    expect(checkSitemap(urls, heads)).toEqual([]);
  });

  it('catches a missing page, a fallback or 404 listed, a page that does not exist and different alternates', () => {
    const { urls } = builtSitemap(
      `<url><loc>${site}/</loc>${xlink('lv', '/')}</url><url><loc>${site}/en/centres/b/</loc></url><url><loc>${site}/404.html</loc></url><url><loc>${site}/nav/</loc></url>`,
    );
    expect(checkSitemap(urls, heads)).toEqual([
      "/: sitemap alternates [lv→/] differ from the page's hreflang [en→/en/, lv→/]",
      '/en/: indexable page missing from the sitemap',
      '/en/centres/b/: in the sitemap but noindex (a fallback copy)',
      '/404.html: in the sitemap but a not-found page',
      '/nav/: in the sitemap but no such page was built',
    ]);
  });

  it('says when the sitemap index is missing or names a file that is not there', () => {
    expect(readSitemaps(folder()).problems).toEqual(['sitemap-index.xml is missing']);
    const dir = folder();
    writeFileSync(
      join(dir, 'sitemap-index.xml'),
      `<sitemapindex><sitemap><loc>${site}/sitemap-9.xml</loc></sitemap></sitemapindex>`,
    );
    expect(readSitemaps(dir).problems).toEqual([
      `sitemap-index.xml names ${site}/sitemap-9.xml, which is not a sitemap file of the site`,
    ]);
  });
});
