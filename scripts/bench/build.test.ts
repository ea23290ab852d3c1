import { describe, expect, it } from 'vitest';
import { parseDuration, phaseTimes } from './build.mjs';

describe('the benchmark reads the build log', () => {
  it('reads the durations Astro, Vite and the search index print', () => {
    expect(['812ms', '1.50s', '2m 5s', '3m', '0.41s'].map(parseDuration)).toEqual([812, 1500, 125_000, 180_000, 410]);
  });

  it('adds up each phase and leaves the rest to "other"', () => {
    const log = [
      '01:42:00 [darbigas-kopienas:content-lint] content checked in 950ms',
      '01:42:01 [types] Generated 1.98s',
      '01:42:17 [vite] ✓ built in 1m 6s',
      '01:42:18 [vite] ✓ built in 44ms',
      ' generating static routes ',
      '01:42:31 ✓ Completed in 12.98s.',
      ' generating optimized images ',
      '01:42:43 ✓ Completed in 812ms.',
      '01:42:44 [build] ✓ Completed in 42.50s.',
      '01:42:48 [darbigas-kopienas:search-index] 812 pages indexed for search in 4.10s',
    ];
    expect(phaseTimes(log, 100_000)).toEqual({
      'content check': 950,
      'content sync': 1980,
      bundling: 66_044,
      rendering: 12_980,
      images: 812,
      'search index': 4100,
      other: 100_000 - 86_866,
    });
  });
});
