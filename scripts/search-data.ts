/**
 * Run by the search-index integration (src/integrations/search-index.ts) right after Pagefind: writes, for each language, the words of the search index
 * with how often each occurs, and which pages carry each filter value
 * (dist/pagefind/search-data-lv.json, …-en.json), read from Pagefind's own page fragments, so that
 * both are exactly what the index holds. The search page loads its language's file with Pagefind,
 * once a visitor searches: to correct a misspelt word ("Vai domājāt…?") and to filter and count the
 * pages that several searches found together.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Locale } from '../src/i18n/index.ts';
import { searchDataFile, wordsIn, type SearchDataFile } from '../src/lib/search-vocabulary.ts';

/** Pagefind writes each fragment as gzip of a signature and JSON. */
const signature = 'pagefind_dcd';

interface Fragment {
  id: string;
  url: string;
  content: string;
  filters: Record<string, string[]>;
}

function fragmentsOf(bundle: string): Fragment[] {
  return readdirSync(join(bundle, 'fragment')).map((name) => {
    const text = gunzipSync(readFileSync(join(bundle, 'fragment', name))).toString('utf8');
    // The file is named by the page's id, as search results give it.
    return {
      ...(JSON.parse(text.slice(signature.length)) as Omit<Fragment, 'id'>),
      id: name.replace(/\.pf_fragment$/, ''),
    };
  });
}

/** A page's language as its HTML says: the index is split the same way. */
function languageOf(outDir: string, url: string): string {
  const html = readFileSync(join(outDir, decodeURIComponent(url), url.endsWith('/') ? 'index.html' : ''), 'utf8');
  return /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
}

/** Writes each language's file; returns how many words each has. */
export function writeSearchData(outDir: string): Record<string, number> {
  const bundle = join(outDir, 'pagefind');
  // The languages Pagefind made an index for, as its entry file lists them.
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, unknown>;
  };
  const locales = Object.keys(entry.languages);
  const files: Record<string, SearchDataFile> = Object.fromEntries(
    locales.map((locale) => [locale, { words: {}, filters: {} }]),
  );
  for (const fragment of fragmentsOf(bundle)) {
    const file = files[languageOf(outDir, fragment.url)];
    if (!file) continue;
    for (const [name, values] of Object.entries(fragment.filters)) {
      for (const value of values) ((file.filters[name] ??= {})[value] ??= []).push(fragment.id);
    }
    const counts = file.words;
    // Numbers and one- or two-letter words are never corrected to.
    for (const word of wordsIn(fragment.content).filter((w) => w.length > 2 && /\p{L}/u.test(w)))
      counts[word] = (counts[word] ?? 0) + 1;
  }
  for (const locale of locales)
    writeFileSync(join(bundle, searchDataFile(locale as Locale)), JSON.stringify(files[locale]));
  return Object.fromEntries(locales.map((locale) => [locale, Object.keys(files[locale]!.words).length]));
}
