/** The gh-pages branch holds the main site at its root and each preview in preview/pr-<n>/, each job touching only its own part. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dk-gh-pages-'));
const remote = join(dir, 'remote.git');
spawnSync('git', ['init', '-q', '--bare', remote]);
const env = { ...process.env, GH_PAGES_REMOTE: remote, GITHUB_SHA: 'test' };
const run = (...args: string[]) => spawnSync('bash', ['scripts/cms/gh-pages.sh', ...args], { encoding: 'utf8', env });
const tree = () =>
  spawnSync('git', ['--git-dir', remote, 'ls-tree', '-r', '--name-only', 'gh-pages'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .filter(Boolean);
const site = (name: string, files: Record<string, string>) => {
  const folder = join(dir, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
};

describe('scripts/cms/gh-pages.sh', () => {
  it('publishes the main site and previews side by side, replaces each on its own and removes a closed one', () => {
    expect(run('publish', site('pr7', { 'index.html': 'pr7' }), 'preview/pr-7').status).toBe(0);
    expect(
      run('publish', site('main1', { 'index.html': 'main', 'old.html': 'x', '_astro/a.css': 'a' }), '.').status,
    ).toBe(0);
    expect(run('publish', site('pr8', { 'index.html': 'pr8' }), 'preview/pr-8').status).toBe(0);
    expect(tree()).toEqual([
      '.nojekyll',
      '_astro/a.css',
      'index.html',
      'old.html',
      'preview/pr-7/index.html',
      'preview/pr-8/index.html',
    ]);
    expect(run('publish', site('main2', { 'index.html': 'main 2' }), '.').status).toBe(0);
    expect(run('remove', 'preview/pr-7').status).toBe(0);
    expect(tree()).toEqual(['.nojekyll', 'index.html', 'preview/pr-8/index.html']);
  }, 60_000);

  it('refuses a target outside the root and preview/pr-<n>', () => {
    const result = run('remove', '../etc');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('target must be . or preview/pr-<n>');
  });
});
