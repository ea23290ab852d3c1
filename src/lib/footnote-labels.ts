/**
 * GFM footnotes carry English words ("Footnotes", "Back to reference 1") on every page: the Markdown
 * processor sets them once for the whole site. This plugin writes them in the language of each file.
 */
import type { Element } from 'hast';
import { isLocale, useTranslations, type Locale } from '../i18n/index';

/** The language of a content file from its folder (`content/stories/lv/x.mdx`), if it is in one. */
export function localeOfFile(url: URL | undefined): Locale | undefined {
  const folder = url?.pathname.split('/').at(-2);
  return folder && isLocale(folder) ? folder : undefined;
}

const classes = (node: Element) => ([] as unknown[]).concat(node.properties['className']);

/** The footnotes heading or a back-link in the given language; undefined for any other element. */
export function localizeFootnote(node: Element, locale: Locale): Element | undefined {
  const t = useTranslations(locale);
  if (node.tagName === 'h2' && node.properties['id'] === 'footnote-label') {
    return { ...node, children: [{ type: 'text', value: t('footnotes.label') }] };
  }
  if (node.tagName === 'a' && classes(node).includes('data-footnote-backref')) {
    const reference = /fnref-([^-]+)/.exec(String(node.properties['href']))?.[1] ?? '';
    return { ...node, properties: { ...node.properties, ariaLabel: t('footnotes.back').replace('{n}', reference) } };
  }
  return undefined;
}

/** The Sätteri HTML-tree plugin: for each content file in lv/ or en/, its footnotes in its language. */
export const footnoteLabels = ({ fileURL }: { fileURL: URL | undefined }) => {
  const locale = localeOfFile(fileURL);
  return (
    locale && {
      name: 'footnote-labels',
      element: { filter: ['h2', 'a'], visit: (node: Readonly<Element>) => localizeFootnote(node as Element, locale) },
    }
  );
};
