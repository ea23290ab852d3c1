/** What `npm run new` reads from and writes to the content folder. */
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { locales } from '../../src/i18n/index.ts';
import { bilingual } from '../../src/lib/editor-messages.ts';
import { frontmatterData } from '../../src/lib/lint/frontmatter.ts';
import type { CollectionName } from '../../src/lib/collections.ts';
import type { EntryFile } from './translation-status.ts';

/** An entry file as `npm run new` reads it: for Guidelines, with its order number. */
export interface FolderEntry extends EntryFile {
  order: number | undefined;
}

/** A file to write: its text, or an existing file (a poster image) to copy. Paths are relative to the root. */
export type NewFile = { path: string; text: string } | { path: string; copyFrom: string };

/**
 * The entries of a collection in every language: each with its file (relative to the root), its
 * slug (the file name, unless the frontmatter sets `slug:`) and, for Guidelines, its order number.
 */
export function entriesOf(root: string, collection: CollectionName): FolderEntry[] {
  return locales.flatMap((locale) => {
    const folder = join(root, collection, locale);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const data: Record<string, unknown> = frontmatterData(readFileSync(join(folder, name), 'utf8')) ?? {};
        const slug = typeof data['slug'] === 'string' ? data['slug'] : name.replace(/\.mdx$/, '');
        return {
          collection,
          locale,
          slug,
          file: `${collection}/${locale}/${name}`,
          order: typeof data['order'] === 'number' && Number.isInteger(data['order']) ? data['order'] : undefined,
        };
      });
  });
}

/** The distinct slugs of a collection, sorted, e.g. the Centres a Story can name. */
export function slugsOf(root: string, collection: CollectionName): string[] {
  return [...new Set(entriesOf(root, collection).map((entry) => entry.slug))].sort();
}

/**
 * Writes every file or none: an existing file is never overwritten, because it may hold an
 * editor's work. Returns the paths written.
 */
export function writeFiles(root: string, files: NewFile[]): string[] {
  const existing = files.map((file) => join(root, file.path)).filter((path) => existsSync(path));
  if (existing.length > 0) {
    throw new Error(
      bilingual(
        `Šie faili jau ir, tos nepārrakstīšu: ${existing.join(', ')}`,
        `These files exist already and will not be overwritten: ${existing.join(', ')}`,
      ),
    );
  }
  return files.map((file) => {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    if ('copyFrom' in file) copyFileSync(file.copyFrom, path, constants.COPYFILE_EXCL);
    else writeFileSync(path, file.text, { flag: 'wx' });
    return path;
  });
}
