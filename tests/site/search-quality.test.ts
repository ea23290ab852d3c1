/**
 * Both query sets (tests/search/queries.json, and untuned-queries.json written before the ranking
 * was changed for it) against the built site's own Pagefind index, searched the way the search
 * page searches. `npm run search:quality` prints the same figures as a table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  hitRates,
  openIndexes,
  querySets,
  readQueries,
  runQueries,
  type Outcome,
  type QuerySet,
} from '../../scripts/search-quality';
import { searchDataFile, type SearchDataFile } from '../../src/lib/search-vocabulary';
import { builtPages, distDir, readPage } from '../helpers/site';

const sets = Object.keys(querySets) as QuerySet[];
const outcomes: Record<string, Outcome[]> = {};

beforeAll(async () => {
  for (const set of sets) outcomes[set] = await runQueries(distDir, readQueries(set));
});

describe.each(sets)('search quality: the %s query set', (set) => {
  const queries = readQueries(set);
  const misses = (list: Outcome[]) =>
    list.filter((o) => o.place === 0).map((o) => `${o.locale} ${o.query} → ${o.page} (got ${o.top.join(', ')})`);

  it('has at least 60 Latvian and 20 English queries, each expecting a page the site has', () => {
    expect(queries.filter((q) => q.locale === 'lv').length).toBeGreaterThanOrEqual(60);
    expect(queries.filter((q) => q.locale === 'en').length).toBeGreaterThanOrEqual(20);
    const pages = new Set(builtPages());
    expect(queries.map((q) => q.page).filter((page) => !pages.has(page))).toEqual([]);
  });

  it('finds the expected page in the top 3 for at least 97% of all its queries', () => {
    const all = outcomes[set]!;
    expect(all.filter((o) => o.place > 0).length / all.length, misses(all).join('; ')).toBeGreaterThanOrEqual(0.97);
  });

  it('finds the expected page in the top 3 for at least 90% of the queries of every category and language', () => {
    for (const rate of hitRates(outcomes[set]!)) {
      const list = outcomes[set]!.filter((o) => o.locale === rate.locale && o.category === rate.category);
      expect(
        rate.found / rate.total,
        `${rate.locale} ${rate.category}: ${misses(list).join('; ')}`,
      ).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('keeps the page with the exact words first', () => {
    const exact = outcomes[set]!.filter((o) => o.category === 'exact');
    expect(exact.filter((o) => o.place !== 1).map((o) => `${o.locale} ${o.query} → ${o.top[0]}`)).toEqual([]);
  });
});

describe('search index', () => {
  it('finds a page by its own text, not on the lists and pages that summarise it (excludeSelectors in astro.config.mjs)', async () => {
    const indexes = await openIndexes(distDir);
    // Words that only entries use; list cards and the home page repeat the entries' descriptions.
    const words = { lv: ['lāzergravēšana', 'patversme', 'moto'], en: ['embroidery', 'shelter', 'motto'] } as const;
    for (const [locale, list] of Object.entries(words) as [keyof typeof words, readonly string[]][]) {
      for (const word of list) {
        const onOverviews = await indexes[locale].search(word, { filters: { type: 'page' } });
        expect(onOverviews.results, `${locale} ${word}`).toEqual([]);
        expect(
          (await indexes[locale].search(word, { filters: {} })).results.length,
          `${locale} ${word}`,
        ).toBeGreaterThan(0);
      }
    }
  });

  it('indexes the items of checklists (Pagefind leaves out the text of form labels)', async () => {
    const indexes = await openIndexes(distDir);
    const unfound: string[] = [];
    for (const path of builtPages()) {
      const html = readPage(path);
      if (html.includes('<meta name="robots" content="noindex"')) continue;
      const locale = html.includes('<html lang="en"') ? 'en' : 'lv';
      for (const [, item] of html.matchAll(/<li class="task-list-item"[^>]*>([\s\S]*?)<\/li>/g)) {
        const words = item!.replace(/<[^>]+>/g, ' ').match(/\p{L}+/gu) ?? [];
        const word = words.reduce((longest, next) => (next.length > longest.length ? next : longest), '');
        const results = (await indexes[locale].search(word, { filters: {} })).results;
        const urls = await Promise.all(results.map(async (hit) => (await hit.data()).url));
        if (!urls.includes(path)) unfound.push(`${path} ${word}`);
      }
    }
    expect(unfound).toEqual([]);
  });

  it('writes the index’s own words and each filter’s pages, as Pagefind has them, for the search page', async () => {
    const indexes = await openIndexes(distDir);
    for (const locale of ['lv', 'en'] as const) {
      const data = JSON.parse(
        readFileSync(join(distDir, 'pagefind', searchDataFile(locale)), 'utf8'),
      ) as SearchDataFile;
      expect(Object.keys(data.words).length, locale).toBeGreaterThan(500);
      for (const [name, values] of Object.entries(data.filters)) {
        for (const [value, ids] of Object.entries(values)) {
          const { results } = await indexes[locale].search(null, { filters: { [name]: value } });
          expect(ids.sort(), `${locale} ${name} ${value}`).toEqual(results.map((hit) => hit.id).sort());
        }
      }
      expect(Object.keys(data.filters['type'] ?? {}).length, locale).toBeGreaterThan(3);
    }
    const { words } = JSON.parse(
      readFileSync(join(distDir, 'pagefind', searchDataFile('lv')), 'utf8'),
    ) as SearchDataFile;
    expect(words['izšūšana'] ?? 0).toBeGreaterThan(0);
  });
});
