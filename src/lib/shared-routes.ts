/**
 * The routes of the build in progress, handed from the page generator to the integrations that run
 * after it (the sitemap). Astro renders static pages in its own process but from a bundle of its own,
 * so the two sides share no module: they meet on one global, keyed by a registered symbol.
 */
import type { Route } from './routes.ts';

const key = Symbol.for('darbigas-kopienas.routes');
const shelf = globalThis as { [key]?: readonly Route[] };

/** Called by the one route when it has decided which pages exist. */
export function shareRoutes(routes: readonly Route[]): void {
  shelf[key] = routes;
}

/** The routes the pages were built from; a build that rendered no routes has nothing to list. */
export function sharedRoutes(): readonly Route[] {
  const routes = shelf[key];
  if (!routes) throw new Error('No routes were shared by src/pages/[...path].astro: the sitemap cannot be written');
  return routes;
}
