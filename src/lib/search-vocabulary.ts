/**
 * The words of the search index, from a file written after Pagefind builds it
 * (scripts/search-data.ts): a query word that is in no page is corrected to the indexed word
 * one letter off (`Zilpe` → `zilupe`), both to search for it and to offer "Vai domājāt…?".
 * The search page loads the file with Pagefind, only once a visitor searches.
 */
import type { Locale } from '../i18n/index';

/** Lower case without diacritics, as visitors often type: `Centri` and `centri` match `centrī`. */
export const plainLetters = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** The words of a text as the index counts them: letters and digits, in lower case. */
export const wordsIn = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The search data file: each indexed word (lower case) with how many times it occurs, and for
 * each filter value the ids of the pages that carry it (`type` → `guideline` → ids).
 */
export type SearchDataFile = { words: Record<string, number>; filters: Record<string, Record<string, string[]>> };
/** Where the build writes one language's search data, inside Pagefind's bundle folder. */
export const searchDataFile = (locale: Locale): string => `search-data-${locale}.json`;

/** Loads a language's search data from the bundle; search works without it (a build without the file, a failed request). */
export async function fetchSearchData(bundle: string, locale: Locale): Promise<SearchDataFile | undefined> {
  try {
    const response = await fetch(`${bundle}${searchDataFile(locale)}`);
    return response.ok ? ((await response.json()) as SearchDataFile) : undefined;
  } catch {
    return undefined;
  }
}

export interface Vocabulary {
  /** Folded words, sorted, for prefix look-ups. */
  plain: string[];
  /** For each folded word, its written forms, most frequent first, and how often the folded word occurs. */
  forms: Map<string, { words: string[]; count: number }>;
}

export function vocabularyFrom(file: Pick<SearchDataFile, 'words'>): Vocabulary {
  const forms = new Map<string, { words: string[]; count: number }>();
  const byCount = Object.entries(file.words).sort(([, a], [, b]) => b - a);
  for (const [word, count] of byCount) {
    const key = plainLetters(word);
    const known = forms.get(key) ?? { words: [], count: 0 };
    known.words.push(word);
    known.count += count;
    forms.set(key, known);
  }
  return { plain: [...forms.keys()].sort(), forms };
}

/** True when some indexed word begins with `prefix` (compared without diacritics). */
export function knows(vocabulary: Vocabulary, prefix: string): boolean {
  const wanted = plainLetters(prefix);
  const { plain } = vocabulary;
  let low = 0;
  let high = plain.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (plain[middle]! < wanted) low = middle + 1;
    else high = middle;
  }
  return plain[low]?.startsWith(wanted) ?? false;
}

/** True when one letter is wrong, missing, extra, or two neighbours are swapped (or none): one typo. */
export function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same += 1;
  if (a.length > b.length) return a.slice(same + 1) === b.slice(same);
  if (a.length < b.length) return a.slice(same) === b.slice(same + 1);
  if (a.slice(same + 1) === b.slice(same + 1)) return true;
  return a[same] === b[same + 1] && a[same + 1] === b[same] && a.slice(same + 2) === b.slice(same + 2);
}

/** The written form to offer: the one a typo off what was typed (`Zilpe` → `zilupe`, not `zilupē`), else the most frequent. */
const writtenForm = (words: string[], typed: string): string =>
  words.find((word) => oneEditApart(typed.toLowerCase(), word)) ?? words[0]!;

/** Shorter words have too many neighbours one letter off to guess which was meant. */
const minimumTypo = 4;

/**
 * The indexed word a typed word most likely meant: one letter off (a letter missing, extra,
 * wrong, or two swapped), the whole word first, else the beginning of a longer word one letter
 * off the typed stem (`mobilisēšan` → `mobilizēšanas`); the most frequent wins.
 */
export function closestWord(vocabulary: Vocabulary, typed: string, stem: string): string | undefined {
  const word = plainLetters(typed);
  const root = plainLetters(stem);
  if (word.length < minimumTypo) return undefined;
  let best: { word: string; rank: number } | undefined;
  for (const candidate of vocabulary.plain) {
    const whole = oneEditApart(word, candidate);
    const start =
      !whole &&
      root.length >= 5 &&
      [0, 1, -1].some((extra) => oneEditApart(root, candidate.slice(0, root.length + extra)));
    if (!whole && !start) continue;
    const form = vocabulary.forms.get(candidate)!;
    const rank = form.count + (whole ? 1e6 : 0);
    if (!best || rank > best.rank) best = { word: writtenForm(form.words, typed), rank };
  }
  return best?.word;
}
