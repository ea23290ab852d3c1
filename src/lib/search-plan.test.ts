import { describe, expect, it } from 'vitest';
import { planFor, sameStem, slotsOf, weights } from './search-plan';
import { vocabularyFrom } from './search-vocabulary';

const terms = (typed: string, locale: 'lv' | 'en' = 'lv', vocabulary?: ReturnType<typeof vocabularyFrom>) =>
  planFor(typed, locale, vocabulary).variants.map((variant) => variant.terms);

describe('the words of a query', () => {
  it('leaves out function words, which neither must be on a page nor push one down', () => {
    expect(slotsOf('Kā iesaistīt vecākus un vecvecākus?', 'lv')).toEqual(['iesaistīt', 'vecākus', 'vecvecākus']);
    expect(slotsOf('ka iesaistit vecakus', 'lv')).toEqual(['iesaistit', 'vecakus']);
    expect(slotsOf('how to involve the parents', 'en')).toEqual(['involve', 'parents']);
  });

  it('searches function words when there is nothing else', () => {
    expect(slotsOf('par', 'lv')).toEqual(['par']);
  });
});

describe('the plan of a query', () => {
  it('searches each word by its stem and its word family, and the typed forms together', () => {
    const plan = planFor('iesaistīšana vecākiem', 'lv');
    expect(plan.variants).toEqual([
      { terms: 'iesaistīšan', covers: [0], weight: 1 },
      { terms: 'iesaist', covers: [0], weight: weights.family },
      { terms: 'vecāk', covers: [1], weight: 1 },
      { terms: 'iesaistīšana vecākiem', covers: [0, 1], weight: weights.typed },
    ]);
  });

  it('searches a synonym in both directions, a phrase standing for the words it matches', () => {
    expect(terms('pensionāri')).toContain('senior');
    expect(terms('seniori')).toContain('pensionār');
    expect(terms('vecāka gadagājuma cilvēki')).toContain('senior');
    expect(terms('seniors', 'en')).toContain('older residents');
    expect(terms('older residents', 'en')).toContain('seniors');
    expect(terms('handicraft', 'en')).toContain('embroidery');
    const plan = planFor('sadarbība ar novada domi', 'lv');
    expect(plan.variants.find((variant) => variant.terms === 'pašvaldīb')).toEqual({
      terms: 'pašvaldīb',
      covers: [1, 2],
      weight: weights.synonym,
    });
  });

  it('matches stems that differ only in a short word’s last vowel, not words that merely begin alike', () => {
    expect(sameStem('domi', 'dome')).toBe(true);
    expect(sameStem('talk', 'tālrun')).toBe(false);
  });

  it('with the index vocabulary: corrects a word one letter off, and says so for "Vai domājāt…?"', () => {
    const vocabulary = vocabularyFrom({ words: { zilupes: 4, zilupe: 2, centrs: 3, centrā: 1 } });
    const plan = planFor('Zilpe centrs', 'lv', vocabulary);
    expect(plan.corrected).toBe('zilupe centrs');
    expect(plan.variants.map((variant) => variant.terms).sort()).toEqual(['centr', 'zilup']);
    expect(planFor('Zilupe centrs', 'lv', vocabulary).corrected).toBeUndefined();
  });

  it('does not correct a word the lexicon knows, and drops searches for words the index lacks', () => {
    const vocabulary = vocabularyFrom({ words: { kinds: 9, children: 3, together: 2 } });
    const plan = planFor('kids together', 'en', vocabulary);
    expect(plan.corrected).toBeUndefined();
    expect(plan.variants.map((variant) => variant.terms)).toEqual(['together', 'children']);
  });

  it('finds a compound written as two words, and two words written as a compound', () => {
    const vocabulary = vocabularyFrom({ words: { datorprasmes: 1, datora: 2, prasmes: 3 } });
    expect(terms('datora prasmes', 'lv', vocabulary)).toContain('datorprasm');
    expect(terms('datorprasmes', 'lv', vocabulary)).toContain('dator prasm');
  });

  it('searches a quoted phrase as typed, and nothing for an empty query', () => {
    expect(terms('"kopienu centri"')).toEqual(['"kopienu centri"']);
    expect(terms('   ')).toEqual([]);
  });
});
