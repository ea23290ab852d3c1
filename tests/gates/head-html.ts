/**
 * Just enough HTML reading for the gates: tags with their attributes, and what a page's head says.
 * Astro writes compact, well-formed markup, so tag-level matching is reliable here.
 */

export interface Tag { attrs: Record<string, string>; content: string }

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (value: string) => value.replace(/&(amp|quot|#39|lt|gt);/g, (entity) => entities[entity] ?? entity);

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs[m[1]!.toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Every `<name …>` in the HTML; for `script`, `title` and `style` also the text up to the closing tag. */
export function tags(html: string, name: string): Tag[] {
  const hasContent = ['script', 'title', 'style'].includes(name);
  const pattern = hasContent ? new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}>`, 'gi') : new RegExp(`<${name}\\b([^>]*)>`, 'gi');
  return [...html.matchAll(pattern)].map((m) => ({ attrs: attributes(m[1] ?? ''), content: m[2] ?? '' }));
}

export interface Alternate { hreflang: string; href: string }

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
  const head = html.split(/<\/head>/i)[0] ?? '';
  const links = tags(head, 'link');
  const meta = (name: string) => tags(head, 'meta').find((t) => t.attrs['name'] === name)?.attrs['content'] ?? '';
  return {
    lang: tags(html, 'html')[0]?.attrs['lang'] ?? '',
    title: tags(head, 'title')[0]?.content.trim() ?? '',
    description: meta('description').trim(),
    canonical: links.filter((l) => l.attrs['rel'] === 'canonical').map((l) => l.attrs['href'] ?? ''),
    noindex: /\bnoindex\b/.test(meta('robots')),
    alternates: links.filter((l) => l.attrs['rel'] === 'alternate' && l.attrs['hreflang']).map((l) => ({ hreflang: l.attrs['hreflang']!, href: l.attrs['href'] ?? '' })),
    searchable: /\sdata-pagefind-body[\s=>]/.test(html),
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
