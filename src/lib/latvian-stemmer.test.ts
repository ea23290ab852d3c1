import { describe, expect, it } from 'vitest';
import { stemLatvianQuery, stemLatvianWord } from './latvian-stemmer';

/** Every form of a word family must stem to the same prefix, so that one form finds the others. */
const families: Record<string, string[]> = {
  kopien: ['kopiena', 'kopienas', 'kopienai', 'kopienu', 'kopienā', 'kopienām', 'kopienās'],
  centr: ['centrs', 'centra', 'centram', 'centrā', 'centri', 'centru', 'centriem', 'centros'],
  pedagog: ['pedagogs', 'pedagoga', 'pedagogam', 'pedagogi', 'pedagogu', 'pedagogiem'],
  skol: ['skola', 'skolas', 'skolai', 'skolu', 'skolā', 'skolām', 'skolās'],
  paaudz: ['paaudze', 'paaudzes', 'paaudzei', 'paaudzi', 'paaudzē', 'paaudzēm'],
  izšūšan: ['izšūšana', 'izšūšanas', 'izšūšanu', 'izšūšanā'],
  ģimen: ['ģimene', 'ģimenes', 'ģimenei', 'ģimeni', 'ģimenē', 'ģimenēm', 'ģimeņu'],
  aglon: ['Aglona', 'Aglonas', 'Aglonā'],
  sociāl: ['sociāls', 'sociālā', 'sociālās', 'sociālajām', 'sociālajiem', 'sociālo'],
};

describe('stemLatvianWord', () => {
  for (const [stem, forms] of Object.entries(families)) {
    it(`brings ${forms.join(', ')} to ${stem}`, () => {
      expect(forms.map(stemLatvianWord)).toEqual(forms.map(() => stem));
    });
  }

  it('matches endings typed without diacritics, as most visitors type', () => {
    expect(['kopienam', 'izsusana', 'paaudzem', 'gimenem'].map(stemLatvianWord)).toEqual([
      'kopien',
      'izsusan',
      'paaudz',
      'gimen',
    ]);
  });

  it('restores a consonant that the ending palatalised', () => {
    expect(stemLatvianWord('brāļiem')).toBe('brāl');
    expect(stemLatvianWord('ģimeņu')).toBe('ģimen');
    expect(stemLatvianWord('kaimiņu')).toBe('kaimin');
  });

  it('stops before a consonant that alternates with š or ž, so that every form shares the prefix', () => {
    expect(['jaunietis', 'jaunieši', 'jauniešiem', 'jauniešu'].map(stemLatvianWord)).toEqual(Array(4).fill('jaunie'));
    expect(['latvietis', 'latvieši', 'latviešu'].map(stemLatvianWord)).toEqual(Array(3).fill('latvie'));
    expect(['briedis', 'brieži'].map(stemLatvianWord)).toEqual(['brie', 'brie']);
    expect(['paaudze', 'paaudžu'].map(stemLatvianWord)).toEqual(['paaudz', 'paaud']);
  });

  it('keeps a long vowel ending from palatalising: -ā is a locative, not a genitive', () => {
    expect(stemLatvianWord('vecmāmiņā')).toBe('vecmāmiņ');
  });

  it("gives a verb's infinitive and conjugated forms a common prefix", () => {
    for (const form of ['strādāt', 'strādāja', 'strādājam'])
      expect('strādāt').toMatch(new RegExp(`^${stemLatvianWord(form)}`));
    expect(stemLatvianWord('darboties')).toBe('darbo');
    expect(stemLatvianWord('sadarbojas')).toBe('sadarbo');
    expect(stemLatvianWord('izšūt')).toBe('izšū');
  });

  it('drops the -j- of -ija nouns so that every case shares the prefix', () => {
    expect(['tradīcija', 'tradīcijas', 'tradīciju', 'tradīcijām'].map(stemLatvianWord)).toEqual(
      Array(4).fill('tradīci'),
    );
  });

  it('leaves short words alone, and never cuts a stem below four letters', () => {
    expect(['un', 'par', 'kas', 'māja'].map(stemLatvianWord)).toEqual(['un', 'par', 'kas', 'māja']);
    expect(stemLatvianWord('zemju')).toBe('zemju'); // zem- would be three letters
    expect(stemLatvianWord('ideja')).toBe('idej'); // not ide-
  });

  it('leaves English words, numbers and names with foreign letters as typed (in lower case)', () => {
    expect(['community', 'every', 'Wi-Fi', '2021', 'quiz'].map(stemLatvianWord)).toEqual([
      'community',
      'every',
      'wi-fi',
      '2021',
      'quiz',
    ]);
  });
});

describe('stemLatvianQuery', () => {
  it('stems each word and keeps numbers and punctuation', () => {
    expect(stemLatvianQuery('kopienu centri 2021')).toBe('kopien centr 2021');
    expect(stemLatvianQuery('Paaudžu sadarbība, skolās')).toBe('paaud sadarbīb, skol');
  });
});
