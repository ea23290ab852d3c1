import { describe, expect, it } from 'vitest';
import { findPages, searchesFor, type Pagefind, type PagefindSearch } from './search-query';

describe('searchesFor', () => {
  it('searches Latvian as typed first, then without endings', () => {
    expect(searchesFor('kopienām', 'lv')).toEqual(['kopienām', 'kopien']);
    expect(searchesFor('  Pedagogi   centros ', 'lv')).toEqual(['Pedagogi centros', 'pedagog centr']);
    expect(searchesFor('izsusana', 'lv')).toEqual(['izsusana', 'izsusan']);
    expect(searchesFor('Zilupe 2021', 'lv')).toEqual(['Zilupe 2021', 'zilup 2021']);
  });

  it('runs one search when stemming changes nothing', () => {
    expect(searchesFor('māja', 'lv')).toEqual(['māja']);
    expect(searchesFor('Kopien', 'lv')).toEqual(['Kopien']);
  });

  it('leaves English queries and quoted phrases untouched', () => {
    expect(searchesFor('community centres', 'en')).toEqual(['community centres']);
    expect(searchesFor('"kopienu centri"', 'lv')).toEqual(['"kopienu centri"']);
  });

  it('runs nothing for an empty query', () => {
    expect(searchesFor('   ', 'lv')).toEqual([]);
  });
});

describe('findPages', () => {
  /** A Pagefind that finds the given page ids for each query, and records the filters asked for. */
  const fakePagefind = (answers: Record<string, string[]>) => {
    const asked: Record<string, string>[] = [];
    const pagefind: Pagefind = {
      search: async (term, options) => {
        asked.push(options.filters);
        const ids = answers[term] ?? [];
        return { results: ids.map((id) => ({ id, data: async () => { throw new Error(`not loaded: ${id}`); } })), totalFilters: { type: { story: ids.length } } } satisfies PagefindSearch;
      },
      filters: async () => ({}),
    };
    return { pagefind, asked };
  };

  it('puts pages with the typed form first, then the other forms, each page once', async () => {
    const { pagefind } = fakePagefind({ kopienām: ['b', 'a'], kopien: ['a', 'c', 'b', 'd'] });
    const found = await findPages(pagefind, 'kopienām', 'lv');
    expect(found.hits.map((hit) => hit.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(found.counts).toEqual({ type: { story: 4 } });
  });

  it('passes only the filters that are chosen', async () => {
    const { pagefind, asked } = fakePagefind({});
    await findPages(pagefind, 'centrs', 'lv', { type: 'story', centre: '' });
    expect(asked).toEqual([{ type: 'story' }, { type: 'story' }]);
  });
});
