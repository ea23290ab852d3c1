/** Every address an MDX body names (links, images, reference definitions, JSX href/src), and where it leads. */
import type { MdastNode } from 'satteri';
import { at, nodes } from './body.ts';
import type { LintEntry } from './types.ts';

/** An address as written, with what kind of thing names it and where. */
export interface WrittenUrl {
  url: string;
  /** `link` opens a page; `image` and `media` are loaded by the page itself. */
  role: 'link' | 'image' | 'media';
  /** How the editor wrote it, for the message, e.g. `[…](…)` or `<img src>`. */
  written: string;
  line: number;
  column: number;
}

const mediaAttributes: Record<string, string> = {
  img: 'src',
  source: 'src',
  video: 'src',
  audio: 'src',
  track: 'src',
  iframe: 'src',
  embed: 'src',
  object: 'data',
  link: 'href',
  script: 'src',
};

const listed = new WeakMap<MdastNode, WrittenUrl[]>();

/** The addresses in a body, in file order; listed once per tree, since several rules read them. */
export function urlsOf(tree: MdastNode | undefined): WrittenUrl[] {
  if (!tree) return [];
  const known = listed.get(tree);
  if (known) return known;
  const found: WrittenUrl[] = [];
  const all = nodes(tree) as (MdastNode & Record<string, unknown>)[];
  const imageLabels = new Set(
    all.filter((node) => node.type === 'imageReference').map((node) => String(node.identifier)),
  );
  for (const node of all) {
    const where = at(node);
    if (node.type === 'link')
      found.push({ url: String(node.url), role: 'link', written: `[…](${String(node.url)})`, ...where });
    if (node.type === 'image')
      found.push({ url: String(node.url), role: 'image', written: `![…](${String(node.url)})`, ...where });
    // A reference definition loads an image when an `![…][label]` uses it.
    if (node.type === 'definition')
      found.push({
        url: String(node.url),
        role: imageLabels.has(String(node.identifier)) ? 'image' : 'link',
        written: `[${String(node.label)}]: ${String(node.url)}`,
        ...where,
      });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = String(node.name ?? '').toLowerCase();
      for (const attribute of (node.attributes as { name?: string; value?: unknown }[]) ?? []) {
        if (typeof attribute.value !== 'string' || !attribute.name) continue;
        const media = mediaAttributes[name] === attribute.name.toLowerCase();
        if (media || attribute.name.toLowerCase() === 'href') {
          found.push({
            url: attribute.value,
            role: media ? (name === 'img' ? 'image' : 'media') : 'link',
            written: `<${name} ${attribute.name}="${attribute.value}">`,
            ...where,
          });
        }
      }
    }
  }
  listed.set(tree, found);
  return found;
}

/** At most `length` characters of what was written, marked when cut, for a message. */
export const excerpt = (text: string, length = 60) => (text.length > length ? `${text.slice(0, length)}…` : text);

/** True for an address with a scheme (`https:`, `mailto:`) or a host (`//x`): outside the site's own paths. */
export const hasScheme = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url.trim()) || url.trim().startsWith('//');

/** The scheme of an address as a browser reads it (spaces and control characters ignored), lower-case. */
export function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
}

/** Where a site address leads from a page: its path (trailing slash for pages) and its #anchor. */
export function resolveOnSite(
  url: string,
  entry: Pick<LintEntry, 'pagePath'>,
): { path: string; hash: string; file: boolean } {
  const resolved = new URL(url, `https://site.invalid${entry.pagePath}`);
  const path = decodeURIComponent(resolved.pathname);
  const file = /\.[a-z0-9]+$/i.test(path);
  return {
    path: file || path.endsWith('/') ? path : `${path}/`,
    hash: decodeURIComponent(resolved.hash.slice(1)),
    file,
  };
}
