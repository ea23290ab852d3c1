import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyProblems } from '../../src/lib/body-checks';
import { writeCorpus } from './corpus.mjs';

describe('the synthetic corpus', () => {
  const root = mkdtempSync(join(tmpdir(), 'dk-corpus-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes bodies the content checks accept, so the benchmark measures a build that succeeds', async () => {
    await writeCorpus(root, 20);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((file) => bodyProblems({ file, body: readFileSync(join(root, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '') }));
    expect(problems).toEqual([]);
  });
});
