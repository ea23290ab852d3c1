/**
 * After Astro and Pagefind (src/integrations/offline-handbook.ts runs it): bundles scripts/offline/worker.js
 * with Workbox, then has Workbox's injectManifest write one worker per language into the build folder with
 * the list of files it stores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { locales } from '../../src/i18n/index.ts';
import { workerOf } from '../../src/lib/offline-worker.ts';
import { handbookFiles } from './manifest.mjs';

/** Writes each language's worker into `outDir` for a site served under `base`; `log` hears what each stores. */
/** @param {string} outDir @param {string} base @param {(line: string) => void} [log] */
export async function buildOfflineWorkers(outDir, base, log = () => {}) {
  const temp = mkdtempSync(join(tmpdir(), 'dk-worker-'));
  const source = join(temp, 'worker.js');
  await build({
    entryPoints: [new URL('./worker.js', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'iife',
    outfile: source,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });

  for (const locale of locales) {
    const files = handbookFiles(outDir, locale, base);
    const { count, size, warnings } = await injectManifest({
      swSrc: source,
      swDest: join(outDir, workerOf(locale).file),
      globDirectory: outDir,
      globPatterns: files,
      // Astro and Vite put the content hash into every /_astro/ name: no second revision needed.
      dontCacheBustURLsMatching: /^_astro\//,
      maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
    });
    for (const warning of warnings) console.warn(`[offline] ${warning}`);
    log(`[offline] ${locale}: ${count} files, ${(size / 1024).toFixed(0)} KB`);
  }
  rmSync(temp, { recursive: true, force: true });
}
