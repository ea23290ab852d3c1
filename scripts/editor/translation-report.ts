/** The translation report as a terminal table and as Markdown for the built site. */
import { locales } from '../../src/i18n/index.ts';
import { statusText, type TranslationRow, type TranslationStatus } from './translation-status.ts';

/** The columns: one date per language, in the locale list's order. */
const headings = [
  'Sadaļa / Section',
  'Ieraksts / Entry',
  ...locales.map((locale) => locale.toUpperCase()),
  'Stāvoklis / Status',
];
const day = (iso: string | undefined) => iso?.slice(0, 10) ?? '—';

function cells(row: TranslationRow): string[] {
  return [
    row.collection,
    row.slug,
    ...locales.map((locale) => (row.files[locale] ? day(row.changed[locale]) : '—')),
    statusText(row),
  ];
}

/** "12 ieraksti: 2 trūkst, 1 novecojis / 12 entries: 2 missing, 1 out of date". */
export function summary(rows: Pick<TranslationRow, 'status'>[]): string {
  const count = (status: TranslationStatus) => rows.filter((row) => row.status === status).length;
  return `${rows.length} ieraksti: ${count('missing')} trūkst tulkojuma, ${count('outdated')} novecojuši / ${rows.length} entries: ${count('missing')} missing a translation, ${count('outdated')} out of date`;
}

/** Columns padded to line up in a terminal. */
export function formatTable(rows: TranslationRow[]): string {
  const lines = [headings, ...rows.map(cells)];
  const widths = headings.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)));
  const render = (line: string[]) =>
    line
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    render(headings),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...lines.slice(1).map(render),
    '',
    summary(rows),
  ].join('\n');
}

/** Which commits do not count as changes, said on the report and on /admin/tulkojumi/. */
export const typoRule = {
  lv: 'Komīti, kuru virsrakstā ir [typo] vai kas sākas ar "typo:", netiek skaitīti kā izmaiņas.',
  en: 'Commits whose title contains [typo] or starts with "typo:" do not count as changes.',
};

/** The report editors read on the built site, at /translations.md. */
export function formatMarkdown(rows: TranslationRow[], generated: string): string {
  const line = (values: string[]) => `| ${values.join(' | ')} |`;
  return [
    '# Tulkojumi / Translations',
    '',
    `${summary(rows)}.`,
    '',
    'Datums ir faila pēdējās izmaiņas git vēsturē. Ja viena valoda mainīta vēlāk par otru, otra ir novecojusi.',
    'Each date is the file’s last change in git history. When one language changed later than the other, the other is out of date.',
    `${typoRule.lv} ${typoRule.en}`,
    '',
    line(headings),
    line(headings.map(() => '---')),
    ...rows.map((row) => line(cells(row))),
    '',
    `Izveidots / Generated: ${generated}`,
    '',
  ].join('\n');
}
