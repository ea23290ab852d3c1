/**
 * The sitemap, from the routes the pages were built from: @astrojs/sitemap writes the files, and
 * src/lib/routes.ts says which pages search engines may index and which translations each one has,
 * exactly as the pages' heads say it (both ask the same functions).
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { withBase } from '../i18n/routes.ts';
import { hreflangAlternates, isIndexable, type Route } from '../lib/routes.ts';
import { sharedRoutes } from '../lib/shared-routes.ts';

/** `site` and `base` as in astro.config.mjs: the sitemap gives full addresses. */
export function sitemapFromRoutes(site: string, base: string): AstroIntegration {
  let byPath: Map<string, Route> | undefined;
  // The sitemap asks page by page, after every page is built; the routes are looked up once.
  const routeOf = (url: string): Route | undefined => {
    byPath ??= new Map(sharedRoutes().map((route) => [route.path, route]));
    const path = decodeURIComponent(new URL(url).pathname).slice(withBase('', base).length);
    return byPath.get(path);
  };
  const absolute = (path: string) => new URL(withBase(path, base), site).href;
  return sitemap({
    // Pages outside the routes (the not-found page) and noindex fallback copies stay out.
    filter: (page) => {
      const route = routeOf(page);
      return route !== undefined && isIndexable(route);
    },
    serialize: (item) => {
      const route = routeOf(item.url);
      const links = route
        ? hreflangAlternates(route).map(({ hreflang, path }) => ({ lang: hreflang, url: absolute(path) }))
        : [];
      return { ...item, links };
    },
  });
}
