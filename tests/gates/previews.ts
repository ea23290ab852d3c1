/**
 * Link-preview and structured-data gate: every page names an Open Graph picture that exists, with
 * its alt text, type, URL and card size; and carries one JSON-LD block whose schema.org nodes have the
 * properties their type needs (an entry page also its own type and a BreadcrumbList).
 */
import { tags } from './head-html';

type Node = Record<string, unknown>;

const absolute = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^/]+\//.test(value);
const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
const named = (value: unknown) => typeof value === 'object' && value !== null && text((value as Node)['name']);

/** Each type's required properties, each with a test of its value. */
const required: Record<string, Record<string, (value: unknown) => boolean>> = {
  Project: { name: text, url: absolute, parentOrganization: named, funder: named },
  WebPage: { name: text, url: absolute },
  Article: {
    headline: text,
    url: absolute,
    image: absolute,
    datePublished: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
    publisher: (v) => typeof v === 'object' && v !== null,
  },
  HowTo: {
    name: text,
    url: absolute,
    step: (v) =>
      Array.isArray(v) &&
      v.length > 0 &&
      v.every((s: Node) => s['@type'] === 'HowToStep' && text(s['name']) && text(s['text'])),
  },
  Place: {
    name: text,
    address: (v) => typeof v === 'object' && v !== null,
    geo: (v) =>
      v === undefined || (typeof (v as Node)['latitude'] === 'number' && typeof (v as Node)['longitude'] === 'number'),
  },
  VideoObject: {
    name: text,
    description: text,
    thumbnailUrl: absolute,
    duration: (v) => typeof v === 'string' && /^PT(\d+H)?(\d+M)?(\d+S)?$/.test(v),
    transcript: text,
  },
  BreadcrumbList: {
    itemListElement: (v) =>
      Array.isArray(v) &&
      v.length > 1 &&
      v.every(
        (item: Node, i) =>
          item['@type'] === 'ListItem' && item['position'] === i + 1 && text(item['name']) && absolute(item['item']),
      ),
  },
};

const typesOf = (node: Node) => ([] as unknown[]).concat(node['@type']).map(String);

/** The schema.org nodes of a page, or the problem that kept them from being read. */
export function jsonLdNodes(html: string): Node[] | string {
  const head = html.split(/<\/head>/i)[0] ?? '';
  const blocks = tags(head, 'script').filter((s) => s.attrs['type'] === 'application/ld+json');
  if (blocks.length !== 1) return `${blocks.length} JSON-LD blocks in the head, expected 1`;
  try {
    const doc = JSON.parse(blocks[0]!.content) as Node;
    if (doc['@context'] !== 'https://schema.org') return 'JSON-LD has no @context https://schema.org';
    return (doc['@graph'] as Node[] | undefined) ?? [doc];
  } catch (error) {
    return `JSON-LD does not parse: ${(error as Error).message}`;
  }
}

/** Problems with a page's structured data; `expected` are the types the page must carry. */
export function structuredDataProblems(path: string, html: string, expected: string[]): string[] {
  const nodes = jsonLdNodes(html);
  if (typeof nodes === 'string') return [`${path}: ${nodes}`];
  const problems: string[] = [];
  for (const node of nodes) {
    for (const type of typesOf(node)) {
      for (const [property, ok] of Object.entries(required[type] ?? {})) {
        if (!ok(node[property]))
          problems.push(
            `${path}: ${type} has no valid "${property}" (${JSON.stringify(node[property])?.slice(0, 80)})`,
          );
      }
    }
  }
  const present = new Set(nodes.flatMap(typesOf));
  for (const type of ['Project', ...expected])
    if (!present.has(type)) problems.push(`${path}: no ${type} in the JSON-LD`);
  return problems;
}

/** Problems with a page's Open Graph tags; `exists` tells whether a site path is a built file. */
export function previewProblems(path: string, html: string, exists: (sitePath: string) => boolean): string[] {
  const head = html.split(/<\/head>/i)[0] ?? '';
  const meta = (key: string) =>
    tags(head, 'meta').find((m) => m.attrs['property'] === key || m.attrs['name'] === key)?.attrs['content'];
  const problems: string[] = [];
  for (const key of ['og:title', 'og:type', 'og:url', 'og:image', 'og:image:alt', 'twitter:card'])
    if (!meta(key)?.trim()) problems.push(`${path}: no ${key}`);
  const image = meta('og:image');
  if (image && !absolute(image)) problems.push(`${path}: og:image ${image} is not a full address`);
  else if (image && !exists(new URL(image).pathname))
    problems.push(`${path}: og:image ${image} is not in the built site`);
  if (meta('og:url') && !absolute(meta('og:url'))) problems.push(`${path}: og:url is not a full address`);
  if (meta('twitter:card') && meta('twitter:card') !== 'summary_large_image')
    problems.push(`${path}: twitter:card is not summary_large_image`);
  return problems;
}
