/** Builds the site from a content folder of a test's own, into a folder of its own. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A 1×1 PNG, for fixtures that need a real image file. */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The one Centre most fixtures need, as an editor would write `content/centres/lv/zilupe.mdx`. */
export const zilupeCentre = `---
title: Zilupes centrs
description: Vieta, kur satikties.
municipality: Zilupes novads
municipalitySince2021: Ludzas novads
status: working
position: { lat: 56.39, lon: 28.12 }
topics: [digitalas-prasmes]
---
Teksts.
`;

export interface FixtureBuild {
  ok: boolean;
  output: string;
  outDir: string;
  contentDir: string;
}

/** A temporary content root holding the given files (paths relative to it, e.g. `centres/lv/x.mdx`). */
export function makeContent(files: Record<string, string | Uint8Array>, base: 'empty' | 'site' = 'empty'): string {
  const dir = mkdtempSync(join(tmpdir(), 'dk-content-'));
  if (base === 'site') cpSync('content', dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const fixtureBuilds = 'node_modules/.cache/dk-fixtures';

/** Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test…) into process.env; a build must not inherit them. */
const vitestOnly = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;
const buildEnv = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestOnly.test(name)));

/**
 * Runs `npm run build` (Astro with its search index and translation report) with CONTENT_ROOT pointing at the folder;
 * `env` adds settings such as BASE_PATH. The editing interface is left out (CMS=off) unless `env` asks for it: bundling
 * it costs seconds per build.
 */
export function buildSite(contentDir: string, env: Record<string, string> = {}): FixtureBuild {
  // Inside the project: with an outDir outside it, Astro 7 stages chunks in the shared ./.astro/, and
  // two builds at once delete each other's files.
  mkdirSync(fixtureBuilds, { recursive: true });
  const outDir = mkdtempSync(join(fixtureBuilds, 'dist-'));
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    encoding: 'utf8',
    env: {
      ...buildEnv(),
      CONTENT_ROOT: contentDir,
      OUT_DIR: outDir,
      CACHE_DIR: mkdtempSync(join(tmpdir(), 'dk-cache-')),
      ASTRO_TELEMETRY_DISABLED: '1',
      CMS: 'off',
      ...env,
    },
    timeout: 300_000,
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`, outDir, contentDir };
}
