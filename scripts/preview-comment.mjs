/**
 * Writes a pull request's preview comment (see scripts/cms/preview-comment.mjs) to stdout:
 *   node scripts/preview-comment.mjs --log build.log --base <base sha> [--url <preview address>] [--dist dist]
 * Without --url the build failed and the comment lists its errors only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { previewComment, problemsInLog } from './cms/preview-comment.mjs';

const { values } = parseArgs({ options: { log: { type: 'string' }, base: { type: 'string' }, url: { type: 'string' }, dist: { type: 'string', default: 'dist' } } });
const diff = (filter) => spawnSync('git', ['-c', 'core.quotePath=false', 'diff', '--name-only', `--diff-filter=${filter}`, values.base ?? 'HEAD^', 'HEAD', '--', 'content'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
const pagesFile = join(values.dist, 'admin', 'pages.json');
const pages = values.url && existsSync(pagesFile) ? JSON.parse(readFileSync(pagesFile, 'utf8')) : {};
const log = values.log && existsSync(values.log) ? readFileSync(values.log, 'utf8') : '';
process.stdout.write(previewComment({ url: values.url, changed: diff('AMR'), removed: diff('D'), pages, problems: problemsInLog(log) }));
