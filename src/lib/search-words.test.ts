import { describe, expect, it } from 'vitest';
import { englishLookupStem, englishRoot } from './english-derivation';
import { familyOf, latvianRoot, withoutNegation } from './latvian-derivation';
import { closestWord, knows, oneEditApart, vocabularyFrom } from './search-vocabulary';

describe('Latvian word families', () => {
  it('gives a verb, its verbal noun and its noun one root', () => {
    for (const family of [
      ['iesaistīšana', 'iesaistīt', 'iesaiste'],
      ['sadarboties', 'sadarbība', 'sadarbojas'],
      ['mobilizēt', 'mobilizēšana'],
    ]) {
      expect(new Set(family.map(familyOf)).size, family.join(', ')).toBe(1);
    }
  });

  it('removes -šana, -ums, -ība, -tājs, -īgs and a consonant infinitive’s -t', () => {
    expect(familyOf('plānošana')).toBe('plāno');
    expect(familyOf('pasākums')).toBe('pasāk');
    expect(familyOf('līdzdalība')).toBe('līdzdal');
    expect(familyOf('skolotājs')).toBe('skolo');
    expect(familyOf('ilgtspējīgs')).toBe('ilgtspēj');
    expect(familyOf('sakopt')).toBe(familyOf('sakopšana'));
  });

  it('keeps the stem when the root would be too short to search as a prefix', () => {
    expect(latvianRoot('mācī')).toBe('mācī');
    expect(familyOf('izšūt')).toBe('izšū');
    expect(familyOf('centrs')).toBe('centr');
  });

  it('finds the positive of a negated verb', () => {
    expect(withoutNegation('nepaliek')).toBe('paliek');
    expect(withoutNegation('neaizbrauc')).toBe('aizbrauc');
    expect(withoutNegation('nevis')).toBeUndefined();
    expect(withoutNegation('kopiena')).toBeUndefined();
  });
});

describe('English word families', () => {
  it('takes an adjective back to the noun it comes from', () => {
    expect(englishRoot('municipal')).toBe('municip');
    expect(englishRoot('entrepreneurial')).toBe('entrepreneur');
    expect(englishRoot('accessible')).toBe('access');
    expect(englishRoot('centre')).toBe('centre');
  });

  it('looks a word up by the beginning its forms share', () => {
    expect(englishLookupStem('mobilising')).toBe('mobilis');
    expect(englishLookupStem('mobilisation')).toBe('mobilis');
    expect(englishLookupStem('families')).toBe('famil');
  });
});

describe('the index vocabulary', () => {
  const vocabulary = vocabularyFrom({
    words: {
      zilupe: 3,
      zilupē: 6,
      zilupes: 5,
      izšūšana: 2,
      prasmes: 4,
      mobilizēšanas: 2,
      rogovka: 2,
      kopienas: 9,
      kopiena: 1,
    },
  });

  it('knows the beginnings of its words, with or without diacritics', () => {
    expect(knows(vocabulary, 'zilup')).toBe(true);
    expect(knows(vocabulary, 'izsus')).toBe(true);
    expect(knows(vocabulary, 'zilp')).toBe(false);
  });

  it('counts one wrong, missing, extra or swapped letter as one edit', () => {
    expect(oneEditApart('rogofka', 'rogovka')).toBe(true);
    expect(oneEditApart('zilpe', 'zilupe')).toBe(true);
    expect(oneEditApart('prasmes', 'prsmes')).toBe(true);
    expect(oneEditApart('agolna', 'aglona')).toBe(true);
    expect(oneEditApart('aglona', 'aglona')).toBe(true);
    expect(oneEditApart('aglona', 'zilupe')).toBe(false);
    expect(oneEditApart('rogovka', 'rogvoak')).toBe(false);
    expect(oneEditApart('kopiena', 'kopienām')).toBe(false);
  });

  it('corrects a word one letter off an indexed word, preferring the more frequent', () => {
    expect(closestWord(vocabulary, 'Zilpe', 'zilp')).toBe('zilupe');
    expect(closestWord(vocabulary, 'kopiens', 'kopien')).toBe('kopienas');
    expect(closestWord(vocabulary, 'Rogofka', 'rogofk')).toBe('rogovka');
    expect(closestWord(vocabulary, 'mobilisēšana', 'mobilisēšan')).toBe('mobilizēšanas');
    expect(closestWord(vocabulary, 'xyzw', 'xyzw')).toBeUndefined();
    expect(closestWord(vocabulary, 'kop', 'kop')).toBeUndefined();
  });
});
