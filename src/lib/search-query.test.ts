import { describe, expect, it } from 'vitest';
import { findPages, searchesFor, titleNames, type Pagefind, type PagefindSearch } from './search-query';

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

describe('titleNames', () => {
  it('is true when every searched word begins a word of the title, whatever the case and diacritics', () => {
    expect(titleNames('Kopienu resursu centri', 'centr')).toBe(true);
    expect(titleNames('Kopienu resursu centri', 'kopien centr')).toBe(true);
    expect(titleNames('Piekļūstamības paziņojums', 'pieklustamib')).toBe(true);
    expect(titleNames('Community Resource Centres', 'centres')).toBe(true);
    expect(titleNames('Labās prakses stāsti', 'prakse stasti')).toBe(true);
  });

  it('is false when a word is missing from the title or only inside a word', () => {
    expect(titleNames('Kopienu resursu centri', 'rogovk centr')).toBe(false);
    expect(titleNames('Labās prakses stāsti', 'akses')).toBe(false);
    expect(titleNames('Video', '')).toBe(false);
  });
});

describe('findPages', () => {
  type Page = { id: string; title?: string };
  /**
   * A Pagefind that finds the given pages for each query (overview pages, of type "page", only when
   * asked for that type), and records the filters asked for.
   */
  const fakePagefind = (answers: Record<string, Page[]>, overviews: Record<string, Page[]> = {}) => {
    const asked: Record<string, string>[] = [];
    const pagefind: Pagefind = {
      search: async (term, options) => {
        asked.push(options.filters);
        const pages = (options.filters['type'] === 'page' ? overviews : answers)[term] ?? [];
        const results = pages.map(({ id, title }) => ({
          id,
          data: async () => {
            if (title === undefined) throw new Error(`not loaded: ${id}`);
            return { url: `/${id}/`, excerpt: '', meta: { title }, filters: {}, sub_results: [] };
          },
        }));
        return { results, totalFilters: { type: { story: pages.length } } } satisfies PagefindSearch;
      },
      filters: async () => ({}),
    };
    return { pagefind, asked };
  };
  const pages = (...ids: string[]): Page[] => ids.map((id) => ({ id }));

  it('puts pages with the typed form first, then the other forms, each page once', async () => {
    const { pagefind } = fakePagefind({ kopienām: pages('b', 'a'), kopien: pages('a', 'c', 'b', 'd') });
    const found = await findPages(pagefind, 'kopienām', 'lv');
    expect(found.hits.map((hit) => hit.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(found.counts).toEqual({ type: { story: 4 } });
  });

  it('leaves out pages that only the typed search found: Pagefind searched a shorter word that is in the index', async () => {
    const { pagefind } = fakePagefind({ kaimiņš: pages('varkava', 'gimenes'), kaimiņ: pages('paaudzes', 'gimenes') });
    expect((await findPages(pagefind, 'kaimiņš', 'lv')).hits.map((hit) => hit.id)).toEqual(['gimenes', 'paaudzes']);
  });

  it('puts first the overview page whose title names the query, though other pages have the typed form', async () => {
    const list = { id: 'list', title: 'Kopienu resursu centri' };
    const { pagefind } = fakePagefind({ centrs: pages('rogovka', 'aglona'), centr: [...pages('aglona', 'rogovka'), list] }, { centr: [list] });
    expect((await findPages(pagefind, 'centrs', 'lv')).hits.map((hit) => hit.id)).toEqual(['list', 'rogovka', 'aglona']);
  });

  it('leaves the order alone when the best overview page does not name the query', async () => {
    const home = { id: 'home', title: 'Darbīgās kopienas' };
    const { pagefind } = fakePagefind({ skola: pages('story', 'home'), skol: pages('story', 'home') }, { skol: [home] });
    expect((await findPages(pagefind, 'skola', 'lv')).hits.map((hit) => hit.id)).toEqual(['story', 'home']);
  });

  it('passes only the filters that are chosen, and looks for an overview page only when no filter leaves it out', async () => {
    const { pagefind, asked } = fakePagefind({});
    await findPages(pagefind, 'centrs', 'lv', { type: 'story', centre: '' });
    expect(asked).toEqual([{ type: 'story' }, { type: 'story' }]);
    asked.length = 0;
    await findPages(pagefind, 'centrs', 'lv', { centre: 'Aglonas centrs' });
    expect(asked).toEqual([{ centre: 'Aglonas centrs' }, { centre: 'Aglonas centrs' }]);
    asked.length = 0;
    await findPages(pagefind, 'centrs', 'lv');
    expect(asked).toEqual([{}, {}, { type: 'page' }]);
  });

  it('searches nothing for an empty query', async () => {
    const { pagefind, asked } = fakePagefind({});
    expect(await findPages(pagefind, '  ', 'lv')).toEqual({ hits: [], counts: {} });
    expect(asked).toEqual([]);
  });
});
