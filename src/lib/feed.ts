/**
 * The RSS feed of each language: its address, and which entries it carries in which order. Pure, so
 * the endpoint (src/pages/rss.xml.ts) and the head link share one answer.
 */
import type { Locale } from '../i18n/index.ts';
import { localePath } from '../i18n/routes.ts';

/** `/rss.xml` for Latvian, `/en/rss.xml` for English. */
export function feedPath(locale: Locale): string {
  return `${localePath(locale)}rss.xml`;
}

/** What the feed needs of an entry. */
export interface FeedCandidate {
  collection: string;
  /** Publication date of a story; guidelines have none and come after the stories. */
  date?: Date | undefined;
  order?: number | undefined;
}

/**
 * Stories newest first, then the guidelines in handbook order. Guidelines have no publication date in
 * the content, so their items carry none rather than an invented one.
 */
export function feedOrder<T extends FeedCandidate>(items: readonly T[]): T[] {
  const rank = (item: T) => (item.collection === 'stories' ? 0 : 1);
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) || (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0) || (a.order ?? 0) - (b.order ?? 0),
  );
}

/** Links and images inside rendered text as full addresses: a feed reader has no page to resolve them against. */
export function absoluteLinks(html: string, origin: string): string {
  return html.replace(
    /\b(href|src)="(\/[^"/][^"]*|\/)"/g,
    (_, name: string, path: string) => `${name}="${new URL(path, origin).href}"`,
  );
}
