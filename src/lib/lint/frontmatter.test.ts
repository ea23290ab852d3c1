import { describe, expect, it } from 'vitest';
import { frontmatterData, readFrontmatter, splitFrontmatter } from './frontmatter.ts';
import { lineOf } from './schema-check.ts';
import { annotations, formatReport } from './report.ts';

describe('readFrontmatter', () => {
  it('reads BOM, CRLF and comments, and keeps the body on the file’s lines', () => {
    const read = readFrontmatter('\uFEFF---\r\ntitle: "A" # virsraksts\r\ndate: 2026-11-24\r\n---\r\nTeksts.\r\n');
    expect('frontmatter' in read && read.frontmatter.data).toEqual({ title: 'A', date: '2026-11-24' });
    expect('body' in read && read.body.split('\n')[4]).toBe('Teksts.');
  });

  it('finds the line of a nested key and a list item', () => {
    const read = readFrontmatter('---\ntitle: A\nposition:\n  lat: 1\n  lon: 2\ncentres:\n  - a\n  - b\n---\n');
    if (!('frontmatter' in read)) throw new Error('unreadable');
    expect(lineOf(read.frontmatter, ['position', 'lon'])).toBe(5);
    expect(lineOf(read.frontmatter, ['centres', 1])).toBe(8);
    expect(lineOf(read.frontmatter, ['nav'])).toBe(1);
  });

  it('says where the closing --- belongs, and gives editor scripts no data then', () => {
    expect(splitFrontmatter('---\ntitle: A\n\n## Virsraksts\n')).toMatchObject({ line: 4 });
    expect(frontmatterData('---\ntitle: A\n')).toBeUndefined();
    expect(frontmatterData('---\norder: 3\nslug: x\n---\n')).toEqual({ order: 3, slug: 'x' });
  });
});

describe('the report', () => {
  const problems = [
    { file: 'content/a.mdx', line: 3, column: 2, message: 'lv / en' },
    { file: 'content/a.mdx', line: 5, message: 'x, y: 50%' },
  ];

  it('groups by file with each line', () => {
    expect(formatReport(problems)).toContain('content/a.mdx\n  3:2  lv / en\n  5  x, y: 50%');
  });

  it('escapes GitHub annotations', () => {
    expect(annotations(problems)).toBe(
      '::error file=content/a.mdx,line=3,col=2::lv / en\n::error file=content/a.mdx,line=5::x, y: 50%25',
    );
  });
});
