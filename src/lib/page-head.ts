/**
 * What a page tells link previews and search engines beyond its title: the card its Open Graph
 * picture shows, its og:type, and its schema.org graph. One function per question, shared by the
 * layout's head and the picture endpoint (src/pages/og/[...image].png.ts), so the two never disagree.
 */
import { getImage } from 'astro:assets';
import contact from '../../content/contact.json';
import { centreStatusKey, htmlLang, otherLocale, useTranslations, type UiKey } from '../i18n/index';
import { localePath, sectionPath, type Section } from '../i18n/routes';
import { bestEntry, type Site, type SiteEntry } from './content';
import type { CollectionName } from './collections.ts';
import type { OgCard } from './og-card';
import { canonicalPath, type Route } from './routes';
import {
  articleLd,
  breadcrumbLd,
  guidelineSteps,
  howToLd,
  placeLd,
  plainText,
  projectLd,
  videoLd,
  webPageLd,
  type JsonLd,
} from './structured-data';
import { topicPath } from './topic-routes';
import { isTopic, topicLabel } from './topics';

const typeKey: Record<CollectionName, UiKey> = {
  guidelines: 'type.guideline',
  stories: 'type.story',
  centres: 'type.centre',
  videos: 'type.video',
  pages: 'type.page',
};
const sectionKey: Record<Exclude<CollectionName, 'pages'>, UiKey> = {
  guidelines: 'guidelines.title',
  stories: 'stories.title',
  centres: 'centres.title',
  videos: 'videos.title',
};

/** The picture's address for a page: /og/index.png for the home page, /og/en/stories/x.png for that story. */
export function ogImagePath(route: Pick<Route, 'path'>): string {
  return `/og/${route.path === '/' ? 'index' : route.path.slice(1, -1)}.png`;
}

/** The entry a route shows (the translation, else the original), if it is an entry page. */
function shownEntry(route: Route, site: Site): SiteEntry | undefined {
  return site.entryPages.get(route.path)?.entry;
}

const centreNames = (site: Site, route: Route, slugs: readonly string[]) =>
  slugs.map((slug) => bestEntry(site, 'centres', slug, route.locale)?.entry.data.title ?? slug).join(', ');

/** Title, kind and centre as the link preview's picture shows them. */
export function pageCard(route: Route, site: Site): OgCard {
  const t = useTranslations(route.locale);
  const frame = { siteName: t('site.name'), tagline: t('site.tagline') };
  const entry = shownEntry(route, site);
  if (entry) {
    const data = entry.entry.data as { title: string; centres?: string[]; municipality?: string };
    const centre = data.municipality ?? (data.centres?.length ? centreNames(site, route, data.centres) : undefined);
    return { ...frame, title: data.title, kind: t(typeKey[entry.collection]), centre };
  }
  switch (route.kind) {
    case 'home':
      return { ...frame, title: t('site.tagline'), kind: t('print.years') };
    case 'index':
      return {
        ...frame,
        title: t(sectionKey[route.collection as Exclude<CollectionName, 'pages'>]),
        kind: t(`nav.${route.collection}` as UiKey),
      };
    case 'topic':
      return {
        ...frame,
        title: route.topic && isTopic(route.topic) ? topicLabel(route.topic, route.locale) : t('topics.title'),
        kind: t('topics.title'),
      };
    case 'print':
      return { ...frame, title: t('print.title'), kind: t('guidelines.title') };
    case 'search':
      return { ...frame, title: t('search.title'), kind: t('nav.search') };
    default:
      return { ...frame, title: t('notFound.title'), kind: t('site.name') };
  }
}

/** og:type: articles for stories, a video for videos, a website for everything else. */
export function ogType(route: Route): 'article' | 'video.other' | 'website' {
  if (route.kind !== 'entry') return 'website';
  return route.collection === 'stories' ? 'article' : route.collection === 'videos' ? 'video.other' : 'website';
}

/** The schema.org graph of a page: the initiative, the page as its type, and the trail to it. */
export async function pageGraph(
  route: Route,
  site: Site,
  absolute: (path: string) => string,
  description: string,
): Promise<JsonLd[]> {
  const t = useTranslations(route.locale);
  const initiativeUrl = absolute(localePath(route.locale));
  const project = projectLd({
    name: t('site.name'),
    alternateName: useTranslations(otherLocale(route.locale))('site.name'),
    url: initiativeUrl,
    description: t('home.intro'),
    implementer: contact.implementer.name[route.locale],
    funder: t('org.funder'),
    funderUrl: 'https://www.britishcouncil.lv/',
    area: t('map.latgale'),
  });
  const card = pageCard(route, site);
  const page = {
    name: card.title,
    description,
    url: absolute(canonicalPath(route)),
    inLanguage: htmlLang[route.contentLocale],
    image: absolute(ogImagePath(route)),
    initiativeId: `${initiativeUrl}#initiative`,
  };
  const entry = shownEntry(route, site);
  if (!entry) {
    const trail =
      route.kind === 'topic' && route.topic
        ? [
            { name: t('topics.title'), url: absolute(topicPath(route.locale)) },
            { name: card.title, url: page.url },
          ]
        : [];
    return [
      project,
      webPageLd(page),
      ...(trail.length ? [breadcrumbLd([{ name: t('nav.home'), url: initiativeUrl }, ...trail])] : []),
    ];
  }
  const data = entry.entry.data;
  const trail = [{ name: t('nav.home'), url: initiativeUrl }];
  if (entry.collection !== 'pages')
    trail.push({
      name: t(sectionKey[entry.collection]),
      url: absolute(sectionPath(route.locale, entry.collection as Section)),
    });
  trail.push({ name: data.title, url: page.url });
  return [project, await entryLd(entry, page, route, site, absolute), breadcrumbLd(trail)];
}

async function entryLd(
  entry: SiteEntry,
  page: Parameters<typeof webPageLd>[0],
  route: Route,
  site: Site,
  absolute: (path: string) => string,
): Promise<JsonLd> {
  const t = useTranslations(route.locale);
  const { entry: e } = entry;
  if (e.collection === 'stories')
    return articleLd(
      page,
      e.data.date,
      e.data.centres.map((slug) => bestEntry(site, 'centres', slug, route.locale)?.entry.data.title ?? slug),
    );
  if (e.collection === 'guidelines')
    return howToLd(page, guidelineSteps(e.body ?? ''), t(`audience.${e.data.audience}` as UiKey));
  if (e.collection === 'centres')
    return placeLd(
      { ...page, description: `${page.description} (${t(centreStatusKey[e.data.status])})` },
      e.data.municipality,
      e.data.position,
    );
  if (e.collection === 'videos') {
    const poster = await getImage({
      src: e.data.poster.src,
      width: Math.min(960, e.data.poster.src.width),
      format: 'webp',
    });
    const { source } = e.data;
    return videoLd(page, {
      duration: e.data.duration,
      transcript: plainText(e.body ?? ''),
      thumbnail: new URL(poster.src, absolute('/')).href,
      contentUrl: source.kind === 'file' ? absolute(source.file) : undefined,
      embedUrl:
        source.kind === 'youtube'
          ? `https://www.youtube-nocookie.com/embed/${source.id}`
          : source.kind === 'vimeo'
            ? `https://player.vimeo.com/video/${source.id}`
            : undefined,
    });
  }
  return webPageLd(page);
}
