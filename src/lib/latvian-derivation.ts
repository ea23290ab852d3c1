/**
 * Word families for Latvian query words, where the light stemmer's endings are not enough: a verb,
 * its verbal noun and the noun made from it share a root that Pagefind can match as a prefix
 * (`iesaistīt`, `iesaistīšana`, `iesaiste` → `iesaist`; `sadarboties`, `sadarbība` → `sadarb`).
 *
 * The rules work on a stem from ./latvian-stemmer.ts and remove, once, one derivational suffix
 * (longest first), then the vowel that ends a verb's stem (`iesaistī`, `sadarbo`, `mobilizē`):
 * - `-šan-`  verbal nouns: iesaistīšana, mobilizēšana, plānošana
 * - `-ījum-`, `-ojum-`, `-um-`  results of an action: plānojums, pasākums
 * - `-īb-`   abstract nouns: sadarbība, līdzdalība
 * - `-tā(j)-`  doers: skolotājs
 * - `-īg-`, `-isk-`  adjectives from nouns: ilgtspējīgs, kopienisks
 * - the `-t` of an infinitive after a consonant, which the stemmer leaves: sakopt → sakop (sakopšana)
 * A root shorter than five letters would match unrelated words, so the stem is kept then.
 */
import { fold, stemLatvianWord } from './latvian-stemmer.ts';

/** Derivational suffixes as they end a stem, folded, longest first. */
const suffixes = ['ijum', 'ojum', 'san', 'isk', 'um', 'ib', 'ig', 'ta'];
/** A root must be at least this long (folded letters) to be searched as a prefix. */
const minimumRoot = 5;

/** The root of a stemmed word's family, or the stem itself when no rule applies. */
export function latvianRoot(stem: string): string {
  const folded = fold(stem);
  let root = stem;
  const suffix = suffixes.find((end) => folded.endsWith(end) && folded.length - end.length >= minimumRoot - 1);
  if (suffix) root = stem.slice(0, -suffix.length);
  else if (/[bcdgkpz]t$/.test(folded)) root = stem.slice(0, -1);
  // The vowel that ends a verb's stem (iesaistī-t, sadarbo-ties, mobilizē-t) is not in its nouns.
  const withoutVowel = root.replace(/[aāeēiīouū]+$/, '');
  if (withoutVowel.length >= minimumRoot) root = withoutVowel;
  return root.length >= minimumRoot ? root : stem;
}

/** The family root of a word as typed: its stem, then its root. */
export const familyOf = (word: string): string => latvianRoot(stemLatvianWord(word));

/**
 * A negated verb (`nepaliek`, `neaizbrauc`) and the positive one the page may use: the word
 * without its `ne-`, when that is still a word of five letters or more.
 */
export function withoutNegation(word: string): string | undefined {
  const rest = word.slice(2);
  return /^ne/i.test(word) && rest.length >= minimumRoot ? rest : undefined;
}
