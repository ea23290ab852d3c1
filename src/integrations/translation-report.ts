/**
 * The translation report (`translations.md`: which translations are missing or out of date) written
 * into every build when the pages are, so that `astro build` alone gives editors the whole site.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { reportTranslations } from '../../scripts/translations.ts';

/** `root` is the content folder the build read. */
export function translationReport(root: string): AstroIntegration {
  return {
    name: 'darbigas-kopienas:translation-report',
    hooks: {
      'astro:build:done': ({ dir }) =>
        reportTranslations({ root, out: relative(process.cwd(), fileURLToPath(dir)) || '.', quiet: true }),
    },
  };
}
