import { en } from './en.ts';
import { lv } from './lv.ts';

/** The site's languages; Latvian is the default and lives at the site root. */
export const locales = ['lv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'lv';

export type UiKey = keyof typeof lv;
export type UiDictionary = Record<UiKey, string>;

const dictionaries: Record<Locale, UiDictionary> = { lv, en };

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The other language of a two-language site. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'lv' ? 'en' : 'lv';
}

/** Returns the interface text for a key in a language. */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UiKey): string => dictionary[key];
}

/** The interface text of each centre status that content/centres may give. */
export const centreStatusKey = { working: 'status.working', 'setting-up': 'status.settingUp', starting: 'status.starting' } as const satisfies Record<string, UiKey>;

/** BCP 47 tags for `hreflang` and `og:locale`. */
export const htmlLang: Record<Locale, string> = { lv: 'lv', en: 'en' };
