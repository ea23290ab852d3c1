/**
 * A light stemmer for Latvian query words. Pagefind has no Latvian stemmer but matches word
 * prefixes, so removing a word's ending lets one form find the others: `kopienām` → `kopien`
 * finds `kopienas`, `kopienu`, `kopiena`.
 *
 * Nouns and adjectives follow the light rules of Kreslins' "A stemming algorithm for Latvian"
 * (1996) as Lucene's LatvianStemmer applies them: one case/number/gender/definiteness ending is
 * removed, and consonants palatalised before -u, -a, -i, -iem, -us, -os are restored
 * (`ģimeņu` → `ģimen`). Where š or ž may stand for two plain consonants (`jaunieši` ← `jaunietis`,
 * `brieži` ← `briedis`), the stem stops before it. Verbs add two rules of the same kind: the infinitive -t/-ties, and the
 * -j- of conjugated forms after a vowel, so that `strādāja`, `strādājam` and `strādāt` share `strādā`.
 */

/** Visitors often type without diacritics, so endings are matched on folded letters. */
const plain: Record<string, string> = {
  ā: 'a',
  č: 'c',
  ē: 'e',
  ģ: 'g',
  ī: 'i',
  ķ: 'k',
  ļ: 'l',
  ņ: 'n',
  š: 's',
  ū: 'u',
  ž: 'z',
};
/** Latvian letters without their diacritics (`izšūšana` → `izsusana`), for matching as visitors type. */
export const fold = (word: string): string => word.replace(/[āčēģīķļņšūž]/g, (letter) => plain[letter] ?? letter);

/** Noun and adjective endings, folded, longest first; `true` where the ending palatalises the stem. */
const nominalEndings: [ending: string, palatalises: boolean][] = [
  ['ajiem', false],
  ['ajai', false],
  ['ajam', false],
  ['ajos', false],
  ['ajas', false],
  ['iem', true],
  ['aja', false],
  ['ais', false],
  ['ai', false],
  ['ei', false],
  ['am', false],
  ['em', false],
  ['im', false],
  ['um', false],
  ['us', true],
  ['as', false],
  ['es', false],
  ['os', true],
  ['ij', false],
  ['is', false],
  ['ie', false],
  ['u', true],
  ['a', true],
  ['i', true],
  ['e', false],
  ['o', false],
  ['s', false],
];
/** Only unmarked -u, -a, -i palatalise; -ū, -ā, -ī do not. */
const longVowels = new Set(['ū', 'ā', 'ī']);

/** Restores the plain consonant that a palatalising ending changed, checked in this order. */
const palatalised: [changed: RegExp, plainForm: string][] = [
  [/([pbmv])j$/, '$1'],
  [/šņ$/, 'sn'],
  [/žņ$/, 'zn'],
  [/šļ$/, 'sl'],
  [/žļ$/, 'zl'],
  [/ļņ$/, 'ln'],
  [/ļļ$/, 'll'],
  [/č$/, 'c'],
  [/ļ$/, 'l'],
  [/ņ$/, 'n'],
];
/** Only in the genitive plural (-u) of declensions II, V and VI. */
const genitivePlural: [changed: RegExp, plainForm: string][] = [
  [/kš$/, 'kst'],
  [/ņņ$/, 'nn'],
];

/** Shorter stems match too many unrelated words as prefixes. */
const minimumStem = 4;
const vowel = /[aāeēiīouū]/;

/** Letters Latvian does not use: such a word is a name or English and is left as typed. */
const foreign = /[qwxy]/;

const longEnough = (stem: string) => stem.length >= minimumStem && vowel.test(stem);

/** The stem of one Latvian word, in lower case; short, foreign or unknown words come back unchanged. */
export function stemLatvianWord(typed: string): string {
  const word = typed.toLowerCase();
  if (word.length <= minimumStem || foreign.test(word) || !/^\p{L}+$/u.test(word)) return word;
  const stem = withoutEnding(word, fold(word));
  return longEnough(stem) ? stem : word;
}

function withoutEnding(word: string, folded: string): string {
  if (folded.endsWith('ties')) return verbStem(word.slice(0, -4));
  if (/[aeiou]t$/.test(folded)) return verbStem(word.slice(0, -1));
  const fits = ([end]: [string, boolean]) => folded.endsWith(end) && longEnough(word.slice(0, -end.length));
  const found = nominalEndings.find(fits);
  if (!found) return word;
  const [ending, palatalises] = found;
  const stem = word.slice(0, word.length - ending.length);
  const removed = word.slice(stem.length);
  return verbStem(
    palatalises && !longVowels.has(removed) ? restoreConsonant(stem, removed) : beforeAlternation(stem, ending),
  );
}

function restoreConsonant(stem: string, removed: string): string {
  const rules = removed === 'u' ? [...genitivePlural, ...palatalised] : palatalised;
  const rule = rules.find(([changed]) => changed.test(stem));
  if (rule) return stem.replace(rule[0], rule[1]);
  // š and ž stand for s or t and for z or d (jaunietis, jaunieši): no one plain form is certain,
  // so the stem stops before the consonant and finds both.
  const shorter = stem.slice(0, -1);
  return /[šž]$/.test(stem) && longEnough(shorter) ? shorter : stem;
}

/** `jauniet-is` → `jaunie`: the consonant before -is turns into š or ž in other forms (`jaunieši`). */
function beforeAlternation(stem: string, removed: string): string {
  const shorter = stem.slice(0, -1);
  return removed === 'is' && /[tsdz]$/.test(stem) && longEnough(shorter) ? shorter : stem;
}

/** `strādāj` → `strādā`: the -j- belongs to the conjugated form, not to the verb's stem. */
function verbStem(stem: string): string {
  const shorter = stem.slice(0, -1);
  return /[aāeēiīouū]j$/.test(stem) && longEnough(shorter) ? shorter : stem;
}

/** Every word of a query stemmed; anything that is not a word (numbers, quotes) stays as typed. */
export function stemLatvianQuery(query: string): string {
  return query.replace(/\p{L}+/gu, stemLatvianWord);
}
