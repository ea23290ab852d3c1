/**
 * What the offline handbook stores for one language: every page under its guidelines index (print
 * views included), its search page, the files those pages load (stylesheets, scripts, images, the
 * subset fonts) and Pagefind's files for that language. Paths are relative to the build folder.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { sectionPath } from '../../src/i18n/routes.ts';
import { searchDataFile } from '../../src/lib/search-vocabulary.ts';

const pageFile = (path) => `${path.replace(/^\//, '')}index.html`;
/** The full Latin fallback files serve only characters the site's own text never uses (scripts/fonts/subset.mjs). */
const isFallbackFont = (file) => /\/noto-sans-latin(-ext)?-\d+-normal\.[^/]+\.woff2$/.test(file);

/** Same-site files a page or stylesheet names, as paths in the build folder (without the deploy base). */
export function referencedFiles(text, from, base) {
  const found = new Set();
  const patterns = [/\s(?:src|href|poster)="([^"]+)"/g, /\ssrcset="([^"]+)"/g, /url\(\s*["']?([^"')]+)["']?\s*\)/g];
  for (const [i, pattern] of patterns.entries()) {
    for (const m of text.matchAll(pattern)) {
      const refs = i === 1 ? m[1].split(',').map((c) => c.trim().split(/\s+/)[0]) : [m[1]];
      for (const ref of refs) {
        if (!ref || /^(data:|#|[a-z]+:)/i.test(ref)) continue;
        const path = decodeURIComponent(new URL(ref, `https://site.invalid${from}`).pathname);
        if (!path.startsWith(base)) continue;
        const file = path.slice(base.length);
        if (/\.[a-z0-9]+$/i.test(file) && !file.endsWith('.html')) found.add(file);
      }
    }
  }
  return found;
}

/** The files to store for a language, relative to `dir`, each listed once. */
export function handbookFiles(dir, locale, base = '/') {
  const guidelines = pageFile(sectionPath(locale, 'guidelines'));
  const pages = [pageFile(sectionPath(locale, 'search'))];
  const walk = (folder) => {
    for (const item of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const path = posix.join(folder, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.name === 'index.html') pages.push(path);
    }
  };
  if (existsSync(join(dir, posix.dirname(guidelines)))) walk(posix.dirname(guidelines));
  const files = new Set(pages);
  for (const page of pages) {
    const from = `${base}${page.replace(/index\.html$/, '')}`;
    for (const file of referencedFiles(readFileSync(join(dir, page), 'utf8'), from, base)) files.add(file);
  }
  for (const file of [...files].filter((f) => f.endsWith('.css'))) {
    for (const ref of referencedFiles(readFileSync(join(dir, file), 'utf8'), `${base}${file}`, base))
      if (!isFallbackFont(ref)) files.add(ref);
  }
  for (const file of [...files].filter((f) => f.endsWith('.js'))) scriptImports(dir, file, files);
  for (const file of pagefindFiles(dir, locale)) files.add(file);
  return [...files].filter((file) => existsSync(join(dir, file))).sort();
}

/** The chunks a bundled script imports, now or on first use (the search page loads its query logic when a visitor types), added to `files`. */
function scriptImports(dir, file, files) {
  const text = readFileSync(join(dir, file), 'utf8');
  for (const [, ref] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)["'`](\.\.?\/[^"'`$]+\.js)["'`]/g)) {
    const chunk = posix.join(posix.dirname(file), ref);
    if (files.has(chunk) || !existsSync(join(dir, chunk))) continue;
    files.add(chunk);
    scriptImports(dir, chunk, files);
  }
}

/** Pagefind's loader, worker and WebAssembly for the language, and that language's index, filters and excerpts. */
function pagefindFiles(dir, locale) {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
  const language = entry.languages[locale];
  if (!language) return [];
  const own = (folder) =>
    (existsSync(join(dir, 'pagefind', folder)) ? readdirSync(join(dir, 'pagefind', folder)) : [])
      .filter((f) => f.startsWith(`${locale}_`))
      .map((f) => `pagefind/${folder}/${f}`);
  return [
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    `pagefind/pagefind.${language.hash}.pf_meta`,
    `pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`,
    ...own('index'),
    ...own('filter'),
    ...own('fragment'),
    // The index's words and filters, which the search page loads with Pagefind (scripts/search-data.ts).
    `pagefind/${searchDataFile(locale)}`,
  ];
}
