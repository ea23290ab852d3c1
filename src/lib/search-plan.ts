/**
 * What to ask Pagefind for one query: each word the visitor typed (function words left out) is a
 * slot, and each slot has variants, searched one by one and weighed by how sure they are: the
 * word's stem, its word family (./latvian-derivation.ts, ./english-derivation.ts), its synonyms
 * (./search-lexicon.ts), the indexed word it was probably meant to be (./search-vocabulary.ts),
 * and, in Latvian, a compound written as one word or two (`datorprasmes` / `datora prasmes`).
 */
import type { Locale } from '../i18n/index';
import { englishLookupStem, englishRoot } from './english-derivation.ts';
import { familyOf, withoutNegation } from './latvian-derivation.ts';
import { stemLatvianWord } from './latvian-stemmer.ts';
import { functionWords, synonymGroups } from './search-lexicon.ts';
import { closestWord, knows, plainLetters, wordsIn, type Vocabulary } from './search-vocabulary.ts';

/** One search: its terms (all required by Pagefind), the slots it stands for, and its weight. */
export interface Variant {
  terms: string;
  covers: number[];
  weight: number;
}
export interface Plan {
  /** The query's words that count, as typed (lower case). */
  slots: string[];
  variants: Variant[];
  /** The query with each unknown word replaced by the indexed word it is one letter off, if any. */
  corrected?: string;
}

/** How much each kind of variant is trusted, against the word as typed or stemmed (1). */
export const weights = {
  typed: 1.2,
  family: 0.8,
  compound: 0.8,
  correction: 0.8,
  synonym: 0.6,
  negation: 0.5,
} as const;

/** The form Pagefind is asked for: the Latvian stem (its words being prefixes), English as typed (Pagefind stems it). */
export const stemOf = (word: string, locale: Locale): string => (locale === 'lv' ? stemLatvianWord(word) : word);
const familyRoot = (word: string, locale: Locale): string => (locale === 'lv' ? familyOf(word) : englishRoot(word));
/** The part of a word that its forms in the index begin with; Pagefind stems English itself. */
const lookupStem = (word: string, locale: Locale): string =>
  locale === 'lv' ? stemLatvianWord(word) : englishLookupStem(word);

/**
 * Two stems name the same word when one begins the other, or all but the last letter of the
 * shorter agree where that letter is a vowel or the stems are long (`domi`, `dome`; `neaizbrauc`,
 * `neaizbrauk`), which short words' endings the stemmer leaves.
 */
export function sameStem(a: string, b: string): boolean {
  const [x, y] = [plainLetters(a), plainLetters(b)];
  if (x.startsWith(y) || y.startsWith(x)) return true;
  const shorter = Math.min(x.length, y.length);
  const lastVowels = /[aeiou]$/.test(x) && /[aeiou]$/.test(y);
  return shorter >= 4 && x.slice(0, shorter - 1) === y.slice(0, shorter - 1) && (shorter >= 6 || lastVowels);
}

/** The query's words worth searching: function words only when there is nothing else. */
export function slotsOf(typed: string, locale: Locale): string[] {
  const words = wordsIn(typed);
  const content = words.filter((word) => !functionWords[locale].has(plainLetters(word)));
  return content.length > 0 ? content : words;
}

/** Each synonym group's members as lists of stems, worked out once per language. */
const memberStems: Partial<Record<Locale, string[][][]>> = {};
const stemmedGroups = (locale: Locale): string[][][] =>
  (memberStems[locale] ??= synonymGroups[locale].map((group) =>
    group.map((member) => wordsIn(member).map((word) => stemOf(word, locale))),
  ));

function synonymVariants(slots: string[], locale: Locale): Variant[] {
  const found: Variant[] = [];
  const slotStems = slots.map((word) => stemOf(word, locale));
  for (const members of stemmedGroups(locale)) {
    for (const [index, member] of members.entries()) {
      for (let start = 0; start + member.length <= slots.length; start++) {
        const matches = member.every((stem, offset) => sameStem(slotStems[start + offset]!, stem));
        if (!matches) continue;
        const covers = member.map((_, offset) => start + offset);
        for (const other of members.filter((_, at) => at !== index))
          found.push({ terms: other.join(' '), covers, weight: weights.synonym });
      }
    }
  }
  return found;
}

