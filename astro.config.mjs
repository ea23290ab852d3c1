// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { subsetFonts } from './scripts/fonts/subset.mjs';
import { offlineHandbook } from './src/integrations/offline-handbook.ts';
import { taskLabels } from './src/lib/task-labels';
import { footnoteLabels } from './src/lib/footnote-labels';
import { linkBase } from './src/lib/link-base';
import { defaultLocale, locales } from './src/i18n/index.ts';
import { sitemapFromRoutes } from './src/integrations/sitemap.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { cmsPages } from './src/lib/cms/integration.ts';
import { translationReport } from './src/integrations/translation-report.ts';
import { contentRoot } from './src/lib/content-root.ts';
import { contentLint } from './src/lib/lint/integration.ts';

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
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    // First: every content file is checked before anything of it is compiled or evaluated.
    contentLint(),
    subsetFonts(),
    mdx(),
    // /admin/: the editing interface and its pages (CMS=off leaves them out of a test's fixture build).
    cmsPages(),
    // Localized paths (/centri/x/ and /en/centres/x/) are paired by the routes, as in each page's head.
    sitemapFromRoutes(site, base),
    searchIndex({
      // Summaries of other pages (list cards, the guideline handbook list) stay out of the index: each
      // page is found by its own text, so that a list page does not outrank the page it summarises.
      // The facts lists (a story's date, centres and topics; a centre's status, county and topics) and
      // the centres map repeat what the page's text says; indexed, their words would also run together
      // in result excerpts ("Publicēts2026. gada…").
      excludeSelectors: ['.cards', '.handbook', '.facts', '.map', '.counts'],
    }),
    // After the search index: the offline handbook stores each language's index too.
    offlineHandbook(base),
    translationReport(contentRoot),
  ],
  // Guidelines carry no code; Shiki's inline styles would also break the Content-Security-Policy.
  // Task-list checkboxes are named by their item's text (screen readers otherwise say just "checkbox");
  // footnote words follow each file's language; site paths in links keep the deploy base path.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [taskLabels, footnoteLabels, linkBase(base)] }),
  },
  vite: {
    // Sveltia CMS (/admin/ only) can load ~300 code grammars to colour code blocks, which its body editor does
    // not offer: one empty module stands in for all of them (src/lib/cms/no-code-grammars.ts).
    resolve: {
      alias: [
        {
          find: /^@shikijs\/langs\/.+$/,
          replacement: fileURLToPath(new URL('./src/lib/cms/no-code-grammars.ts', import.meta.url)),
        },
      ],
    },
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
