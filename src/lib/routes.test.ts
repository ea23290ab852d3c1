import { describe, expect, it } from 'vitest';
import { buildRoutes, canonicalPath, entryPath, listPageRange } from './routes';

describe('entryPath', () => {
  it('puts Latvian at the root and English under /en/, each with its own section word', () => {
    expect(entryPath('guidelines', 'lv', 'gimenu-iesaiste')).toBe('/vadlinijas/gimenu-iesaiste/');
    expect(entryPath('guidelines', 'en', 'gimenu-iesaiste')).toBe('/en/guidelines/gimenu-iesaiste/');
    expect(entryPath('centres', 'lv', 'zilupe')).toBe('/centri/zilupe/');
    expect(entryPath('videos', 'en', 'x')).toBe('/en/videos/x/');
  });

  it('gives stand-alone pages their translated address', () => {
    expect(entryPath('pages', 'lv', 'about')).toBe('/par-iniciativu/');
    expect(entryPath('pages', 'en', 'about')).toBe('/en/about/');
  });
});

describe('buildRoutes', () => {
  const routes = buildRoutes([
    { collection: 'stories', locale: 'lv', slug: 'zilupe' },
    { collection: 'stories', locale: 'en', slug: 'zilupe' },
    { collection: 'centres', locale: 'lv', slug: 'rogovka' },
  ]);
  const at = (path: string) => routes.find((r) => r.path === path)!;

  it('pairs translations by slug and lets the switcher lead to the counterpart', () => {
    expect(at('/stasti/zilupe/').alternates).toEqual({ lv: '/stasti/zilupe/', en: '/en/stories/zilupe/' });
    expect(at('/stasti/zilupe/').switchTo).toBe('/en/stories/zilupe/');
    expect(at('/en/stories/zilupe/').switchTo).toBe('/stasti/zilupe/');
  });

  it('keeps the URL of an untranslated page as a fallback copy of the original', () => {
    const fallback = at('/en/centres/rogovka/');
    expect(fallback).toMatchObject({ fallback: true, locale: 'en', contentLocale: 'lv', alternates: {} });
    expect(canonicalPath(fallback)).toBe('/centri/rogovka/');
    expect(at('/centri/rogovka/').alternates).toEqual({ lv: '/centri/rogovka/' });
  });

  it('builds home, section indexes and search in both languages, and no path twice', () => {
    const paths = routes.map((r) => r.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/en/',
        '/vadlinijas/',
        '/en/guidelines/',
        '/meklet/',
        '/en/search/',
        '/video/',
        '/en/videos/',
      ]),
    );
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('story list pages', () => {
  const stories = Array.from({ length: 41 }, (_, i) => ({
    collection: 'stories' as const,
    locale: 'lv' as const,
    slug: `s${i}`,
  }));
  const lists = buildRoutes(stories).filter((r) => r.kind === 'index' && r.collection === 'stories');

  it('splits the story list into pages of 20 that pair up across languages by number', () => {
    expect(lists.map((r) => r.path)).toEqual([
      '/stasti/',
      '/en/stories/',
      '/stasti/lapa/2/',
      '/en/stories/page/2/',
      '/stasti/lapa/3/',
      '/en/stories/page/3/',
    ]);
    expect(lists[4]).toMatchObject({
      listPage: { number: 3, count: 3 },
      alternates: { lv: '/stasti/lapa/3/', en: '/en/stories/page/3/' },
    });
    expect(listPageRange('stories', 3)).toEqual([40, 60]);
  });

  it('keeps the handbook on one page', () => {
    expect(listPageRange('guidelines', 1)).toEqual([0, Infinity]);
  });
});
