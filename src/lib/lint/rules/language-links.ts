/** A Latvian page links to Latvian pages and an English page to English ones: the reader stays in their language. */
import { bilingual } from '../../editor-messages.ts';
import { hasScheme, resolveOnSite, urlsOf } from '../urls.ts';
import type { EntryRule } from '../types.ts';

const languageName = { lv: { lv: 'latviešu', en: 'Latvian' }, en: { lv: 'angļu', en: 'English' } } as const;

export const sameLanguageLinks: EntryRule = (entry, site) =>
  urlsOf(entry.tree).flatMap(({ url, role, written, line, column }) => {
    if (role !== 'link' || hasScheme(url) || url.startsWith('#')) return [];
    const { path, hash } = resolveOnSite(url, entry);
    const route = site.routes.get(path);
    if (!route || route.locale === entry.locale) return [];
    const instead = `${route.switchTo}${hash ? `#${hash}` : ''}`;
    const own = languageName[entry.locale];
    const theirs = languageName[route.locale];
    return [
      {
        line,
        column,
        message: bilingual(
          `Šī ir ${own.lv} lapa, bet saite ved uz ${theirs.lv} lapu (${written}): rakstiet ${instead}`,
          `This is a${entry.locale === 'en' ? 'n' : ''} ${own.en} page, but the link leads to a${route.locale === 'en' ? 'n' : ''} ${theirs.en} page (${written}): write ${instead}`,
        ),
      },
    ];
  });
