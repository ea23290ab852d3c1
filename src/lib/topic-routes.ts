/**
 * The ways in that are not one entry: a page per topic, the list of topics, and the whole handbook on
 * one printable page. Kept apart from ./routes.ts (entries and section lists) and added to its routes
 * by ./content.ts, so each module stays small.
 */
import { locales, otherLocale, type Locale } from '../i18n/index.ts';
import { printSegment, sectionPath } from '../i18n/routes.ts';
import type { PrintRoute, TopicRoute } from './routes.ts';
import { topicSlugs } from './topics.ts';

/** An entry as these pages need it: where it lives and which topics it carries. */
export interface TopicCarrier {
  locale: Locale;
  entry: { data: { topics: readonly string[] } };
}

/** The address of a topic's page, e.g. `/temas/paaudzu-sadarbiba/`, or of the list of topics. */
export function topicPath(locale: Locale, topic?: string): string {
  return sectionPath(locale, 'topics', topic);
}

/** The whole handbook as one page: `/vadlinijas/drukai/`, `/en/guidelines/print/`. */
export function printPath(locale: Locale): string {
  return sectionPath(locale, 'guidelines', printSegment[locale]);
}

/** Topics that some published entry carries, in the controlled list's order. */
export function usedTopics(entries: readonly TopicCarrier[]): string[] {
  const used = new Set(entries.flatMap((e) => e.entry.data.topics));
  return topicSlugs.filter((slug) => used.has(slug));
}

const pair = (make: (l: Locale) => string) =>
  Object.fromEntries(locales.map((l) => [l, make(l)])) as Record<Locale, string>;

/** A page that exists in both languages, each the other's translation. */
function topicPages(paths: Record<Locale, string>, topic?: string): TopicRoute[] {
  return locales.map((locale) => ({
    path: paths[locale],
    locale,
    kind: 'topic',
    contentLocale: locale,
    fallback: false,
    alternates: paths,
    switchTo: paths[otherLocale(locale)],
    topic,
  }));
}

/**
 * Topic pages for every topic in use, the list of topics, and the print handbook. A print page is a
 * copy of the guidelines for paper: its canonical is the guidelines index (see canonicalPath), so it
 * names no translations and stays out of the sitemap and search.
 */
export function topicAndPrintRoutes(
  entries: readonly TopicCarrier[],
  hasGuidelines: boolean,
): (TopicRoute | PrintRoute)[] {
  const routes: (TopicRoute | PrintRoute)[] = topicPages(pair((l) => topicPath(l)));
  for (const topic of usedTopics(entries))
    routes.push(
      ...topicPages(
        pair((l) => topicPath(l, topic)),
        topic,
      ),
    );
  if (hasGuidelines) {
    for (const locale of locales) {
      routes.push({
        path: printPath(locale),
        locale,
        kind: 'print',
        contentLocale: locale,
        fallback: false,
        alternates: {},
        switchTo: printPath(otherLocale(locale)),
      });
    }
  }
  return routes;
}
