/**
 * The Open Graph picture of every page (src/lib/og-image.ts), drawn at build time and kept in the
 * cache folder between builds: /og/index.png, /og/stasti/x.png, /og/en/404.png…
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../lib/content';
import { cachedOgImage, cardKey, drawCards, ogStats } from '../../lib/og-image';
import { ogImagePath, pageCard } from '../../lib/page-head';
import { notFoundRoute, type Route } from '../../lib/routes';

// The same folder astro.config.mjs gives Astro as its cacheDir (CACHE_DIR in tests and the benchmark).
const cacheDir = process.env.CACHE_DIR ?? './node_modules/.astro';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const routes: Route[] = [...site.routes, notFoundRoute()];
  const paths = routes.map((route) => {
    const card = pageCard(route, site);
    // The incremental build copies last build's picture while the card it shows is the same.
    return {
      params: { image: ogImagePath(route).slice('/og/'.length, -'.png'.length) },
      props: { card },
      cacheKey: cardKey(card),
    };
  });
  // Every card drawn here at once, on every core, so that each GET below only reads its file.
  await drawCards(
    paths.map((path) => path.props.card),
    cacheDir,
  );
  // How many cards this build drew, of how many, for `npm run bench` to report.
  writeFileSync(join(cacheDir, 'og-images', 'last-build.json'), JSON.stringify({ ...ogStats, cards: paths.length }));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await cachedOgImage(props['card'], cacheDir);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
