/**
 * Sitemap gate: `sitemap-index.xml` leads to sitemaps that list exactly the pages search engines
 * may index (not the noindex fallback copies, not the 404s), each with the same hreflang
 * alternates as the page's own head.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { isNotFoundPage, sitePath, type Alternate, type PageHead } from './head-html';

export interface SitemapUrl {
  path: string;
  alternates: Alternate[];
}

type XmlNode = ReturnType<typeof parseDocument> | ReturnType<typeof DomUtils.getElementsByTagName>[number];
const xml = (file: string) => parseDocument(readFileSync(file, 'utf8'), { xmlMode: true });
const all = (node: XmlNode, element: string) => DomUtils.getElementsByTagName(element, node);
const text = (node: XmlNode, element: string) => DomUtils.textContent(all(node, element)[0] ?? []).trim();

/** Every URL in the sitemaps that the index names, read from the built folder. */
export function readSitemaps(dir: string): { urls: SitemapUrl[]; problems: string[] } {
  const problems: string[] = [];
  const indexFile = join(dir, 'sitemap-index.xml');
  if (!existsSync(indexFile)) return { urls: [], problems: ['sitemap-index.xml is missing'] };
  const urls: SitemapUrl[] = [];
  for (const sitemap of all(xml(indexFile), 'sitemap')) {
    const loc = text(sitemap, 'loc');
    const file = join(dir, sitePath(loc));
    if (!/\/sitemap-[^/]+\.xml$/.test(loc) || !existsSync(file)) {
      problems.push(`sitemap-index.xml names ${loc}, which is not a sitemap file of the site`);
      continue;
    }
    for (const url of all(xml(file), 'url')) {
      const alternates = all(url, 'xhtml:link').map((link) => ({
        hreflang: link.attribs['hreflang'] ?? '',
        href: link.attribs['href'] ?? '',
      }));
      urls.push({ path: sitePath(text(url, 'loc')), alternates });
    }
  }
  return { urls, problems };
}

const describeAlternates = (alternates: Alternate[]) =>
  alternates
    .map((a) => `${a.hreflang}→${sitePath(a.href)}`)
    .sort()
    .join(', ') || '(none)';

/** Compares the sitemap with the built pages' heads (paths as builtPages() gives them). */
export function checkSitemap(urls: SitemapUrl[], heads: Map<string, PageHead>): string[] {
  const problems: string[] = [];
  const listed = new Map<string, SitemapUrl>();
  for (const url of urls) {
    if (listed.has(url.path)) problems.push(`${url.path}: listed twice in the sitemap`);
    listed.set(url.path, url);
  }
  for (const [path, head] of heads) {
    const url = listed.get(path);
    const wanted = !head.noindex && !isNotFoundPage(path);
    if (wanted && !url) problems.push(`${path}: indexable page missing from the sitemap`);
    if (!wanted && url)
      problems.push(
        `${path}: in the sitemap but ${isNotFoundPage(path) ? 'a not-found page' : 'noindex (a fallback copy)'}`,
      );
    if (wanted && url && describeAlternates(url.alternates) !== describeAlternates(head.alternates)) {
      problems.push(
        `${path}: sitemap alternates [${describeAlternates(url.alternates)}] differ from the page's hreflang [${describeAlternates(head.alternates)}]`,
      );
    }
  }
  for (const path of listed.keys()) {
    if (!heads.has(path)) problems.push(`${path}: in the sitemap but no such page was built`);
  }
  return problems;
}
