import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookFiles } from './manifest.mjs';

function dist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dk-offline-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('handbookFiles', () => {
  it('stores a language’s guidelines, search page, their files and its own search index, without the fallback fonts', () => {
    const page = (extra = '') =>
      `<link rel="stylesheet" href="/b/_astro/site.css"><img src="/b/_astro/p.webp" srcset="/b/_astro/p.webp 1x, /b/_astro/p2.webp 2x">${extra}<a href="/b/stasti/x/">x</a><a href="https://example.org/x.js">y</a>`;
    const dir = dist({
      'vadlinijas/index.html': page(),
      'vadlinijas/a/index.html': page(),
      'vadlinijas/a/druka/index.html': page(),
      'meklet/index.html': page('<script src="/b/_astro/search.js"></script>'),
      'stasti/x/index.html': page(),
      'en/guidelines/index.html': page(),
      '_astro/site.css':
        '@font-face{src:url(/b/_astro/noto-sans-400.abc.woff2)}@font-face{src:url(/b/_astro/noto-sans-latin-ext-400-normal.def.woff2)}',
      '_astro/p.webp': '',
      '_astro/p2.webp': '',
      '_astro/search.js': '',
      '_astro/noto-sans-400.abc.woff2': '',
      '_astro/noto-sans-latin-ext-400-normal.def.woff2': '',
      'pagefind/pagefind-entry.json': JSON.stringify({
        languages: { lv: { hash: 'lv_1', wasm: null }, en: { hash: 'en_2', wasm: 'en' } },
      }),
      'pagefind/pagefind.js': '',
      'pagefind/pagefind-worker.js': '',
      'pagefind/pagefind.lv_1.pf_meta': '',
      'pagefind/wasm.unknown.pagefind': '',
      'pagefind/wasm.en.pagefind': '',
      'pagefind/index/lv_a.pf_index': '',
      'pagefind/index/en_a.pf_index': '',
      'pagefind/fragment/lv_b.pf_fragment': '',
      'pagefind/filter/en_c.pf_filter': '',
    });
    expect(handbookFiles(dir, 'lv', '/b/')).toEqual([
      '_astro/noto-sans-400.abc.woff2',
      '_astro/p.webp',
      '_astro/p2.webp',
      '_astro/search.js',
      '_astro/site.css',
      'meklet/index.html',
      'pagefind/fragment/lv_b.pf_fragment',
      'pagefind/index/lv_a.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind.js',
      'pagefind/pagefind.lv_1.pf_meta',
      'pagefind/wasm.unknown.pagefind',
      'vadlinijas/a/druka/index.html',
      'vadlinijas/a/index.html',
      'vadlinijas/index.html',
    ]);
  });
});
