import { describe, expect, it } from 'vitest';
import { checkEntries, formatProblems, placeOf, type EntryFacts } from './content-checks';

const entry = (file: string, data: EntryFacts['data'] = {}, extra: Partial<EntryFacts> = {}): EntryFacts => ({
  collection: file.split('/')[1] as EntryFacts['collection'],
  file,
  data,
  body: '',
  ...extra,
});

describe('placeOf', () => {
  it('reads the language folder and slug, and lets frontmatter override the slug', () => {
    expect(placeOf(entry('content/stories/lv/zilupe.mdx'))).toEqual({ locale: 'lv', slug: 'zilupe' });
    expect(placeOf(entry('content/stories/en/a.mdx', { slug: 'b' }))).toEqual({ locale: 'en', slug: 'b' });
  });

  it('has no place for a file outside lv/ and en/', () => {
    expect(placeOf(entry('content/stories/de/a.mdx'))).toBeUndefined();
    expect(placeOf(entry('content/stories/a.mdx'))).toBeUndefined();
    expect(placeOf(entry('content/stories/lv/old/a.mdx'))).toBeUndefined();
  });
});

describe('checkEntries', () => {
  const centre = entry('content/centres/lv/zilupe.mdx');

  it('passes good content', () => {
    expect(checkEntries([centre, entry('content/stories/lv/a.mdx', { centres: ['zilupe'] }, { rawDate: '2026-11-24', body: '![Bērni pie datora](./a.png)' })])).toEqual([]);
  });

  it('reports a reference to a guideline that does not exist', () => {
    const [problem] = checkEntries([entry('content/videos/en/v.mdx', { guidelines: ['nav'] })]);
    expect(problem).toMatchObject({ file: 'content/videos/en/v.mdx', field: 'guidelines' });
  });

  it('reports the same order number twice in one language, but not across languages', () => {
    const problems = checkEntries([
      entry('content/guidelines/lv/a.mdx', { order: 1 }),
      entry('content/guidelines/lv/b.mdx', { order: 1 }),
      entry('content/guidelines/en/a.mdx', { order: 1 }),
    ]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/guidelines/lv/b.mdx order']);
  });

  it('accepts a quoted date and rejects a day that does not exist', () => {
    expect(checkEntries([centre, entry('content/stories/lv/a.mdx', { centres: ['zilupe'] }, { rawDate: '"2024-02-29"' })])).toEqual([]);
    expect(checkEntries([centre, entry('content/stories/lv/a.mdx', { centres: ['zilupe'] }, { rawDate: '2023-02-29' })])[0]?.field).toBe('date');
  });

  it('finds <img> and <Image> tags without alt text, with the body line', () => {
    const body = 'Teksts\n<img src="/a.png">\n<Image src={poster} alt="Plakāts" />\n<img src="/b.png" alt="">';
    const problems = checkEntries([entry('content/pages/lv/about.mdx', {}, { body })]);
    expect(problems.map((p) => p.field)).toEqual(['attēls/image /a.png (body line 2)', 'attēls/image /b.png (body line 4)']);
  });

  it('accepts only the known stand-alone pages', () => {
    expect(checkEntries([entry('content/pages/lv/jaunumi.mdx')])[0]?.field).toBe('(file)');
  });
});

describe('formatProblems', () => {
  it('groups problems under their file', () => {
    expect(formatProblems([
      { file: 'content/stories/lv/a.mdx', field: 'date', message: 'A' },
      { file: 'content/stories/lv/a.mdx', field: 'centres', message: 'B' },
    ])).toMatchInlineSnapshot(`
      "Saturā ir 2 kļūda(s) / The content has 2 problem(s):

      content/stories/lv/a.mdx
        - date: A
        - centres: B"
    `);
  });
});
