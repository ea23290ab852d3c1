/**
 * `npm run translations` in a real git repository: a Latvian change makes the English file out of
 * date, a typo fix does not, and a file without its twin is reported missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = mkdtempSync(join(tmpdir(), 'dk-history-'));
const out = mkdtempSync(join(tmpdir(), 'dk-report-'));

function git(date: string, ...args: string[]) {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const run = spawnSync('git', ['-c', 'user.name=Redaktore', '-c', 'user.email=redaktore@example.org', ...args], {
    cwd: repo,
    env,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
}

/** Writes content files and commits them with the given title on the given day. */
function commit(date: string, title: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, 'content', path)), { recursive: true });
    writeFileSync(join(repo, 'content', path), text);
  }
  git(date, 'add', '.');
  git(date, 'commit', '-q', '-m', title);
}

const mdx = (title: string, body = 'Teksts.') => `---\ntitle: ${title}\ndescription: Par.\n---\n${body}\n`;

describe('npm run translations', () => {
  let table = '';
  let report = '';

  beforeAll(() => {
    git('2026-01-01T09:00:00Z', 'init', '-q', '-b', 'main');
    commit('2026-01-01T10:00:00Z', 'Divi stāsti abās valodās', {
      'stories/lv/gimenu-diena.mdx': mdx('Ģimeņu diena'),
      'stories/en/gimenu-diena.mdx': mdx('Family day'),
      'stories/lv/dārzs.mdx': mdx('Dārzs'),
      'stories/en/dārzs.mdx': mdx('Garden'),
    });
    commit('2026-02-01T10:00:00Z', 'Ģimeņu diena: jauna sadaļa', {
      'stories/lv/gimenu-diena.mdx': mdx('Ģimeņu diena', 'Teksts.\n\n## Jauna sadaļa'),
    });
    commit('2026-03-01T10:00:00Z', 'Dārzs: komats [typo]', {
      'stories/lv/dārzs.mdx': mdx('Dārzs', 'Teksts, ar komatu.'),
    });
    commit('2026-03-02T10:00:00Z', 'typo: garden', { 'stories/en/dārzs.mdx': mdx('Garden', 'Text.') });
    commit('2026-04-01T10:00:00Z', 'Zilupes centrs', { 'centres/lv/zilupe.mdx': mdx('Zilupes centrs') });

    const run = spawnSync(
      process.execPath,
      ['scripts/translations.ts', '--root', join(repo, 'content'), '--out', out],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    table = run.stdout;
    report = readFileSync(join(out, 'translations.md'), 'utf8');
  });

  it('reports the English file as out of date after a later Latvian change', () => {
    expect(table).toMatch(/stories +gimenu-diena +2026-02-01 +2026-01-01 +EN vecāks par LV \/ EN older than LV/);
    expect(report).toContain(
      '| stories | gimenu-diena | 2026-02-01 | 2026-01-01 | EN vecāks par LV / EN older than LV |',
    );
  });

  it('does not count commits marked as typo fixes', () => {
    expect(report).toContain('| stories | dārzs | 2026-01-01 | 2026-01-01 | aktuāls / up to date |');
  });

  it('reports a file with no twin as missing its translation', () => {
    expect(table).toMatch(/centres +zilupe +2026-04-01 +— +trūkst EN \/ EN missing/);
    expect(report).toContain('| centres | zilupe | 2026-04-01 | — | trūkst EN / EN missing |');
    expect(report).toContain('3 entries: 1 missing a translation, 1 out of date');
  });
});
