import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintContent } from '../../src/lib/lint/index.ts';
import { writeCorpus } from './corpus.mjs';

describe('the synthetic corpus', () => {
  const root = mkdtempSync(join(tmpdir(), 'dk-corpus-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes content the content linter accepts, so the benchmark measures a build that succeeds', async () => {
    await writeCorpus(root, 20);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(20);
    expect(lintContent({ root })).toEqual([]);
  });
});
