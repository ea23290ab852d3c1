/**
 * Each page's cache key for Astro's incremental build (`experimental.incrementalBuild`): a digest of
 * the route itself and of every content entry the page draws from, so that changing one story
 * re-renders that story, the centres it names, the list page it is on and the pages that list
 * everything (home, search), and nothing else. Astro tracks code changes by itself.
 * A view that starts showing another entry's data must add that entry here, or its pages go stale.
 */
import { createHash } from 'node:crypto';
import type { Site, SiteEntry } from './content';
import type { Route } from './routes';

type Content = Pick<Site, 'entries'>;

// Each site's entries by collection and slug, made once: every page asks.
const grouped = new WeakMap<Content, Map<string, SiteEntry[]>>();
function bySlug(site: Content): Map<string, SiteEntry[]> {
  let map = grouped.get(site);
  if (!map) {
    map = new Map();
    for (const e of site.entries)
      map.set(`${e.collection}/${e.slug}`, [...(map.get(`${e.collection}/${e.slug}`) ?? []), e]);
    grouped.set(site, map);
  }
  return map;
}

const centresOf = (e: SiteEntry) => ((e.entry.data as { centres?: unknown }).centres as string[] | undefined) ?? [];

/**
 * The entries a page shows, in a stable order. `listed` is what an index page lists (its page of the
 * list, in order); pages that summarise the whole site depend on all of it.
 */
export function pageDependencies(
  route: Route,
  site: Content,
  listed?: readonly { collection: SiteEntry['collection']; slug: string }[],
): SiteEntry[] {
  const of = (collection: SiteEntry['collection']) => site.entries.filter((e) => e.collection === collection);
  const translations = (collection: SiteEntry['collection'], slug: string) =>
    bySlug(site).get(`${collection}/${slug}`) ?? [];
  if (route.kind === 'entry') {
    const own = translations(route.collection, route.slug);
    // The centres it names (their titles), the stories and videos a centre lists, the handbook's order.
    const named = [...new Set(own.flatMap(centresOf))].flatMap((slug) => translations('centres', slug));
    const listing =
      route.collection === 'centres'
        ? [...of('stories'), ...of('videos')].filter((e) => centresOf(e).includes(route.slug))
        : [];
    const handbook = route.collection === 'guidelines' ? of('guidelines') : [];
    return [...new Set([...own, ...named, ...listing, ...handbook])].sort((a, b) =>
      a.entry.id.localeCompare(b.entry.id),
    );
  }
  if (route.kind === 'index' && listed) {
    const shown = listed.flatMap((item) => translations(item.collection, item.slug));
    return [...new Set([...shown, ...shown.flatMap(centresOf).flatMap((slug) => translations('centres', slug))])];
  }
  return site.entries;
}

/** The cache key: changes whenever the route or any entry it depends on changes. */
export function pageCacheKey(route: Route, site: Content, listed?: Parameters<typeof pageDependencies>[2]): string {
  // The route without the entries it carries: those are digested below, by their content digest.
  const {
    entry: _entry,
    translations: _translations,
    ...page
  } = route as Route & { entry?: unknown; translations?: unknown };
  const hash = createHash('sha256').update(JSON.stringify(page));
  for (const e of pageDependencies(route, site, listed)) hash.update(`\n${e.entry.id} ${String(e.entry.digest)}`);
  return hash.digest('hex').slice(0, 32);
}
