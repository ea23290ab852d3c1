/**
 * Pages gate: every page has a heading and the language of its address (Latvian at /, English under
 * /en/), and the header's language switcher (a.lang) leads to the counterpart page, which leads back.
 */
import { DomUtils, ElementType } from 'htmlparser2';
import { localeOfPath } from '../../src/i18n/routes';
import { firstElement, isNotFoundPage, parseHtml, sitePath, tags, type HtmlDocument } from './head-html';

/** The language a page at `path` must be in: its address says. */
export const languageOf = localeOfPath;

/** Where the header's language switcher leads, as a site path; undefined when there is none. */
export function switcherTarget(html: string, base = '/'): string | undefined {
  const header = firstElement(parseHtml(html), 'header');
  const link = (header ? tags(header, 'a') : []).find((a) => (a.attrs['class'] ?? '').split(/\s+/).includes('lang'));
  return link?.attrs['href'] === undefined ? undefined : sitePath(link.attrs['href'], base);
}

export function pageProblems(path: string, html: string): string[] {
  const page = parseHtml(html);
  const lang = tags(page, 'html')[0]?.attrs['lang'];
  const problems =
    lang === languageOf(path) ? [] : [`${path}: <html lang="${lang ?? ''}">, expected "${languageOf(path)}"`];
  return [...problems, ...oneHeading(path, page)];
}

/** The switcher on each page leads to a page in the other language whose switcher leads back. */
export function switcherProblems(pages: Map<string, string>, base = '/'): string[] {
  const problems: string[] = [];
  for (const [path, html] of pages) {
    const target = switcherTarget(html, base);
    if (!target) {
      problems.push(`${path}: no language switcher (a.lang) in the header`);
      continue;
    }
    const other = pages.get(target);
    if (other === undefined) problems.push(`${path}: the language switcher leads to ${target}, which is not a page`);
    else if (languageOf(target) === languageOf(path))
      problems.push(`${path}: the language switcher leads to ${target}, in the same language`);
    else if (!isNotFoundPage(path) && switcherTarget(other, base) !== path) {
      problems.push(
        `${path}: the language switcher leads to ${target}, whose switcher leads to ${switcherTarget(other, base)}, not back`,
      );
    }
  }
  return problems;
}

/** The language an element's text is in: its own `lang`, or its nearest ancestor's. */
function langOf(node: Node | null): string | undefined {
  for (let at = node; at; at = at.parent) if ('attribs' in at && at.attribs['lang']) return at.attribs['lang'];
  return undefined;
}
type Node = HtmlDocument['children'][number];

function oneHeading(path: string, page: HtmlDocument): string[] {
  const h1s = tags(page, 'h1').length;
  return h1s === 1 ? [] : [`${path}: ${h1s} <h1> headings, expected 1`];
}

/**
 * The page a missing address gets: GitHub Pages serves one 404.html for every address, so it names
 * itself in every language (`titles`: language → title), each in an element marked with that language.
 */
export function notFoundProblems(address: string, html: string, titles: Record<string, string>): string[] {
  const document = parseHtml(html);
  const problems = oneHeading(address, document);
  for (const [lang, title] of Object.entries(titles)) {
    const named = DomUtils.filter(
      (node) => node.type === ElementType.Text && 'data' in node && node.data.includes(title),
      document,
    );
    if (!named.some((text) => langOf(text) === lang))
      problems.push(`${address}: no text "${title}" marked lang="${lang}"`);
  }
  return problems;
}
