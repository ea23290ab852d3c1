import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSummary, ownerOf, profileSummary } from './profile.mjs';

describe('the build profile summary', () => {
  it('names the package, the site or Node for a frame', () => {
    expect(ownerOf('file:///w/node_modules/@mdx-js/mdx/lib/core.js', 'f')).toBe('@mdx-js/mdx');
    expect(ownerOf('node:internal/fs/promises', 'f')).toBe('node:fs');
    expect(ownerOf('node:path', 'f')).toBe('node:path');
    expect(ownerOf('file:///w/src/lib/routes.ts', 'f')).toBe('site code');
    expect(ownerOf('', '(garbage collector)')).toBe('(garbage collector)');
  });

  it('adds up self time per owner over every profile, leaving idle time out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-prof-'));
    const nodes = [
      { id: 1, callFrame: { url: '', functionName: '(idle)' } },
      { id: 2, callFrame: { url: 'file:///w/node_modules/vite/dist/x.js', functionName: 'a' } },
      { id: 3, callFrame: { url: 'file:///w/src/x.ts', functionName: 'b' } },
    ];
    writeFileSync(
      join(dir, 'a.cpuprofile'),
      JSON.stringify({ nodes, samples: [1, 2, 2, 3], timeDeltas: [5000, 2000, 2000, 1000] }),
    );
    writeFileSync(join(dir, 'b.cpuprofile'), JSON.stringify({ nodes, samples: [3], timeDeltas: [3000] }));
    const summary = profileSummary(dir);
    expect(summary).toEqual([
      ['vite', 4],
      ['site code', 4],
    ]);
    expect(formatSummary(summary)[0]).toMatch(/^vite +0\.0 s +50 %$/);
  });
});
