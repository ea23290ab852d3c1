import { en } from './en.ts';
import { lv } from './lv.ts';

/** The site's languages; Latvian is the default and lives at the site root. */
export const locales = ['lv', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'lv';

export type UiKey = keyof typeof lv;
export type UiDictionary = Record<UiKey, string>;

const dictionaries: Record<Locale, UiDictionary> = { lv, en };

/** One value per language, made by `make`: a table that a new language fills in by itself. */
export function perLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(locales.map((locale) => [locale, make(locale)])) as Record<Locale, T>;
}

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The language the switcher offers: on a two-language site, the other one; on more, the first other. */
export function otherLocale(locale: Locale): Locale {
  return locales.find((other) => other !== locale) ?? defaultLocale;
}

/** Returns the interface text for a key in a language. */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UiKey): string => dictionary[key];
}

/** The interface text of each centre status that content/centres may give. */
export const centreStatusKey = {
  working: 'status.working',
  'setting-up': 'status.settingUp',
  starting: 'status.starting',
} as const satisfies Record<string, UiKey>;

/** The interface text of each audience a guideline may name. */
export const audienceKey = {
  teachers: 'audience.teachers',
  community: 'audience.community',
  both: 'audience.both',
} as const satisfies Record<string, UiKey>;

/** BCP 47 tags for `lang` and `hreflang`. */
export const htmlLang: Record<Locale, string> = { lv: 'lv', en: 'en' };
/** Each language with the region whose conventions it follows: dates are formatted by it. */
export const regionalTag: Record<Locale, string> = { lv: 'lv-LV', en: 'en-GB' };
/** The same in Open Graph's language_TERRITORY form, for `og:locale`. */
export const ogLocale = (locale: Locale): string => regionalTag[locale].replace('-', '_');
