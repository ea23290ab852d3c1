/**
 * Writes a pull request's preview comment (see scripts/cms/preview-comment.ts) to stdout:
 *   node scripts/preview-comment.ts --log build.log --base <base sha> [--url <preview address>] [--dist dist]
 * Without --url the build failed and the comment lists its errors only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { previewComment, problemsInLog, type BuiltPage } from './cms/preview-comment.ts';

const { values } = parseArgs({
  options: {
    log: { type: 'string' },
    base: { type: 'string' },
    url: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
  },
});
const diff = (filter: string) =>
  spawnSync(
    'git',
    [
      '-c',
      'core.quotePath=false',
      'diff',
      '--name-only',
      `--diff-filter=${filter}`,
      values.base ?? 'HEAD^',
      'HEAD',
      '--',
      'content',
    ],
    { encoding: 'utf8' },
  )
    .stdout.split('\n')
    .filter(Boolean);
const pagesFile = join(values.dist, 'admin', 'pages.json');
const pages: Record<string, BuiltPage> =
  values.url && existsSync(pagesFile) ? JSON.parse(readFileSync(pagesFile, 'utf8')) : {};
const log = values.log && existsSync(values.log) ? readFileSync(values.log, 'utf8') : '';
process.stdout.write(
  previewComment({ url: values.url, changed: diff('AMR'), removed: diff('D'), pages, problems: problemsInLog(log) }),
);
