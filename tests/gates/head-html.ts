/**
 * HTML reading for the gates, by htmlparser2 (a real parser: comments, script text and entities are
 * what a browser takes them for): elements with their attributes, and what a page's head says.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

export type HtmlDocument = ReturnType<typeof parseDocument>;
type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

export interface Tag {
  attrs: Record<string, string>;
  content: string;
}

/** A page parsed once, for gates that ask it several questions. */
export const parseHtml = (html: string): HtmlDocument => parseDocument(html);

const asTag = (element: Element): Tag => ({ attrs: { ...element.attribs }, content: DomUtils.textContent(element) });

/** Every `<name …>` in the HTML, a parsed page or one of its elements, in document order, with its attributes and its text. */
export function tags(html: string | HtmlDocument | Element, name: string): Tag[] {
  return DomUtils.getElementsByTagName(name, typeof html === 'string' ? parseHtml(html) : html).map(asTag);
}

/** The first `<name>` element of a parsed page, to ask about what it holds. */
export const firstElement = (page: HtmlDocument, name: string): Element | undefined =>
  DomUtils.getElementsByTagName(name, page)[0];

/** Every element of a page (or inside one of its elements), in document order. */
export function allElements(html: string | HtmlDocument | Element): { name: string; attrs: Record<string, string> }[] {
  return DomUtils.findAll(() => true, (typeof html === 'string' ? parseHtml(html) : html).children).map((e) => ({
    name: e.name,
    attrs: { ...e.attribs },
  }));
}

export interface Alternate {
  hreflang: string;
  href: string;
}

/** What a page's head tells browsers and search engines about it. */
export interface PageHead {
  lang: string;
  title: string;
  description: string;
  canonical: string[];
  noindex: boolean;
  alternates: Alternate[];
  /** Whether Pagefind indexes the page (it indexes only pages with a data-pagefind-body element). */
  searchable: boolean;
}

export function readHead(html: string): PageHead {
  const page = parseHtml(html);
  const head = firstElement(page, 'head');
  const inHead = (name: string) => (head ? tags(head, name) : []);
  const links = inHead('link');
  const meta = (name: string) => inHead('meta').find((t) => t.attrs['name'] === name)?.attrs['content'] ?? '';
  return {
    lang: tags(page, 'html')[0]?.attrs['lang'] ?? '',
    title: inHead('title')[0]?.content.trim() ?? '',
    description: meta('description').trim(),
    canonical: links.filter((l) => l.attrs['rel'] === 'canonical').map((l) => l.attrs['href'] ?? ''),
    noindex: /\bnoindex\b/.test(meta('robots')),
    alternates: links
      .filter((l) => l.attrs['rel'] === 'alternate' && l.attrs['hreflang'])
      .map((l) => ({ hreflang: l.attrs['hreflang']!, href: l.attrs['href'] ?? '' })),
    searchable: DomUtils.findOne((e) => 'data-pagefind-body' in e.attribs, page.children) !== null,
  };
}

/** The site-relative path of an absolute URL on the site, without the deploy base: `/en/about/`. */
export function sitePath(url: string, base = process.env['BASE_PATH'] ?? '/'): string {
  const pathname = decodeURIComponent(new URL(url, 'https://site.invalid').pathname);
  const prefix = base.replace(/\/$/, '');
  return prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

/** Not-found pages: served for any missing address, so they name no canonical and stay out of the sitemap. */
export const isNotFoundPage = (path: string) => path === '/404.html' || /(^|\/)404\/$/.test(path);