/** `datorprasmes` → `dator prasm`, `datora prasmes` → `datorprasm`, when the index has the other form. */
function compoundVariants(slots: string[], vocabulary: Vocabulary): Variant[] {
  const found: Variant[] = [];
  for (const [index, word] of slots.entries()) {
    const next = slots[index + 1];
    if (next) {
      const joined = stemLatvianWord(word) + stemLatvianWord(next);
      if (knows(vocabulary, joined))
        found.push({ terms: joined, covers: [index, index + 1], weight: weights.compound });
    }
    // Both parts must be words of the index: the second as written, the first as a beginning.
    for (let cut = 4; cut <= word.length - 4; cut++) {
      if (!vocabulary.forms.has(plainLetters(word.slice(cut)))) continue;
      const [left, right] = [stemLatvianWord(word.slice(0, cut)), stemLatvianWord(word.slice(cut))];
      if (knows(vocabulary, left)) found.push({ terms: `${left} ${right}`, covers: [index], weight: weights.compound });
    }
  }
  return found;
}

/** The plan for a query; without a vocabulary (not loaded yet) no typo or compound variants. */
export function planFor(typed: string, locale: Locale, vocabulary?: Vocabulary): Plan {
  const slots = slotsOf(typed, locale);
  // A quoted phrase asks for exactly those words, as Pagefind searches them.
  if (typed.includes('"'))
    return {
      slots,
      variants: slots.length > 0 ? [{ terms: typed.trim(), covers: slots.map((_, index) => index), weight: 1 }] : [],
    };
  const synonyms = synonymVariants(slots, locale);
  // A word the lexicon knows is meant as typed, even when the index does not have it (`kids`).
  const meant = new Set(synonyms.flatMap((variant) => variant.covers));
  const variants: Variant[] = [];
  const corrections = new Map<string, string>();
  const known = (term: string) => !vocabulary || knows(vocabulary, lookupStem(term, locale));
  for (const [index, word] of slots.entries()) {
    const stem = stemOf(word, locale);
    variants.push({ terms: stem, covers: [index], weight: 1 });
    const root = familyRoot(word, locale);
    if (plainLetters(root) !== plainLetters(stem))
      variants.push({ terms: root, covers: [index], weight: weights.family });
    const positive = locale === 'lv' ? withoutNegation(word) : undefined;
    const negated = positive !== undefined && !(vocabulary && known(word));
    if (negated) variants.push({ terms: familyOf(positive), covers: [index], weight: weights.negation });
    if (!vocabulary || negated || meant.has(index) || known(word) || knows(vocabulary, root)) continue;
    const closest = closestWord(vocabulary, word, stem);
    if (!closest) continue;
    corrections.set(word, closest);
    variants.push({ terms: stemOf(closest, locale), covers: [index], weight: weights.correction });
  }
  // The words as typed, all together: pages with those very forms go first (`kopienām`).
  const typedForm = slots.join(' ');
  const typedKnown =
    !vocabulary || slots.every((word) => knows(vocabulary, locale === 'lv' ? word : lookupStem(word, locale)));
  if (typedKnown && plainLetters(typedForm) !== plainLetters(slots.map((word) => stemOf(word, locale)).join(' '))) {
    variants.push({ terms: typedForm, covers: slots.map((_, index) => index), weight: weights.typed });
  }
  variants.push(...synonyms);
  if (locale === 'lv' && vocabulary) variants.push(...compoundVariants(slots, vocabulary));
  const corrected =
    corrections.size > 0
      ? wordsIn(typed)
          .map((word) => corrections.get(word) ?? word)
          .join(' ')
      : undefined;
  // A term the index does not have makes Pagefind search for its longest prefix that it has
  // (`kaimiņš` finds `kā`): such a search would only bring pages that have nothing to do with it.
  const searchable = (variant: Variant) => wordsIn(variant.terms).every(known);
  return { slots, variants: unique(variants.filter(searchable)), ...(corrected ? { corrected } : {}) };
}

/** Each search once, with its best weight and every slot it stands for. */
function unique(variants: Variant[]): Variant[] {
  const byTerms = new Map<string, Variant>();
  for (const variant of variants) {
    const key = plainLetters(variant.terms);
    const known = byTerms.get(key);
    if (!known) byTerms.set(key, { ...variant, covers: [...variant.covers] });
    else {
      known.weight = Math.max(known.weight, variant.weight);
      known.covers = [...new Set([...known.covers, ...variant.covers])].sort((a, b) => a - b);
    }
  }
  return [...byTerms.values()];
}
