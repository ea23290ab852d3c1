/**
 * Runs after Pagefind in `npm run build`: writes, for each language, the words of the search index
 * and how often each occurs (dist/pagefind/vocabulary-lv.json, …-en.json), read from Pagefind's
 * own page fragments, so that the words are exactly those the index holds. The search page loads
 * its language's file only once a visitor searches, to correct a misspelt word ("Vai domājāt…?").
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Locale } from '../src/i18n/index.ts';
import { vocabularyFile, wordsIn, type VocabularyFile } from '../src/lib/search-vocabulary.ts';

/** Pagefind writes each fragment as gzip of a signature and JSON. */
const signature = 'pagefind_dcd';

interface Fragment { url: string; content: string }

function fragmentsOf(bundle: string): Fragment[] {
  return readdirSync(join(bundle, 'fragment')).map((name) => {
    const text = gunzipSync(readFileSync(join(bundle, 'fragment', name))).toString('utf8');
    return JSON.parse(text.slice(signature.length)) as Fragment;
  });
}

/** A page's language as its HTML says: the index is split the same way. */
function languageOf(outDir: string, url: string): string {
  const html = readFileSync(join(outDir, decodeURIComponent(url), url.endsWith('/') ? 'index.html' : ''), 'utf8');
  return /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? '';
}

/** Writes each language's file; returns how many words each has. */
export function writeVocabularies(outDir: string): Record<string, number> {
  const bundle = join(outDir, 'pagefind');
  // The languages Pagefind made an index for, as its entry file lists them.
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  const locales = Object.keys(entry.languages);
  const words: Record<string, Record<string, number>> = Object.fromEntries(locales.map((locale) => [locale, {}]));
  for (const fragment of fragmentsOf(bundle)) {
    const counts = words[languageOf(outDir, fragment.url)];
    if (!counts) continue;
    // Numbers and one- or two-letter words are never corrected to.
    for (const word of wordsIn(fragment.content).filter((w) => w.length > 2 && /\p{L}/u.test(w))) counts[word] = (counts[word] ?? 0) + 1;
  }
  for (const locale of locales) {
    const file: VocabularyFile = { words: words[locale]! };
    writeFileSync(join(bundle, vocabularyFile(locale as Locale)), JSON.stringify(file));
  }
  return Object.fromEntries(locales.map((locale) => [locale, Object.keys(words[locale]!).length]));
}

if (import.meta.main) {
  const counts = writeVocabularies(process.env['OUT_DIR'] ?? 'dist');
  console.log(`[search-vocabulary] ${Object.entries(counts).map(([locale, n]) => `${locale}: ${n}`).join(', ')} words`);
}
