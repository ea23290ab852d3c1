/**
 * Noto Sans, cut at build time to the characters the site prints: one small file per weight (regular,
 * bold) that every page loads, registered with its exact `unicode-range`. Fontsource's Latin and Latin
 * Extended files stay registered for everything else, with ranges that leave out the subset's
 * characters, so a browser fetches them only for a page that prints such a character.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** Always in: printable ASCII, the Latvian letters, Latgalian ō, and the punctuation Latvian and English text use. */
export const baseCharacters =
  Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') +
  'ĀāČčĒēĢģĪīĶķĻļŅņŠšŪūŽžŌō' +
  '\u00a0\u00ad\u2011«»–—‘’‚“”„…•·°§×€©№→←↑↓−';

/** The full fonts the subsets are cut from (Google Fonts' Noto Sans, every glyph) and the weights the site uses. */
const sources = { 400: '400Regular/NotoSans_400Regular.ttf', 700: '700Bold/NotoSans_700Bold.ttf' };
/** Kerning, ligatures, combining marks and Latvian localized forms; the rest (small caps, old-style figures…) is never used. */
const keepFeatures = ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk'];
/** Fontsource's files, the fallback for characters outside the subset. */
const fallbackSubsets = ['latin-ext', 'latin'];

/** Every character of the site's own text: the base set, the interface strings and every content file. */
export function siteCharacters(contentRoot, interfaceDir = 'src/i18n') {
  const chars = new Set(baseCharacters);
  const add = (file) => {
    for (const c of readFileSync(file, 'utf8')) if (c >= ' ') chars.add(c);
  };
  for (const item of readdirSync(interfaceDir))
    if (/\.ts$/.test(item) && !item.includes('.test.')) add(join(interfaceDir, item));
  for (const item of readdirSync(contentRoot, { recursive: true, withFileTypes: true })) {
    if (item.isFile() && /\.(mdx?|json|ya?ml)$/.test(item.name)) add(join(item.parentPath, item.name));
  }
  return [...chars].sort().join('');
}

/** `U+0000-00FF,U+0131` as [first, last] code point pairs. */
export function parseRanges(text) {
  return text.split(',').map((part) => {
    const [first, last = first] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(first, 16), parseInt(last, 16)];
  });
}

/** Code point pairs as CSS `unicode-range`, adjacent points merged. */
export function formatRanges(ranges) {
  const hex = (n) => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

/** The ranges a set of characters covers. */
export function rangesOf(characters) {
  const points = [...new Set([...characters].map((c) => c.codePointAt(0)))].sort((a, b) => a - b);
  const ranges = [];
  for (const p of points) {
    const last = ranges.at(-1);
    if (last && last[1] === p - 1) last[1] = p;
    else ranges.push([p, p]);
  }
  return ranges;
}

/** `ranges` less the code points of `characters`: what a fallback file still serves. */
export function withoutCharacters(ranges, characters) {
  const taken = rangesOf(characters);
  const result = [];
  for (const [first, last] of ranges) {
    let start = first;
    for (const [a, b] of taken) {
      if (b < start || a > last) continue;
      if (a > start) result.push([start, a - 1]);
      start = Math.max(start, b + 1);
    }
    if (start <= last) result.push([start, last]);
  }
  return result;
}

/** The `unicode-range` of each Fontsource subset file, as its own stylesheet registers it. */
function fontsourceRanges(weight) {
  const css = readFileSync(require.resolve(`@fontsource/noto-sans/${weight}.css`), 'utf8');
  return Object.fromEntries(
    [...css.matchAll(/\/\* noto-sans-([a-z-]+)-\d+-normal \*\/[^}]*unicode-range:\s*([^;]+);/g)].map((m) => [
      m[1],
      parseRanges(m[2]),
    ]),
  );
}

const face = (weight, src, range) =>
  `@font-face {\n  font-family: 'Noto Sans';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${weight};\n  src: url('${src}') format('woff2');\n  unicode-range: ${range};\n}\n`;

/** Written whole or not at all: builds of other content folders may read the same cache at once. */
function writeAtomic(file, data) {
  writeFileSync(`${file}.${process.pid}`, data);
  renameSync(`${file}.${process.pid}`, file);
}

/**
 * Writes the subset files and `fonts.css` (which global.css imports as `site-fonts/fonts.css`) into a
 * folder named by the characters, so that builds of different content never share a subset.
 */
export async function writeFonts({ contentRoot, cacheRoot = 'node_modules/.cache/dk-fonts' }) {
  const characters = siteCharacters(contentRoot);
  const dir = resolve(cacheRoot, createHash('sha256').update(characters).digest('hex').slice(0, 16));
  mkdirSync(dir, { recursive: true });
  let css = '/* Written by scripts/fonts/subset.mjs at build time: do not edit. */\n';
  for (const [weight, source] of Object.entries(sources)) {
    const full = readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${source}`));
    const subset = await subsetFont(full, characters, { targetFormat: 'woff2', keepFeatures });
    writeAtomic(join(dir, `noto-sans-${weight}.woff2`), subset);
    // Declared first, checked last: the browser tries the subset before any fallback.
    const ranges = fontsourceRanges(weight);
    for (const name of fallbackSubsets) {
      css += face(
        weight,
        `@fontsource/noto-sans/files/noto-sans-${name}-${weight}-normal.woff2`,
        formatRanges(withoutCharacters(ranges[name], characters)),
      );
    }
    css += face(weight, `./noto-sans-${weight}.woff2`, formatRanges(rangesOf(characters)));
  }
  writeAtomic(join(dir, 'fonts.css'), css);
  return { characters, dir };
}

/** Astro integration: the fonts are cut before every build, dev server and check, from the content being built. */
export function subsetFonts() {
  return {
    name: 'darbigas-kopienas:font-subset',
    hooks: {
      'astro:config:setup': async ({ updateConfig }) => {
        const { dir } = await writeFonts({ contentRoot: process.env.CONTENT_ROOT ?? './content' });
        updateConfig({ vite: { resolve: { alias: { 'site-fonts': dir } } } });
      },
    },
  };
}
