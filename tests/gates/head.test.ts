import { describe, expect, it } from 'vitest';
import { checkHeads } from './head';
import { readHead } from './head-html';

const site = 'https://example.org';
const html = (lang: string, head: string) =>
  `<!doctype html><html lang="${lang}"><head><title>T</title><meta name="description" content="D">${head}</head><body></body></html>`;
const canonical = (path: string) => `<link rel="canonical" href="${site}${path}">`;
const alt = (lang: string, path: string) => `<link rel="alternate" hreflang="${lang}" href="${site}${path}">`;
const heads = (pages: Record<string, string>) =>
  new Map(Object.entries(pages).map(([path, page]) => [path, readHead(page)]));

describe('checkHeads', () => {
  const good = {
    '/stasti/a/': html(
      'lv',
      canonical('/stasti/a/') + alt('lv', '/stasti/a/') + alt('en', '/en/stories/a/') + alt('x-default', '/stasti/a/'),
    ),
    '/en/stories/a/': html(
      'en',
      canonical('/en/stories/a/') +
        alt('lv', '/stasti/a/') +
        alt('en', '/en/stories/a/') +
        alt('x-default', '/stasti/a/'),
    ),
    '/centri/b/': html('lv', canonical('/centri/b/') + alt('lv', '/centri/b/')),
    '/en/centres/b/': html('en', `${canonical('/centri/b/')}<meta name="robots" content="noindex">`),
    '/404.html': html('lv', '<meta name="robots" content="noindex">'),
  };

  it('accepts translations that name each other, and a fallback copy pointing at its original', () => {
    expect(checkHeads(heads(good))).toEqual([]);
  });

  it('catches a translation that does not name the page back', () => {
    const pages = { ...good, '/en/stories/a/': html('en', canonical('/en/stories/a/') + alt('en', '/en/stories/a/')) };
    expect(checkHeads(heads(pages))).toEqual([
      '/stasti/a/: names /en/stories/a/ as its "en" translation, but /en/stories/a/ does not name /stasti/a/ back as hreflang="lv"',
    ]);
  });

  it('catches a translation that does not exist, and missing title, description, lang and canonical', () => {
    const pages = {
      '/stasti/a/': html('lv', canonical('/stasti/a/') + alt('lv', '/stasti/a/') + alt('en', '/en/stories/nav/')),
      '/x/': '<html><head></head></html>',
    };
    expect(checkHeads(heads(pages))).toEqual([
      '/stasti/a/: hreflang="en" points at https://example.org/en/stories/nav/, which is not a page of the site',
      '/x/: <html> has no lang',
      '/x/: no <title>',
      '/x/: no <meta name="description">',
      '/x/: 0 canonical links, expected 1',
    ]);
  });

  it('catches a fallback copy that names translations or points its canonical at itself', () => {
    const pages = {
      ...good,
      '/en/centres/b/': html(
        'en',
        `${canonical('/en/centres/b/')}<meta name="robots" content="noindex">${alt('lv', '/centri/b/')}`,
      ),
    };
    expect(checkHeads(heads(pages))).toEqual([
      '/en/centres/b/: noindex fallback names itself as canonical, not the original',
      '/en/centres/b/: noindex fallback names hreflang translations',
    ]);
  });
});
