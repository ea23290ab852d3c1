/**
 * CONTRIBUTING.md's tables of messages stay in step with the real ones: every message the catalogue produces
 * starts as one row says (in Latvian and in English), and every row is a message the linter really gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCases } from './catalogue/all-cases.ts';
import { lintCaseProblems } from './catalogue/helpers.ts';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');

/** The message beginnings under `<!-- messages: lang -->`, as patterns in which … stands for any text. */
function rows(language: 'lv' | 'en'): { row: string; pattern: RegExp }[] {
  const section = guide.split(`<!-- messages: ${language} -->`)[1]!.split('\n\n')[0]!;
  return [...section.matchAll(/^(?:\| |- )`(.+?)`(?: \||:)/gm)].map(([, row]) => ({
    row: row!,
    pattern: new RegExp(
      `^${row!
        .split('…')
        .map((part) => part.replace(/\\\\/g, '\\').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*?')}`,
    ),
  }));
}

const messages = Object.values(allCases).flatMap((c) => lintCaseProblems(c.files).map((p) => p.message));
const halves = { lv: messages.map((m) => m.split(' / ')[0]!), en: messages.map((m) => m.slice(m.indexOf(' / ') + 3)) };

describe('CONTRIBUTING.md’s messages', () => {
  for (const language of ['lv', 'en'] as const) {
    it(`explain every message the checks give, in ${language}`, () => {
      const table = rows(language);
      expect(table.length).toBeGreaterThan(50);
      expect(halves[language].filter((text) => !table.some(({ pattern }) => pattern.test(text)))).toEqual([]);
    });

    it(`list only messages the checks really give, in ${language}`, () => {
      expect(
        rows(language)
          .filter(({ pattern }) => !halves[language].some((text) => pattern.test(text)))
          .map(({ row }) => row),
      ).toEqual([]);
    });
  }
});
