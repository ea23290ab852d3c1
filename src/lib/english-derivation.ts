/**
 * Word families for English query words that Pagefind's own (Snowball) stemmer keeps apart: an
 * adjective and the noun it comes from (`municipal` / `municipality`, `entrepreneurial` /
 * `entrepreneurship`, `accessible` / `accessibility`). One Latinate adjective suffix is removed and
 * the rest is searched as a prefix, as Pagefind matches words.
 */

/** Adjective suffixes, longest first. */
const suffixes = ['ational', 'ional', 'ible', 'able', 'ial', 'ive', 'ous', 'al', 'ic'];
/** A shorter root would match unrelated words. */
const minimumRoot = 5;

/** The root of an English word's family, or the word itself when no rule applies. */
export function englishRoot(typed: string): string {
  const word = typed.toLowerCase();
  const suffix = suffixes.find((end) => word.endsWith(end) && word.length - end.length >= minimumRoot);
  return suffix ? word.slice(0, -suffix.length) : word;
}

/** Inflections to take off before asking whether the index has a word: it holds the text's forms, Pagefind compares stems. */
const inflections = ['ations', 'ation', 'ings', 'ing', 'ers', 'ies', 'ied', 'es', 'ed', 'er', 'ly', 's', 'e'];

/** The beginning an English word shares with its other forms (`mobilising`, `mobilisation` → `mobilis`). */
export function englishLookupStem(typed: string): string {
  const word = typed.toLowerCase();
  const ending = inflections.find((end) => word.endsWith(end) && word.length - end.length >= 4);
  return ending ? word.slice(0, -ending.length) : word;
}
