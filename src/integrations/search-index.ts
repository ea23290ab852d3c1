/**
 * The search index, written by Pagefind's Node API when Astro has written the pages, so that
 * `astro build` alone builds the whole site (Starlight indexes the same way). A Pagefind error
 * fails the build: a site whose search finds nothing must not be published quietly.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { writeSearchData } from '../../scripts/search-data.ts';

/** `options` as Pagefind's own (exclude selectors and the like); the index goes to `pagefind/` in the build. */
export function searchIndex(options: pagefind.PagefindServiceConfig): AstroIntegration {
  return {
    name: 'darbigas-kopienas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex(options);
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          const problems = [...errors, ...added.errors, ...written.errors];
          if (problems.length > 0) throw new Error(problems.join('\n'));
          // The index's own words and filters, for typo correction and counts on the search page.
          const words = writeSearchData(site);
          logger.info(
            `search data: ${Object.entries(words)
              .map(([locale, n]) => `${locale} ${n} words`)
              .join(', ')}`,
          );
          logger.info(
            `${added.page_count} pages indexed for search in ${((performance.now() - started) / 1000).toFixed(2)}s`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
