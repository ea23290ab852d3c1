/**
 * The content linter: reads every file under the content root once (frontmatter with `yaml`, body with
 * Sätteri's `mdxToMdast`), checks it against the field rules and the safe MDX subset, and returns every
 * problem with its file and line. Pure and plain-Node-importable: the build (./integration.ts), the
 * `npm run lint:content` command and the tests all run this one function, before anything is compiled.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readFrontmatter } from './frontmatter.ts';
import { checkFields } from './schema-check.ts';
import { parseBody } from './body.ts';
import { contentFiles, type PlacedFile } from './files.ts';
import { buildSite, pagePathOf } from './site.ts';
import { entryRules, siteRules } from './rules/index.ts';
import { bilingual } from '../editor-messages.ts';
import type { EntryData, LintEntry, LintProblem } from './types.ts';

export type { LintProblem } from './types.ts';

export interface LintOptions {
  /** The content folder on disk, e.g. `./content` or a test's fixture folder. */
  root: string;
  /** How messages name the root; Astro's entry ids use the same, e.g. `content`. */
  shownRoot?: string;
  /** Where files linked as `/videos/…` or `/downloads/…` live. */
  publicDir?: string;
}

/** Every problem of the content, sorted by file and line. */
export function lintContent({
  root,
  shownRoot = root.replace(/^\.\//, '').replace(/\/$/, ''),
  publicDir = 'public',
}: LintOptions): LintProblem[] {
  const { placed, assets, problems } = contentFiles(root, shownRoot);
  const entries: LintEntry[] = [];
  for (const file of placed) {
    const read = readSafely(file);
    problems.push(...read.problems.map((p) => ({ file: file.file, ...p })));
    if (read.entry) entries.push(read.entry);
  }
  const site = buildSite(
    shownRoot,
    root,
    publicDir,
    entries,
    assets.map((path) => ({ path, file: `${shownRoot}/${path.slice(root.replace(/\/$/, '').length + 1)}` })),
  );
  for (const entry of site.entries)
    for (const rule of entryRules) problems.push(...rule(entry, site).map((p) => ({ file: entry.file, ...p })));
  for (const rule of siteRules) problems.push(...rule(site));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/** A file the linter cannot read is still named, with the reason, rather than ending the build with a stack trace. */
function readSafely(file: PlacedFile): ReturnType<typeof readEntry> {
  try {
    return readEntry(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      problems: [
        {
          line: 1,
          message: bilingual(
            `Šo failu nevar pārbaudīt (${reason}): pārbaudiet galveni un tekstu vai jautājiet izstrādātājiem`,
            `This file cannot be checked (${reason}): check its fields and text, or ask the developers`,
          ),
        },
      ],
    };
  }
}

/** One file read once: its frontmatter and body problems, and the entry for the cross-entry rules when it has a place. */
function readEntry(file: PlacedFile): { entry?: LintEntry; problems: Omit<LintProblem, 'file'>[] } {
  const read = readFrontmatter(readFileSync(file.path, 'utf8'));
  if ('problems' in read) return { problems: read.problems };
  const fields = checkFields(file.collection, read.frontmatter);
  const parsed = parseBody(read.body);
  const raw = read.frontmatter.data;
  // An entry whose fields are wrong still has its page, so links to it are not reported as broken too.
  const data: EntryData = fields.data ?? {
    title: typeof raw.title === 'string' ? raw.title : '',
    draft: raw.draft === true,
  };
  const slug = typeof data.slug === 'string' ? data.slug : basename(file.name, '.mdx');
  const pagePath = pagePathOf(file.collection, file.locale, slug) ?? '/';
  return {
    entry: {
      file: file.file,
      path: file.path,
      collection: file.collection,
      locale: file.locale,
      slug,
      frontmatter: read.frontmatter,
      data,
      tree: 'tree' in parsed ? parsed.tree : undefined,
      pagePath,
    },
    problems: [...fields.problems, ...('problem' in parsed ? [parsed.problem] : [])],
  };
}
