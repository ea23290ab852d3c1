import { describe, expect, it } from 'vitest';
import { formatMarkdown, formatTable } from './translation-report.ts';
import {
  isTypoFix,
  lastChangesFromLog,
  sortRows,
  statusText,
  translationRows,
  type EntryFile,
} from './translation-status.ts';

/** `git log` output as `logArguments` asks for it: newest commit first. */
const log = (...commits: [date: string, title: string, files: string[]][]) =>
  commits.map(([date, title, files]) => `\x1e${date}\x1f${title}\x1f\n\n${files.join('\n')}\n`).join('');

const entry = (file: string): EntryFile => {
  const [collection = '', locale = '', name = ''] = file.split('/');
  return { collection, locale, slug: name.replace(/\.mdx$/, ''), file } as EntryFile;
};

describe('isTypoFix', () => {
  it('knows a typo fix by [typo] anywhere in the title or a "typo:" start', () => {
    expect(isTypoFix('Zilupe: komats [typo]')).toBe(true);
    expect(isTypoFix('[TYPO] komats')).toBe(true);
    expect(isTypoFix('typo: komats')).toBe(true);
    expect(isTypoFix('Typo: comma')).toBe(true);
  });

  it('counts every other change, even one that mentions typos', () => {
    expect(isTypoFix('Zilupes stāsts: jauna sadaļa')).toBe(false);
    expect(isTypoFix('Fix typos and add a section')).toBe(false);
  });
});

describe('lastChangesFromLog', () => {
  it('takes the newest commit that is not a typo fix', () => {
    const changes = lastChangesFromLog(
      log(
        ['2026-03-03T10:00:00+02:00', 'typo: komats', ['stories/lv/a.mdx']],
        ['2026-02-02T10:00:00+02:00', 'Stāsts papildināts', ['stories/lv/a.mdx', 'stories/en/a.mdx']],
        ['2026-01-01T10:00:00+02:00', 'Jauns stāsts', ['stories/lv/a.mdx']],
      ),
    );
    expect(changes.get('stories/lv/a.mdx')).toBe('2026-02-02T10:00:00+02:00');
    expect(changes.get('stories/en/a.mdx')).toBe('2026-02-02T10:00:00+02:00');
  });

  it('keeps the first commit of a file only typo fixes touched since', () => {
    const changes = lastChangesFromLog(
      log(
        ['2026-03-03T10:00:00Z', 'Labots [typo]', ['pages/en/about.mdx']],
        ['2026-01-01T10:00:00Z', 'Par mums [typo]', ['pages/en/about.mdx']],
      ),
    );
    expect(changes.get('pages/en/about.mdx')).toBe('2026-01-01T10:00:00Z');
  });
});

describe('translationRows', () => {
  const changes = new Map([
    ['stories/lv/a.mdx', '2026-02-02T10:00:00+02:00'],
    ['stories/en/a.mdx', '2026-01-01T10:00:00+02:00'],
    ['centres/lv/zilupe.mdx', '2026-01-01T08:00:00Z'],
    ['centres/en/zilupe.mdx', '2026-01-01T10:00:00+02:00'],
  ]);

  it('says which language is missing or older than its counterpart', () => {
    const rows = translationRows(
      [
        'stories/lv/a.mdx',
        'stories/en/a.mdx',
        'centres/lv/zilupe.mdx',
        'centres/en/zilupe.mdx',
        'pages/en/about.mdx',
      ].map(entry),
      changes,
      '2026-05-05T00:00:00Z',
    );
    expect(rows.map((row) => [row.slug, row.status, row.behind])).toEqual([
      ['a', 'outdated', 'en'],
      ['zilupe', 'current', undefined],
      ['about', 'missing', 'lv'],
    ]);
    expect(rows.map(statusText)).toEqual([
      'EN vecāks par LV / EN older than LV',
      'aktuāls / up to date',
      'trūkst LV / LV missing',
    ]);
  });

  it('counts a file git does not know yet as changed now', () => {
    const [row] = translationRows(
      ['stories/lv/a.mdx', 'stories/en/a.mdx'].map(entry),
      new Map([['stories/en/a.mdx', '2026-01-01T00:00:00Z']]),
      '2026-05-05T00:00:00Z',
    );
    expect(row).toMatchObject({ status: 'outdated', behind: 'en', changed: { lv: '2026-05-05T00:00:00Z' } });
  });

  it('without git history, still finds missing translations and does not guess the rest', () => {
    const rows = translationRows(['stories/lv/a.mdx', 'stories/en/a.mdx', 'stories/lv/b.mdx'].map(entry), undefined);
    expect(rows.map((row) => row.status)).toEqual(['unknown', 'missing']);
  });

  it('pairs files by slug, and lists problems first', () => {
    const rows = sortRows(
      translationRows(
        [entry('stories/en/a.mdx'), entry('centres/lv/zilupe.mdx'), { ...entry('stories/lv/cits.mdx'), slug: 'a' }],
        changes,
      ),
    );
    expect(rows.map((row) => [row.collection, row.slug, row.status])).toEqual([
      ['centres', 'zilupe', 'missing'],
      ['stories', 'a', 'outdated'],
    ]);
  });
});

describe('the report', () => {
  const rows = sortRows(
    translationRows(
      ['stories/lv/a.mdx', 'stories/en/a.mdx', 'pages/en/about.mdx'].map(entry),
      new Map([
        ['stories/lv/a.mdx', '2026-02-02T10:00:00Z'],
        ['stories/en/a.mdx', '2026-01-01T10:00:00Z'],
        ['pages/en/about.mdx', '2026-01-01T10:00:00Z'],
      ]),
    ),
  );

  it('is a Markdown table with the dates, the status and the typo rule', () => {
    const markdown = formatMarkdown(rows, '2026-05-05 10:00');
    expect(markdown).toContain('| pages | about | — | 2026-01-01 | trūkst LV / LV missing |');
    expect(markdown).toContain('| stories | a | 2026-02-02 | 2026-01-01 | EN vecāks par LV / EN older than LV |');
    expect(markdown).toContain('2 entries: 1 missing a translation, 1 out of date');
    expect(markdown).toContain('Commits whose title contains [typo] or starts with "typo:" do not count as changes.');
  });

  it('is a table with lined-up columns in the terminal', () => {
    const lines = formatTable(rows).split('\n');
    const [heading = '', , first = ''] = lines;
    for (const [cell, column] of [
      ['about', 'Ieraksts'],
      ['2026-01-01', 'EN'],
      ['trūkst LV', 'Stāvoklis'],
    ])
      expect(first.indexOf(cell!)).toBe(heading.indexOf(column!));
    expect(lines.at(-1)).toBe(
      '2 ieraksti: 1 trūkst tulkojuma, 1 novecojuši / 2 entries: 1 missing a translation, 1 out of date',
    );
  });
});
