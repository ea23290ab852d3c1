/**
 * The RSS response of one language: stories and guidelines with their full text, rendered by Astro's
 * container API from the same MDX components the pages use, links made absolute.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { htmlLang, useTranslations, type Locale } from '../i18n/index';
import { withBase } from '../i18n/routes';
import { contentComponents } from './content-components';
import { absoluteLinks, feedOrder, feedPath } from './feed';
import { listFor, loadSite } from './content';
import { topicLabel, isTopic } from './topics';

/** The feed of one language as an RSS 2.0 response. */
export async function feedResponse(locale: Locale, context: APIContext): Promise<Response> {
  const t = useTranslations(locale);
  const site = await loadSite();
  const base = import.meta.env.BASE_URL;
  const origin = (context.site ?? new URL('http://localhost/')).href;
  const absolute = (path: string) => new URL(withBase(path, base), origin).href;
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const listed = [...listFor(site, 'stories', locale), ...listFor(site, 'guidelines', locale)];
  const ordered = feedOrder(
    listed.map((item) => ({
      item,
      collection: item.collection,
      date: 'date' in item.entry.data ? item.entry.data.date : undefined,
      order: 'order' in item.entry.data ? item.entry.data.order : undefined,
    })),
  );
  const items = await Promise.all(
    ordered.map(async ({ item, date }) => {
      const { Content } = await render(item.entry);
      const html = await container.renderToString(Content, { props: { components: contentComponents } });
      return {
        title: item.entry.data.title,
        link: absolute(item.href),
        description: item.entry.data.description,
        content: absoluteLinks(html, origin),
        categories: item.entry.data.topics.filter(isTopic).map((slug) => topicLabel(slug, locale)),
        ...(date ? { pubDate: date } : {}),
      };
    }),
  );
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: absolute('/'),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${htmlLang[locale]}</language><atom:link href="${absolute(feedPath(locale))}" rel="self" type="application/rss+xml"/>`,
  });
}
