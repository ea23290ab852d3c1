/** The catalogue holds what the issue asks: at least 60 cases, each reporting at least one problem (a case that reports nothing proves nothing). */
import { describe, expect, it } from 'vitest';
import { allCases } from './all-cases.ts';
import { lintCaseProblems } from './helpers.ts';

describe('the catalogue', () => {
  it('has at least 60 bad inputs', () => expect(Object.keys(allCases).length).toBeGreaterThanOrEqual(60));

  for (const [name, c] of Object.entries(allCases)) {
    it(`reports ${name}`, () => expect(lintCaseProblems(c.files).length).toBeGreaterThan(0));
  }
});
