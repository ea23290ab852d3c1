import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/index';
import type { CollectionName } from './collections.ts';
import type { Site, SiteEntry } from './content';
import { pageCacheKey } from './page-cache-key';
import { buildRoutes, type Route } from './routes';

type Made = { collection: CollectionName; slug: string; locale: Locale; digest: string; centres?: string[] };
function siteOf(made: Made[]): Pick<Site, 'entries'> & { routes: Route[] } {
  const entries = made.map((m) => ({
    collection: m.collection,
    slug: m.slug,
    locale: m.locale,
    path: '',
    entry: {
      id: `content/${m.collection}/${m.locale}/${m.slug}.mdx`,
      digest: m.digest,
      data: { centres: m.centres ?? [] },
    },
  })) as unknown as SiteEntry[];
  return { entries, routes: buildRoutes(entries) };
}

const content: Made[] = [
  { collection: 'centres', slug: 'zilupe', locale: 'lv', digest: 'c1' },
  { collection: 'centres', slug: 'preili', locale: 'lv', digest: 'c2' },
  { collection: 'stories', slug: 'a', locale: 'lv', digest: 's1', centres: ['zilupe'] },
  { collection: 'stories', slug: 'a', locale: 'en', digest: 's1en', centres: ['zilupe'] },
  { collection: 'stories', slug: 'b', locale: 'lv', digest: 's2', centres: ['preili'] },
  { collection: 'guidelines', slug: 'g1', locale: 'lv', digest: 'g1' },
  { collection: 'guidelines', slug: 'g2', locale: 'lv', digest: 'g2' },
];
/** Every page's key, by path, with the list pages listing what their section has. */
function keys(made: Made[]): Map<string, string> {
  const site = siteOf(made);
  const listed = (route: Route) =>
    route.kind === 'index' ? site.entries.filter((e) => e.collection === route.collection) : undefined;
  return new Map(site.routes.map((route) => [route.path, pageCacheKey(route, site, listed(route))]));
}
const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...before]
    .filter(([path, key]) => after.get(path) !== key)
    .map(([path]) => path)
    .sort();

describe('pageCacheKey', () => {
  it('is the same for the same content', () => {
    expect(keys(content)).toEqual(keys(content));
  });

  it('changes, for one story edited, only its pages, its centre, its list and the pages about everything', () => {
    const edited = content.map((m) => (m.slug === 'a' && m.locale === 'lv' ? { ...m, digest: 's1-edited' } : m));
    expect(changed(keys(content), keys(edited))).toEqual([
      '/',
      '/centri/zilupe/',
      '/en/',
      '/en/centres/zilupe/',
      '/en/search/',
      '/en/stories/',
      '/en/stories/a/',
      '/meklet/',
      '/stasti/',
      '/stasti/a/',
    ]);
  });

  it('re-renders a story when the centre it names changes, and every guideline when one does (their order and neighbours)', () => {
    const centre = changed(
      keys(content),
      keys(content.map((m) => (m.slug === 'zilupe' ? { ...m, digest: 'c1-edited' } : m))),
    );
    expect(centre).toContain('/stasti/a/');
    expect(centre).not.toContain('/stasti/b/');
    const guideline = changed(
      keys(content),
      keys(content.map((m) => (m.slug === 'g2' ? { ...m, digest: 'g2-edited' } : m))),
    );
    expect(guideline).toEqual(expect.arrayContaining(['/vadlinijas/g1/', '/vadlinijas/g2/', '/en/guidelines/g1/']));
    expect(guideline).not.toContain('/stasti/a/');
  });
});
