import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { makeContent } from '../helpers/build';
import { readHead } from './head-html';
import { checkIntegrity, formatCounts, readContentEntries } from './integrity';

const entry = (front = '') => `---\ntitle: T\ndescription: D\n${front}---\nTeksts.\n`;
const root = makeContent({
  'stories/lv/a.mdx': entry(),
  'stories/en/a.mdx': entry(),
  'stories/lv/b.mdx': entry('slug: bb\n'),
  'stories/lv/c.mdx': entry('draft: true\n'),
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
const page = (lang: string, extra = '') =>
  readHead(
    `<html lang="${lang}"><head><title>T</title>${extra}</head><body><div ${extra ? '' : 'data-pagefind-body'}></div></body></html>`,
  );
const noindex = '<meta name="robots" content="noindex">';

describe('checkIntegrity', () => {
  const entries = readContentEntries(root);

  it('reads published entries with their slugs and leaves drafts out', () => {
    expect(entries.map((e) => `${e.collection}/${e.locale}/${e.slug}`)).toEqual([
      'stories/lv/a',
      'stories/lv/bb',
      'stories/en/a',
    ]);
  });

  it('accepts originals in their search index and fallback copies kept out of it, and counts them', () => {
    const heads = new Map([
      ['/stasti/a/', page('lv')],
      ['/en/stories/a/', page('en')],
      ['/stasti/bb/', page('lv')],
      ['/en/stories/bb/', page('en', noindex)],
    ]);
    const index = new Map([
      ['lv', new Set(['/stasti/a/', '/stasti/bb/'])],
      ['en', new Set(['/en/stories/a/'])],
    ]);
    const { problems, counts } = checkIntegrity(entries, heads, index);
    expect(problems).toEqual([]);
    expect(counts['stories']).toEqual({
      lv: { pages: 2, indexed: 2, fallbacks: 0 },
      en: { pages: 2, indexed: 1, fallbacks: 1 },
    });
    expect(formatCounts(counts)).toContain('stories     en      2        1          1');
  });

  it('catches a missing page, an entry search cannot find and a fallback copy that is indexed', () => {
    const heads = new Map([
      ['/stasti/a/', page('lv')],
      ['/en/stories/a/', page('en')],
      ['/stasti/bb/', page('lv')],
      ['/en/stories/bb/', page('en')],
    ]);
    const index = new Map([
      ['lv', new Set(['/stasti/a/', '/stasti/bb/'])],
      ['en', new Set(['/en/stories/bb/'])],
    ]);
    heads.delete('/stasti/a/');
    expect(checkIntegrity(entries, heads, index).problems.map((p) => p.replace(/\(.*?\)/, '(file)'))).toEqual([
      '/stasti/a/ (file): no lv page was built',
      '/en/stories/a/ (file): missing from the en search index',
      '/en/stories/bb/ (file): fallback copy (no translation yet) is not noindex',
      '/en/stories/bb/ (file): fallback copy is in the search index; only originals belong there',
    ]);
  });
});
