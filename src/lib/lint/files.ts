/**
 * Every file under the content root, sorted into what a collection reads (`<collection>/<lv|en>/<slug>.mdx`),
 * what entries use (images next to them, content/contact.json), and mistakes, each with where it should go.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isLocale, locales, type Locale } from '../../i18n/index.ts';
import { collectionNames, nearestKey, slugPattern, slugify, type CollectionName } from '../fields/index.ts';
import { bilingual } from '../editor-messages.ts';
import type { LintProblem } from './types.ts';

/** An MDX file in its place: a collection's language folder. */
export interface PlacedFile {
  file: string;
  path: string;
  collection: CollectionName;
  locale: Locale;
  name: string;
}

/** Files entries may use: images (posters, pictures in the text). */
export const assetExtensions = /\.(?:png|jpe?g|webp|avif|gif|svg)$/i;

/** Files read by name rather than by a collection. */
const dataFiles = new Set(['contact.json']);

/** How messages name the content folder, whatever CONTENT_ROOT a test or benchmark points at. */
export const contentFolder = 'content';

/** Sorts the content root's files. `shownRoot` is how file names start, e.g. `content` (as Astro's entry ids do). */
export function contentFiles(
  root: string,
  shownRoot: string,
): { placed: PlacedFile[]; assets: string[]; problems: LintProblem[] } {
  const placed: PlacedFile[] = [];
  const assets: string[] = [];
  const problems: LintProblem[] = [];
  for (const path of walk(root)) {
    const parts = relative(root, path).split(/[\\/]/);
    const file = [shownRoot, ...parts].join('/');
    const problem = (lv: string, en: string) => problems.push({ file, line: 1, message: bilingual(lv, en) });
    const [folder, locale, name, ...deeper] = parts as [string, string?, string?, ...string[]];
    const collection = collectionNames.find((c) => c === folder);
    if (parts.length === 1) {
      if (!dataFiles.has(folder))
        problem(
          `Šis fails nav nevienā kolekcijā: ieraksti ir mapēs ${collectionList(contentFolder)}`,
          `This file is in no collection: entries go into the folders ${collectionList(contentFolder)}`,
        );
    } else if (!collection) {
      const nearest = nearestKey(folder, collectionNames, 3);
      const into = nearest ? `${contentFolder}/${nearest}/` : collectionList(contentFolder);
      problem(
        `Mape ${contentFolder}/${folder}/ nav kolekcija, un tās failus neviens nelasa: pārvietojiet tos uz ${into}`,
        `The folder ${contentFolder}/${folder}/ is not a collection, and nothing reads its files: move them into ${into}`,
      );
    } else if (assetExtensions.test(path)) {
      assets.push(path);
    } else if (/\.md$/i.test(path)) {
      problem(
        `Fails ar paplašinājumu .md netiek lasīts: pārdēvējiet to par ${parts.at(-1)!.replace(/\.md$/i, '.mdx')}`,
        `A file ending in .md is not read: rename it to ${parts.at(-1)!.replace(/\.md$/i, '.mdx')}`,
      );
    } else if (!/\.mdx$/.test(path)) {
      problem(
        `Šo failu neviens nelasa: lejupielādes liek mapē public/downloads/ un saista kā /downloads/${parts.at(-1)}`,
        `Nothing reads this file: downloads go into public/downloads/ and are linked as /downloads/${parts.at(-1)}`,
      );
    } else if (!locale || !name || deeper.length > 0 || !isLocale(locale)) {
      problem(
        `Fails jāliek mapē ${contentFolder}/${collection}/lv/ (latviski) vai ${contentFolder}/${collection}/en/ (angliski)`,
        `Put the file in ${contentFolder}/${collection}/lv/ (Latvian) or ${contentFolder}/${collection}/en/ (English)`,
      );
    } else if (!slugPattern.test(name.replace(/\.mdx$/, ''))) {
      const better = `${slugify(name.replace(/\.mdx$/, '')) || 'ieraksts'}.mdx`;
      problem(
        `Faila nosaukums kļūst par lapas adresi, tāpēc tajā drīkst būt tikai mazie burti bez garumzīmēm, cipari un defises: pārdēvējiet to par ${better}`,
        `The file name becomes the page's address, so it may hold only lower-case letters without diacritics, digits and hyphens: rename it to ${better}`,
      );
    } else {
      placed.push({ file, path, collection, locale, name });
    }
  }
  return { placed, assets, problems };
}

const collectionList = (root: string) => collectionNames.map((c) => `${root}/${c}/${locales[0]}/`).join(', ');

function* walk(dir: string): Generator<string> {
  for (const item of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (item.name.startsWith('.')) continue;
    const path = join(dir, item.name);
    if (item.isDirectory()) yield* walk(path);
    else yield path;
  }
}
