/**
 * The query set (tests/search/queries.json) against the built site's own Pagefind index, searched
 * the way the search page searches. `npm run search:quality` prints the same figures as a table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hitRates, openIndexes, readQueries, runQueries, type Outcome } from '../../scripts/search-quality';
import { builtPages, distDir, readPage } from '../helpers/site';

const queries = readQueries();
let outcomes: Outcome[] = [];

beforeAll(async () => {
  outcomes = await runQueries(distDir, queries);
});

describe('search quality', () => {
  it('has at least 60 Latvian and 20 English queries, each expecting a page the site has', () => {
    expect(queries.filter((q) => q.locale === 'lv').length).toBeGreaterThanOrEqual(60);
    expect(queries.filter((q) => q.locale === 'en').length).toBeGreaterThanOrEqual(20);
    const pages = new Set(builtPages());
    expect(queries.map((q) => q.page).filter((page) => !pages.has(page))).toEqual([]);
  });

  it('finds the expected page in the top 3 for at least 95% of the queries of every category and language', () => {
    const misses = (rate: { locale: string; category: string }) =>
      outcomes.filter((o) => o.locale === rate.locale && o.category === rate.category && o.place === 0).map((o) => `${o.query} → ${o.page} (got ${o.top.join(', ')})`);
    for (const rate of hitRates(outcomes)) {
      expect(rate.found / rate.total, `${rate.locale} ${rate.category}: ${misses(rate).join('; ')}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('finds a page by its own text, not on the lists and pages that summarise it (excludeSelectors in astro.config.mjs)', async () => {
    const indexes = await openIndexes(distDir);
    // Words that only entries use; list cards and the home page repeat the entries' descriptions.
    const words = { lv: ['lāzergravēšana', 'patversme', 'moto'], en: ['embroidery', 'shelter', 'motto'] } as const;
    for (const [locale, list] of Object.entries(words) as [keyof typeof words, readonly string[]][]) {
      for (const word of list) {
        const onOverviews = await indexes[locale].search(word, { filters: { type: 'page' } });
        expect(onOverviews.results, `${locale} ${word}`).toEqual([]);
        expect((await indexes[locale].search(word, { filters: {} })).results.length, `${locale} ${word}`).toBeGreaterThan(0);
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

  it('keeps the page with the exact words first', () => {
    const exact = outcomes.filter((o) => o.category === 'exact');
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.filter((o) => o.place !== 1).map((o) => `${o.locale} ${o.query} → ${o.top[0]}`)).toEqual([]);
  });
});
