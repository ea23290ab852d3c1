import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRanges, parseRanges, rangesOf, withoutCharacters, writeFonts } from './subset.mjs';

describe('unicode ranges', () => {
  it('merges neighbouring characters and cuts them out of a fallback range', () => {
    expect(formatRanges(rangesOf('abcāčx'))).toBe('U+0061-0063, U+0078, U+0101, U+010D');
    expect(formatRanges(withoutCharacters(parseRanges('U+0000-00FF,U+0100-017F'), 'aāž'))).toBe(
      'U+0000-0060, U+0062-00FF, U+0100, U+0102-017D, U+017F',
    );
  });
});

describe('writeFonts', () => {
  it('cuts both weights to the content’s characters, and leaves only other characters to the full files', async () => {
    const content = mkdtempSync(join(tmpdir(), 'dk-fonts-'));
    mkdirSync(join(content, 'stories/lv'), { recursive: true });
    writeFileSync(join(content, 'stories/lv/x.mdx'), '---\ntitle: Café\n---\nŖēzekne\n');
    const { characters, dir } = await writeFonts({ contentRoot: content, cacheRoot: join(content, '.fonts') });
    expect(characters).toContain('é');
    expect(characters).toContain('Ŗ');
    const css = readFileSync(join(dir, 'fonts.css'), 'utf8');
    const faces = [...css.matchAll(/src: url\('([^']+)'\)[^}]*unicode-range: ([^;]+);/g)].map((m) => ({
      src: m[1]!,
      range: m[2]!,
    }));
    expect(faces.map((f) => f.src)).toEqual([
      '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2',
      '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
      './noto-sans-400.woff2',
      '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2',
      '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2',
      './noto-sans-700.woff2',
    ]);
    const covers = (range: string, c: string) =>
      parseRanges(range).some(([a, b]: [number, number]) => c.codePointAt(0)! >= a && c.codePointAt(0)! <= b);
    for (const face of faces) {
      const subset = face.src.startsWith('./');
      for (const c of 'éŖāō') expect(covers(face.range, c), `${face.src} ${c}`).toBe(subset);
    }
    expect(faces.some((f) => !f.src.startsWith('./') && covers(f.range, 'ŗ'))).toBe(true);
    for (const weight of [400, 700]) {
      const size = statSync(join(dir, `noto-sans-${weight}.woff2`)).size;
      expect(size).toBeGreaterThan(4_000);
      expect(size).toBeLessThan(10_000);
    }
  });
});
