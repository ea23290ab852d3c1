/**
 * Links in content. Editors write site paths such as `/centri/zilupe/`; on a host that serves the site
 * under a base path (GitHub Pages: `/repo/`) a link must carry that prefix. A Sätteri HTML-tree plugin, so
 * Markdown rendered at content sync and MDX compiled by @astrojs/mdx get the same links.
 */
import type { Element } from 'hast';
import { withBase } from '../i18n/routes';

/** A site path (`/x/`, not `//host/x`) prefixed with `base`; any other address as it is. */
export function linkWithBase<T>(href: T, base: string): T | string {
  return typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') ? withBase(href, base) : href;
}

/** The plugin for the site's base path (astro.config.mjs passes the one it gives Astro). */
export const linkBase = (base: string) => () => ({
  name: 'link-base',
  element: {
    filter: ['a'],
    visit: (node: Readonly<Element>): Element | undefined => {
      const { href } = node.properties;
      const target = linkWithBase(href, base);
      return target === href ? undefined : { ...node, properties: { ...node.properties, href: target } };
    },
  },
});
