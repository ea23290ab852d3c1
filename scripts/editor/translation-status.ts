/**
 * Which translations are missing or out of date, from each file's last change in git.
 * A commit whose title marks it as a typo fix does not count as a change, so fixing a comma in
 * the Latvian text does not make the English one look out of date (as withastro/docs does with
 * Lunaria's ignored keywords).
 */
import { locales, type Locale } from '../../src/i18n/index.ts';
import type { CollectionName } from '../../src/lib/collections.ts';

/** One language's file of an entry, as the content folder holds it (see content-folder.ts). */
export interface EntryFile {
  collection: CollectionName;
  locale: Locale;
  slug: string;
  file: string;
}

export type TranslationStatus = 'missing' | 'outdated' | 'unknown' | 'current';

/** One entry of the report: its file and last change per language, and which language is behind. */
export interface TranslationRow {
  collection: CollectionName;
  slug: string;
  files: Partial<Record<Locale, string>>;
  changed: Partial<Record<Locale, string | undefined>>;
  status: TranslationStatus;
  behind?: Locale | undefined;
}

/**
 * True for a commit title such as "Labots [typo]" or "typo: komats". Only the title (first line)
 * is read: a squashed pull request lists every commit in its body, real changes included.
 */
export function isTypoFix(title: string): boolean {
  return /\[typo\]/i.test(title) || /^\s*typo:/i.test(title);
}

/**
 * The `git log` whose output `lastChangesFromLog` reads: date, title, then the files changed.
 * core.quotePath=false keeps names with Latvian letters as they are instead of octal escapes.
 */
export const logArguments = [
  '-c',
  'core.quotePath=false',
  'log',
  '--format=%x1e%cI%x1f%s%x1f',
  '--name-only',
  '--relative',
  '--',
  '.',
];

/**
 * Each file's last real change (ISO date) from `git log` output, newest commit first. A file
 * that only typo fixes ever touched keeps the date it was first committed.
 */
export function lastChangesFromLog(log: string): Map<string, string> {
  const real = new Map<string, string>();
  const first = new Map<string, string>();
  for (const record of log.split('\x1e').slice(1)) {
    const [date = '', title = '', names = ''] = record.split('\x1f');
    for (const file of names.split('\n').filter(Boolean)) {
      first.set(file, date);
      if (!real.has(file) && !isTypoFix(title)) real.set(file, date);
    }
  }
  return new Map([...first].map(([file, date]) => [file, real.get(file) ?? date]));
}

/**
 * One row per entry (a slug in a collection): its file and last change in each language, and
 * what is wrong. `changes` is undefined when there is no git history; a file git does not know
 * yet counts as changed `now`.
 */
export function translationRows(
  entries: EntryFile[],
  changes: Map<string, string> | undefined,
  now = new Date().toISOString(),
): TranslationRow[] {
  type Group = { collection: CollectionName; slug: string } & Partial<Record<Locale, string>>;
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.slug}`;
    groups.set(key, { collection: entry.collection, slug: entry.slug, ...groups.get(key), [entry.locale]: entry.file });
  }
  return [...groups.values()].map((group) => {
    const row = {
      collection: group.collection,
      slug: group.slug,
      files: {} as TranslationRow['files'],
      changed: {} as TranslationRow['changed'],
      behind: undefined,
    };
    for (const locale of locales) {
      const file = group[locale];
      if (!file) continue;
      row.files[locale] = file;
      row.changed[locale] = changes && (changes.get(file) ?? now);
    }
    const absent = locales.find((locale) => !row.files[locale]);
    if (absent) return { ...row, status: 'missing', behind: absent };
    const times = locales.map((locale) => Date.parse(row.changed[locale] ?? ''));
    if (times.some(Number.isNaN)) return { ...row, status: 'unknown' };
    const newest = Math.max(...times);
    if (times.every((time) => time === newest)) return { ...row, status: 'current' };
    // The language changed longest ago is the one to bring up to date.
    return { ...row, status: 'outdated', behind: locales[times.indexOf(Math.min(...times))] };
  });
}

const statusOrder: TranslationStatus[] = ['missing', 'outdated', 'unknown', 'current'];

/** Problems first, then by collection and slug, so the list reads as a to-do list. */
export function sortRows(rows: TranslationRow[]): TranslationRow[] {
  return [...rows].sort(
    (a, b) =>
      statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status) ||
      a.collection.localeCompare(b.collection) ||
      a.slug.localeCompare(b.slug),
  );
}

/** What a row's status says, Latvian first. */
export function statusText(row: Pick<TranslationRow, 'status' | 'behind'>): string {
  const behind = row.behind?.toUpperCase();
  const other = locales
    .filter((locale) => locale !== row.behind)
    .map((locale) => locale.toUpperCase())
    .join(', ');
  switch (row.status) {
    case 'missing':
      return `trūkst ${behind} / ${behind} missing`;
    case 'outdated':
      return `${behind} vecāks par ${other} / ${behind} older than ${other}`;
    case 'unknown':
      return 'nav git vēstures / no git history';
    default:
      return 'aktuāls / up to date';
  }
}
