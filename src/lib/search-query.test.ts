import { describe, expect, it } from 'vitest';
import { findPages, openSearch, titleNames } from './search-query.ts';
import type { Pagefind, PagefindHit } from './search-types.ts';

describe('titleNames', () => {
  it('is true when every searched word begins a word of the title, whatever the case and diacritics', () => {
    expect(titleNames('Kopienu resursu centri', 'centr')).toBe(true);
    expect(titleNames('Kopienu resursu centri', 'kopien centr')).toBe(true);
    expect(titleNames('Piekļūstamības paziņojums', 'pieklustamib')).toBe(true);
    expect(titleNames('Community Resource Centres', 'centres')).toBe(true);
  });

  it('is false when a word is missing from the title or only inside a word', () => {
    expect(titleNames('Kopienu resursu centri', 'rogovk centr')).toBe(false);
    expect(titleNames('Labās prakses stāsti', 'akses')).toBe(false);
    expect(titleNames('Video', '')).toBe(false);
  });
});

describe('findPages', () => {
  type Page = { id: string; score: number; title?: string };
  /** A Pagefind that finds the given pages for each term, and knows which pages carry which filter value. */
  const fakeIndex = async (answers: Record<string, Page[]>, filters: Record<string, Record<string, string[]>> = {}) => {
    const asked: string[] = [];
    const hit = ({ id, score, title }: Page): PagefindHit => ({
      id,
      score,
      data: async () => ({ url: `/${id}/`, excerpt: '', meta: { title: title ?? id }, filters: {}, sub_results: [] }),
    });
    const pagefind: Pagefind = {
      search: async (term, options) => {
        if (term === null) {
          const [[name, value]] = Object.entries(options.filters) as [[string, string]];
          return { results: (filters[name]?.[value] ?? []).map((id) => hit({ id, score: 0 })) };
        }
        asked.push(term);
        return { results: (answers[term] ?? []).map(hit) };
      },
      filters: async () =>
        Object.fromEntries(
          Object.entries(filters).map(([name, values]) => [
            name,
            Object.fromEntries(Object.entries(values).map(([value, ids]) => [value, ids.length])),
          ]),
        ),
      options: async () => undefined,
    };
    return { index: await openSearch(pagefind), asked };
  };
  const ids = async (found: Promise<{ hits: PagefindHit[] }>) => (await found).hits.map((hit) => hit.id);

  it('ranks the page with most of the words first, and still shows a page with one of them', async () => {
    // Only the word family `iesaist` is on the pages; Pagefind finds nothing for all words together.
    const { index, asked } = await fakeIndex({
      iesaist: [{ id: 'gimenes', score: 4 }],
      vecāk: [
        { id: 'gimenes', score: 3 },
        { id: 'paaudzes', score: 9 },
      ],
      skol: [
        { id: 'gimenes', score: 1 },
        { id: 'paaudzes', score: 1 },
        { id: 'stasts', score: 8 },
      ],
    });
    expect(await ids(findPages(index, 'kā iesaistīt vecākus skolā', 'lv'))).toEqual(['gimenes', 'paaudzes', 'stasts']);
    // "kā" is neither searched nor required.
    expect(asked).not.toContain('kā');
  });

  it('weighs a word family below the word itself', async () => {
    const { index } = await fakeIndex({
      sadarbīb: [{ id: 'noun', score: 5 }],
      sadarb: [
        { id: 'noun', score: 5 },
        { id: 'verb', score: 5 },
      ],
    });
    expect(await ids(findPages(index, 'sadarbība', 'lv'))).toEqual(['noun', 'verb']);
  });

  it('applies the chosen filters to the merged pages and counts every filter value over all of them', async () => {
    const filters = { type: { story: ['a', 'b'], centre: ['c'] }, centre: { 'Aglonas centrs': ['a', 'c'] } };
    const { index } = await fakeIndex(
      {
        aglon: [
          { id: 'a', score: 3 },
          { id: 'b', score: 2 },
          { id: 'c', score: 1 },
        ],
      },
      filters,
    );
    const found = await findPages(index, 'Aglona', 'lv', { type: 'story', centre: '' });
    expect(found.hits.map((hit) => hit.id)).toEqual(['a', 'b']);
    expect(found.counts).toEqual({ type: { story: 2, centre: 1 }, centre: { 'Aglonas centrs': 2 } });
    expect(await ids(findPages(index, 'Aglona', 'lv', { centre: 'Aglonas centrs' }))).toEqual(['a', 'c']);
  });

  it('puts first the overview page whose title names the query, but not one whose title does not', async () => {
    const filters = { type: { page: ['list', 'home'] } };
    const { index } = await fakeIndex(
      {
        centr: [
          { id: 'rogovka', score: 5 },
          { id: 'list', score: 1, title: 'Kopienu resursu centri' },
        ],
        skol: [
          { id: 'story', score: 5 },
          { id: 'home', score: 1, title: 'Darbīgās kopienas' },
        ],
      },
      filters,
    );
    expect(await ids(findPages(index, 'centrs', 'lv'))).toEqual(['list', 'rogovka']);
    expect(await ids(findPages(index, 'skola', 'lv'))).toEqual(['story', 'home']);
    expect(await ids(findPages(index, 'centrs', 'lv', { type: 'centre' }))).toEqual([]);
  });

  it('takes the filters’ pages and the words from the build’s search data, searching nothing to learn them', async () => {
    const searched: (string | null)[] = [];
    const pagefind: Pagefind = {
      search: async (term) => {
        searched.push(term);
        return { results: [] };
      },
      filters: async () => {
        throw new Error('not needed');
      },
      options: async () => undefined,
    };
    const index = await openSearch(pagefind, { words: { zilupe: 2 }, filters: { type: { centre: ['a', 'b'] } } });
    expect(searched).toEqual([]);
    expect([...index.members['type']!['centre']!]).toEqual(['a', 'b']);
    expect((await findPages(index, 'Zilpe', 'lv')).corrected).toBe('zilupe');
  });

  it('searches nothing for an empty query', async () => {
    const { index, asked } = await fakeIndex({});
    expect(await findPages(index, '  ', 'lv')).toEqual({ hits: [], counts: {} });
    expect(asked).toEqual([]);
  });
});
