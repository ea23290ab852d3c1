import { defaultLocale, type Locale } from './index.ts';

/** The sections of the site, each with its URL segment per language. */
export const sectionSegments = {
  guidelines: { lv: 'vadlinijas', en: 'guidelines' },
  stories: { lv: 'stasti', en: 'stories' },
  centres: { lv: 'centri', en: 'centres' },
  videos: { lv: 'video', en: 'videos' },
  search: { lv: 'meklet', en: 'search' },
} as const satisfies Record<string, Record<Locale, string>>;

/** Stand-alone pages (the `pages` collection), each with its URL segment per language. */
export const pageSegments = {
  about: { lv: 'par-iniciativu', en: 'about' },
  contact: { lv: 'kontakti', en: 'contact' },
  accessibility: { lv: 'pieklustamiba', en: 'accessibility' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Section = keyof typeof sectionSegments;
export type PageKey = keyof typeof pageSegments;

/** Joins a language prefix and segments into a site-relative path with a trailing slash. */
export function localePath(locale: Locale, ...segments: string[]): string {
  const parts = locale === defaultLocale ? segments : [locale, ...segments];
  const joined = parts.filter(Boolean).join('/');
  return joined ? `/${joined}/` : '/';
}

/** The path of a section index, e.g. `/vadlinijas/` or `/en/guidelines/`. */
export function sectionPath(locale: Locale, section: Section, slug?: string): string {
  return localePath(locale, sectionSegments[section][locale], ...(slug ? [slug] : []));
}

/** The path of a stand-alone page such as about or contact. */
export function pagePath(locale: Locale, page: PageKey): string {
  return localePath(locale, pageSegments[page][locale]);
}

/** Prefixes a site-relative path with the deploy base (e.g. `/repo/` on GitHub Pages). */
export function withBase(path: string, base: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}
