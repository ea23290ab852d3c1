/**
 * The offline handbook's service workers (scripts/offline/build-worker.mjs), written when the pages and
 * the search index are, so that `astro build` alone gives the whole site. Nothing is installed for a
 * reader until they press "Save for reading offline" on the guidelines index.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildOfflineWorkers } from '../../scripts/offline/build-worker.mjs';

/** `base` is the site's deploy base path, which the workers' file lists carry. */
export function offlineHandbook(base: string): AstroIntegration {
  return {
    name: 'darbigas-kopienas:offline-handbook',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildOfflineWorkers(fileURLToPath(dir), base.replace(/\/?$/, '/'), (line: string) =>
          logger.info(line.replace(/^\[offline\] /, '')),
        );
      },
    },
  };
}
