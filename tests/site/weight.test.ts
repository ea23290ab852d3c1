/**
 * Page weight: each page's HTML and everything it references, against its template's budget; and
 * content pages (guidelines, stories, centres, videos, about) run no JavaScript of their own.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, readPage } from '../helpers/site';
import { sitePath } from '../gates/head-html';
import { weighPage, type PageWeight } from '../gates/weight';
import { overBudget, weightTable } from '../gates/weight-budgets';

const readAsset = (path: string) => {
  const file = join(distDir, sitePath(path));
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
};

describe(`page weight of the site in ${distDir}`, () => {
  const weights: PageWeight[] = [];
  const problems: string[] = [];
  for (const path of builtPages()) {
    const result = weighPage(path, readPage(path), readAsset);
    weights.push(result.weight);
    problems.push(...result.problems);
  }
  console.log(weightTable(weights));

  it('has pages to weigh', () => {
    expect(weights.length).toBeGreaterThan(0);
  });

  it('references only files that exist, and content pages ship no JavaScript of their own', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('keeps every page within its template budget', () => {
    const over = overBudget(weights);
    expect(over, `${over.join('\n')}\n\n${weightTable(weights)}`).toEqual([]);
  });
});
