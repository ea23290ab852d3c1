import { localePath } from '../i18n/routes.ts';
import type { Locale } from '../i18n/index.ts';

/**
 * Each language's offline-handbook worker and the scope it controls: Latvian at the site root, English
 * under /en/ (the narrower scope wins there), so the two can be saved apart. The worker builder
 * (scripts/offline/) writes the file; the guidelines index registers it.
 */
export function workerOf(locale: Locale): { file: string; scope: string } {
  return { file: `offline-${locale}.js`, scope: localePath(locale) };
}

/** The prefix of the worker's cache names (Workbox appends "-precache-v2-" and the scope). */
export const handbookCachePrefix = 'dk-handbook';
