/**
 * Head gate: every page says its language, title, description and canonical address; translations
 * name each other (hreflang) both ways and only pages that exist; a fallback copy is noindex, names
 * no translations and points its canonical at the original.
 */
import { isNotFoundPage, sitePath, type PageHead } from './head-html';

export function checkHeads(heads: Map<string, PageHead>): string[] {
  const problems: string[] = [];
  for (const [path, head] of heads) {
    const say = (problem: string) => problems.push(`${path}: ${problem}`);
    if (!head.lang) say('<html> has no lang');
    if (!head.title) say('no <title>');
    if (!head.description) say('no <meta name="description">');
    if (isNotFoundPage(path)) continue;

    if (head.canonical.length !== 1) {
      say(`${head.canonical.length} canonical links, expected 1`);
      continue;
    }
    const canonical = sitePath(head.canonical[0]!);
    if (!heads.has(canonical)) say(`canonical ${head.canonical[0]} is not a page of the site`);
    if (head.noindex) {
      if (canonical === path) say('noindex fallback names itself as canonical, not the original');
      else if (heads.get(canonical)?.noindex) say(`canonical ${canonical} is itself noindex`);
      if (head.alternates.length > 0) say('noindex fallback names hreflang translations');
      continue;
    }
    if (canonical !== path) say(`canonical points elsewhere (${canonical}) on an indexable page`);
    problems.push(...alternateProblems(path, head, heads));
  }
  return problems;
}

function alternateProblems(path: string, head: PageHead, heads: Map<string, PageHead>): string[] {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(`${path}: ${problem}`);
  if (head.alternates.length === 0) return problems;
  const seen = new Set<string>();
  for (const { hreflang, href } of head.alternates) {
    if (seen.has(hreflang)) say(`hreflang="${hreflang}" appears twice`);
    seen.add(hreflang);
    const target = sitePath(href);
    const other = heads.get(target);
    if (!other) {
      say(`hreflang="${hreflang}" points at ${href}, which is not a page of the site`);
      continue;
    }
    if (hreflang === 'x-default') continue;
    if (other.lang !== hreflang) say(`hreflang="${hreflang}" points at ${target}, whose lang is "${other.lang}"`);
    if (target !== path && !other.alternates.some((a) => a.hreflang === head.lang && sitePath(a.href) === path)) {
      say(
        `names ${target} as its "${hreflang}" translation, but ${target} does not name ${path} back as hreflang="${head.lang}"`,
      );
    }
  }
  if (!head.alternates.some((a) => a.hreflang === head.lang && sitePath(a.href) === path)) {
    say(`hreflang list does not include the page itself (hreflang="${head.lang}")`);
  }
  return problems;
}
