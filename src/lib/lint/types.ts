/** What the content linter works on and what it reports. */
import type { Document, LineCounter } from 'yaml';
import type { MdastNode } from 'satteri';
import type { Locale } from '../../i18n/index.ts';
import type { CollectionName } from '../fields/index.ts';
import type { Route } from '../routes.ts';

/** One mistake, where the editor's file shows it: `line` counts from the file's first line (frontmatter included). */
export interface LintProblem {
  /** The file as the editor names it, e.g. `content/stories/lv/zilupe.mdx`. */
  file: string;
  line: number;
  column?: number | undefined;
  /** What was written, what to write instead, in Latvian then English (see ../editor-messages.ts). */
  message: string;
}

/** Problems at the lines of one file, before the file is known to the reporter. */
export type Finding = Omit<LintProblem, 'file'>;

/** The frontmatter as the yaml library read it, with what is needed to find a key's line. */
export interface Frontmatter {
  data: Record<string, unknown>;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Lines before the YAML text in the file (the opening `---`, and nothing else). */
  lineOffset: number;
}

/** One MDX entry, read once: its place, its frontmatter and its body as a syntax tree. */
export interface LintEntry {
  file: string;
  /** The file's path on disk, to find images next to it. */
  path: string;
  collection: CollectionName;
  locale: Locale;
  /** The URL slug: the file name, or the frontmatter's `slug`. */
  slug: string;
  frontmatter: Frontmatter;
  /** The data after the schema parsed it. */
  data: EntryData;
  /** The body's mdast, positions as in the file; undefined when the body could not be parsed. */
  tree: MdastNode | undefined;
  /** The page's site path, e.g. `/centri/zilupe/`. */
  pagePath: string;
}

/** The fields the cross-entry rules read, whatever the collection. */
export interface EntryData {
  title: string;
  slug?: string;
  draft?: boolean;
  order?: number;
  centres?: string[];
  guidelines?: string[];
}

/** All entries at once, with the pages they make: what cross-entry rules look things up in. */
export interface LintSite {
  /** The content root as messages name it, e.g. `content`. */
  root: string;
  /** The content root on disk. */
  diskRoot: string;
  /** Where public files (videos, downloads) are looked up, e.g. `public`. */
  publicDir: string;
  /** Every entry that has a place, drafts included. */
  entries: LintEntry[];
  /** The pages the build will make (no drafts), by site path. */
  routes: Map<string, Route>;
  /** The `#anchors` each page has (its headings' ids), by site path. */
  anchors: Map<string, Set<string>>;
  /** Images under the content root, which entries show. */
  assets: { file: string; path: string }[];
}

/** A check of one entry. */
export type EntryRule = (entry: LintEntry, site: LintSite) => Finding[];
/** A check across entries; it names the files itself. */
export type SiteRule = (site: LintSite) => LintProblem[];
