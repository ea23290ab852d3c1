/**
 * Link gate: every address a page refers to inside the site (links, stylesheets, scripts, images and
 * their srcset, video posters, sources and captions, forms) is a page or file of the build, and every
 * #fragment names an id on its target page. Addresses on other sites are collected, never fetched.
 */
import { allElements, parseHtml, tags } from './head-html';

export interface LinkReport {
  problems: string[];
  external: Map<string, Set<string>>;
  checked: number;
}

/** Where each element keeps its addresses; `true` marks attributes whose #fragment must exist. */
const refAttrs: Record<string, [string, boolean][]> = {
  a: [['href', true]],
  area: [['href', true]],
  link: [['href', false]],
  script: [['src', false]],
  img: [
    ['src', false],
    ['srcset', false],
  ],
  source: [
    ['src', false],
    ['srcset', false],
  ],
  video: [
    ['src', false],
    ['poster', false],
  ],
  audio: [['src', false]],
  track: [['src', false]],
  iframe: [['src', false]],
  form: [['action', false]],
  object: [['data', false]],
};

const urls = (attr: string, value: string) =>
  attr === 'srcset'
    ? value
        .split(',')
        .map((c) => c.trim().split(/\s+/)[0] ?? '')
        .filter(Boolean)
    : [value.trim()];

/** Every id (and <a name>) in a page, for #fragment checks. */
export function idsOf(html: string): Set<string> {
  return new Set(
    allElements(html).flatMap(({ attrs }) => [attrs['id'], attrs['name']].filter((id) => id !== undefined)),
  );
}

/**
 * `pages` maps site paths (`/en/about/`, `/404.html`) to their HTML; `isFile` tells whether a site path
 * is a file of the build. `base` is the deploy base the pages' addresses carry (e.g. `/repo/`); `site`
 * the public origin, whose absolute addresses (canonical, hreflang) are checked as internal ones.
 */
export function checkLinks(
  pages: Map<string, string>,
  isFile: (path: string) => boolean,
  base = '/',
  site = 'https://site.invalid',
): LinkReport {
  const prefix = base.replace(/\/$/, '');
  const origin = new URL(site).origin;
  const problems: string[] = [];
  const external = new Map<string, Set<string>>();
  const idCache = new Map<string, Set<string>>();
  let checked = 0;
  for (const [path, full] of pages) {
    const html = parseHtml(full);
    for (const [element, attrs] of Object.entries(refAttrs)) {
      for (const tag of tags(html, element)) {
        for (const [attr, fragments] of attrs) {
          const value = tag.attrs[attr];
          if (value === undefined) continue;
          for (const ref of urls(attr, value)) {
            checked++;
            const problem = checkRef(ref, path, fragments);
            if (problem) problems.push(`${path}: <${element} ${attr}="${ref}"> ${problem}`);
          }
        }
      }
    }
  }
  return { problems, external, checked };

  function checkRef(ref: string, path: string, fragments: boolean): string | undefined {
    if (ref === '') return 'is empty';
    if (/^(data|blob):/i.test(ref)) return undefined;
    const url = new URL(ref, `${origin}${prefix}${path}`);
    if (url.origin !== origin) {
      const pages = external.get(url.href) ?? new Set<string>();
      external.set(url.href, pages.add(path));
      return undefined;
    }
    let target = decodeURIComponent(url.pathname);
    if (prefix) {
      if (!target.startsWith(`${prefix}/`)) return `leads outside the deploy base ${base}`;
      target = target.slice(prefix.length);
    }
    const html = pages.get(target);
    if (html === undefined && !(!target.endsWith('/') && isFile(target))) {
      return pages.has(`${target}/`)
        ? `lacks the trailing slash (${target}/)`
        : `points at ${target}, which is not in the build`;
    }
    const id = decodeURIComponent(url.hash.slice(1));
    if (!fragments || !id || id === 'top' || html === undefined) return undefined;
    if (!idCache.has(target)) idCache.set(target, idsOf(html));
    return idCache.get(target)!.has(id) ? undefined : `names #${id}, but ${target} has no element with that id`;
  }
}

/** The external addresses, most-linked first, one per line with the number of pages linking them. */
export function externalList(external: Map<string, Set<string>>): string {
  return [...external]
    .sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))
    .map(([url, pages]) => `${String(pages.size).padStart(4)}  ${url}`)
    .join('\n');
}
