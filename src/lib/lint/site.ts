/** The whole content at once: entries with their page addresses, the pages the site will build, and each page's #anchors. */
import GithubSlugger from 'github-slugger';
import type { MdastNode } from 'satteri';
import { locales } from '../../i18n/index.ts';
import { pageSegments, sectionPath } from '../../i18n/routes.ts';
import { listedCollections } from '../collections.ts';
import { buildRoutes, entryPath, type Route } from '../routes.ts';
import { nodes } from './body.ts';
import type { CollectionName } from '../fields/index.ts';
import type { LintEntry, LintSite } from './types.ts';

/** The page address of an entry, or undefined for a page the site has no address for. */
export function pagePathOf(collection: CollectionName, locale: LintEntry['locale'], slug: string): string | undefined {
  return collection === 'pages' && !(slug in pageSegments) ? undefined : entryPath(collection, locale, slug);
}

/** Ids the page templates give beyond the text's headings, so links to them are right. */
const templateAnchors: Partial<Record<Route['kind'] | CollectionName, string[]>> = {
  home: ['latest'],
  search: ['search-results'],
  centres: ['centre-stories', 'centre-videos'],
  guidelines: ['toc-heading'],
};

export function buildSite(
  root: string,
  diskRoot: string,
  publicDir: string,
  entries: LintEntry[],
  assets: LintSite['assets'],
): LintSite {
  // Drafts are checked like every entry (an editor's code must not run either way) but make no page.
  const published = entries.filter((e) => !e.data.draft && pagePathOf(e.collection, e.locale, e.slug));
  const routes = new Map(buildRoutes(published).map((route) => [route.path, route]));
  const anchors = new Map<string, Set<string>>();
  for (const route of routes.values()) {
    const shown = route.kind === 'entry' ? route.entry : undefined;
    anchors.set(
      route.path,
      new Set([
        'main',
        ...(templateAnchors[route.kind] ?? []),
        ...(shown ? (templateAnchors[shown.collection] ?? []) : []),
        ...headingIds(shown?.tree),
      ]),
    );
  }
  return { root, diskRoot, publicDir, entries, routes, anchors, assets };
}

/** The ids Astro gives the headings of a text (github-slugger over the heading's text, as the Markdown processor does). */
function headingIds(tree: MdastNode | undefined): string[] {
  if (!tree) return [];
  const slugger = new GithubSlugger();
  return nodes(tree)
    .filter((node) => node.type === 'heading')
    .map((node) => slugger.slug(textOf(node)));
}

function textOf(node: MdastNode): string {
  const n = node as { value?: unknown; children?: MdastNode[] };
  return typeof n.value === 'string' && node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression'
    ? n.value
    : (n.children ?? []).map(textOf).join('');
}

/** The file an entry page would come from, e.g. `/centri/zilupe/` → `content/centres/lv/zilupe.mdx`, to name a deleted page. */
export function fileOfPath(path: string, site: Pick<LintSite, 'root'>): string | undefined {
  for (const locale of locales) {
    for (const page of Object.keys(pageSegments))
      if (entryPath('pages', locale, page) === path) return `${site.root}/pages/${locale}/${page}.mdx`;
    for (const collection of listedCollections) {
      const prefix = sectionPath(locale, collection);
      const slug = path.startsWith(prefix) ? path.slice(prefix.length).replace(/\/$/, '') : '';
      if (slug && !slug.includes('/')) return `${site.root}/${collection}/${locale}/${slug}.mdx`;
    }
  }
  return undefined;
}
