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
