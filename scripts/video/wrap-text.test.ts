import { describe, expect, it } from 'vitest';
import { wrapLines } from './wrap-text.mjs';

describe('wrapLines', () => {
  it('fills each line as far as it can without passing the limit', () => {
    expect(wrapLines('Darbīgās kopienas Latgales reģionā', 18)).toEqual(['Darbīgās kopienas', 'Latgales reģionā']);
  });

  it('keeps a line that exactly fits the limit', () => {
    expect(wrapLines('abc def', 7)).toEqual(['abc def']);
  });

  it('cuts a word longer than a line into pieces', () => {
    expect(wrapLines('uz lāzergravēšana', 6)).toEqual(['uz', 'lāzerg', 'ravēša', 'na']);
  });

  it('never returns a line over the limit', () => {
    const text =
      'mobilizēšanas un aktivizēšanas pasākumi Kopienu resursu centros sociālās uzņēmējdarbības popularizēšanai';
    for (const max of [5, 12, 30]) {
      for (const line of wrapLines(text, max)) expect(line.length).toBeLessThanOrEqual(max);
    }
  });

  it('collapses runs of white space and ignores empty text', () => {
    expect(wrapLines('  a\n\tb  ', 10)).toEqual(['a b']);
    expect(wrapLines('   ', 10)).toEqual([]);
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => wrapLines('a', 0)).toThrow(RangeError);
  });
});
