/**
 * README "How to add a collection": a collection written into the registry and nowhere else gets its
 * section and list pages in every language, its entry pages (with fallback copies), its place in the
 * menu and the search filters, and its `npm run new` type. (Its schema and interface texts are the
 * two other places the README names; the fixture borrows existing texts.)
 */
import { describe, expect, it, vi } from 'vitest';
import type { Collection } from './collections.ts';

vi.mock('./collections.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./collections.ts')>();
  const events: Collection = {
    type: 'event',
    labels: { type: 'type.page', nav: 'nav.about', title: 'stories.title', intro: 'stories.intro' },
    segments: { lv: 'pasakumi', en: 'events' },
    menu: 5,
    readingOrder: 'newestFirst',
    listPageSize: 2,
    bodyHint: { lv: 'Par pasākumu latviski.', en: 'About the event in English.' },
  };
  const collections = { ...real.collections, events };
  return { ...real, collections, ...real.registryOf(collections) };
});

const { buildRoutes, entryPath } = await import('./routes.ts');
const { readerOrder, listedCollections } = await import('./collections.ts');
const { sectionPath } = await import('../i18n/routes.ts');
const { fileOfPath } = await import('./lint/site.ts');
const { entryTypes } = await import('../../scripts/editor/entry-templates.ts');

// A name the site's types do not know: only the registry (mocked above) does.
const events = 'events' as 'stories';
const placed = ['a', 'b', 'c'].map((slug) => ({ collection: events, locale: 'lv' as const, slug }));

describe('a collection added to the registry alone', () => {
  const routes = buildRoutes([...placed, { collection: events, locale: 'en', slug: 'a' }]);
  const at = (path: string) => routes.find((route) => route.path === path);

  it('has its section, split into list pages of its size, in every language', () => {
    expect(sectionPath('lv', events)).toBe('/pasakumi/');
    const lists = routes
      .filter((route) => route.kind === 'index' && route.collection === events)
      .map((route) => route.path);
    expect(lists).toEqual(['/pasakumi/', '/en/events/', '/pasakumi/lapa/2/', '/en/events/page/2/']);
  });

  it('gives each entry its page in every language, with a fallback copy where there is no translation', () => {
    expect(entryPath(events, 'en', 'b')).toBe('/en/events/b/');
    expect(at('/en/events/a/')).toMatchObject({
      kind: 'entry',
      fallback: false,
      alternates: { lv: '/pasakumi/a/', en: '/en/events/a/' },
    });
    expect(at('/en/events/b/')).toMatchObject({
      kind: 'entry',
      fallback: true,
      contentLocale: 'lv',
      entry: { slug: 'b', locale: 'lv' },
    });
    expect(fileOfPath('/en/events/c/', { root: 'content' })).toBe('content/events/en/c.mdx');
  });

  it('takes its place in the menu and the search filters, and `npm run new` can create one', () => {
    expect(listedCollections.at(-1)).toBe('events');
    expect(readerOrder).toEqual(['guidelines', 'stories', 'centres', 'videos', 'events', 'pages']);
    expect(entryTypes).toMatchObject({ event: 'events' });
  });
});
