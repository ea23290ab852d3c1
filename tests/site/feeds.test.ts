/** The RSS feed of each language: well-formed, with the elements RSS 2.0 requires, absolute links, full text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, readPage } from '../helpers/site';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const absolute = /^https?:\/\/[^/]+\//;

describe.each([
  ['lv', '/rss.xml', '/stasti/'],
  ['en', '/en/rss.xml', '/en/stories/'],
] as const)('the %s feed', (lang, feed, storiesIndex) => {
  const xml = readFileSync(join(distDir, feed), 'utf8');
  const channel = parser.parse(xml).rss?.channel;
  const items: Record<string, any>[] = [].concat(channel?.item ?? []);

  it('is RSS 2.0 with a title, link, description, language and a self link', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(parser.parse(xml).rss['@version']).toBe('2.0');
    for (const field of ['title', 'link', 'description']) expect(String(channel[field] ?? '')).not.toBe('');
    expect(channel.language).toBe(lang);
    expect(channel['atom:link']['@rel']).toBe('self');
    expect(channel['atom:link']['@href']).toMatch(new RegExp(`${feed.replace('.', '\\.')}$`));
  });

  it('carries every story and guideline with a title, an absolute link, a guid and the full rendered text', () => {
    const stories = builtPages().filter(
      (p) =>
        p.startsWith(storiesIndex) &&
        p.split('/').length === storiesIndex.split('/').length + 1 &&
        !/\/(lapa|page)\//.test(p),
    );
    expect(items.length).toBeGreaterThanOrEqual(stories.length);
    for (const item of items) {
      expect(item['title']).toBeTruthy();
      expect(item['link']).toMatch(absolute);
      expect(item['guid']['#text']).toBe(item['link']);
      const html = String(item['content:encoded']);
      expect(html).toMatch(/<p>/);
      expect(html).not.toMatch(/^import |<ContactDetails|\]\(/m);
      for (const [, href] of html.matchAll(/(?:href|src)="([^"]+)"/g))
        expect(href, item['title']).toMatch(/^(https?:|mailto:|tel:|#)/);
    }
    const dates = items.filter((i) => i['pubDate']).map((i) => new Date(i['pubDate']).getTime());
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('is named in every page head and linked from the stories index', () => {
    const href = new RegExp(
      `<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="https?://[^"]+${feed.replace('.', '\\.')}">`,
    );
    const ownLanguage = builtPages().filter((p) => (lang === 'en') === p.startsWith('/en/'));
    const unnamed = ownLanguage.filter((p) => !href.test(readPage(p).split('</head>')[0]!));
    expect(unnamed).toEqual([]);
    expect(readPage(storiesIndex)).toMatch(
      new RegExp(`<a href="[^"]*${feed.replace('.', '\\.')}" type="application/rss\\+xml"[^>]*>`),
    );
  });
});
