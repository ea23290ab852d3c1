import { describe, expect, it } from 'vitest';
import { en } from './en';
import { isLocale, otherLocale, useTranslations } from './index';
import { lv } from './lv';
import { localeOfPath, localePath, pagePath, sectionPath, withBase } from './routes';

describe('interface strings', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(lv).sort());
    expect([...Object.values(lv), ...Object.values(en)].filter((text) => text.trim() === '')).toEqual([]);
  });
  it('answers in the language asked', () => {
    expect(useTranslations('lv')('nav.search')).toBe('Meklēt');
    expect(useTranslations('en')('nav.search')).toBe('Search');
  });
});

describe('locale helpers', () => {
  it('knows the two languages and swaps between them', () => {
    expect(isLocale('lv') && isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(otherLocale('lv')).toBe('en');
    expect(otherLocale('en')).toBe('lv');
  });
  it('builds paths with a trailing slash, Latvian at the root', () => {
    expect(localePath('lv')).toBe('/');
    expect(localePath('en')).toBe('/en/');
    expect(sectionPath('lv', 'search')).toBe('/meklet/');
    expect(pagePath('en', 'accessibility')).toBe('/en/accessibility/');
  });
  it("tells a path's language from its prefix, the default language having none", () => {
    expect(['/', '/stasti/x/', '/en/', '/en/stories/x/', '/lv/x/', '/entropy/'].map(localeOfPath)).toEqual([
      'lv',
      'lv',
      'en',
      'en',
      'lv',
      'lv',
    ]);
  });
  it('adds a deploy base once, with or without its trailing slash', () => {
    expect(withBase('/en/', '/')).toBe('/en/');
    expect(withBase('/en/', '/darbigas-kopienas/')).toBe('/darbigas-kopienas/en/');
    expect(withBase('/en/', '/darbigas-kopienas')).toBe('/darbigas-kopienas/en/');
  });
});
