// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readBuiltHead } from './scripts/lib/built-page.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { subsetFonts } from './scripts/fonts/subset.mjs';
import { taskLabels } from './src/lib/task-labels';
import { footnoteLabels } from './src/lib/footnote-labels';

/** The site's public address, set here once; SITE_URL and BASE_PATH override it for other hosts. */
const site = process.env.SITE_URL ?? 'https://darbigas-kopienas.github.io';
const base = process.env.BASE_PATH ?? '/';
/** Tests and the benchmark build fixture content into folders of their own. */
const outDir = process.env.OUT_DIR ?? './dist';
const cacheDir = process.env.CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  output: 'static',
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Shared CSS files are cached once, instead of resent inside every page over slow connections.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['lv', 'en'],
    defaultLocale: 'lv',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    subsetFonts(),
    mdx(),
    sitemap({
      // Fallback copies show the other language's text; their canonical page is the original.
      filter: (page) => !readBuiltHead(page, base, outDir).noindex,
      // Localized paths (/centri/x/ and /en/centres/x/) are paired by each page's own hreflang links.
      serialize: (item) => ({ ...item, links: readBuiltHead(item.url, base, outDir).alternates }),
    }),
  ],
  // Guidelines carry no code; Shiki's inline styles would also break the Content-Security-Policy.
  // Task-list checkboxes are named by their item's text (screen readers otherwise say just "checkbox");
  // footnote words follow each file's language.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [taskLabels, footnoteLabels] }) },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own head-injection directive; the bundler's note about it is noise for editors.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  // Pages whose cache key (src/lib/page-cache-key.ts) and code are unchanged are copied from the last
  // build instead of rendered; CI keeps node_modules/.astro/ and dist/ between runs for it.
  experimental: { incrementalBuild: true },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs its WebAssembly in a worker, and in the page itself when the worker fails or is
      // slow to start (a slow phone): compiling it there needs 'wasm-unsafe-eval' (never plain eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
