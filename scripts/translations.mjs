/**
 * `npm run translations`: for every entry, whether its other language is missing or older than the
 * last change of its counterpart, from git history. Prints a table and writes `translations.md`
 * into the build folder, where editors read it on the built site (every build writes it, through
 * src/integrations/translation-report.ts).
 *   --root <content folder>  (default: CONTENT_ROOT or content)
 *   --out <build folder>     (default: OUT_DIR or dist)
 *   --quiet                  one summary line instead of the table
 * Commits titled with [typo] or starting with "typo:" do not count as changes (see CONTRIBUTING.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { collectionNames } from '../src/lib/collections.ts';
import { entriesOf } from './editor/content-folder.mjs';
import { formatMarkdown, formatTable, summary } from './editor/translation-report.mjs';
import { lastChangesFromLog, logArguments, sortRows, translationRows } from './editor/translation-status.mjs';

/** Each file's last real change, or undefined outside a git repository (e.g. a downloaded copy). */
function history(root) {
  const git = (...args) => spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const log = git(...logArguments);
  if (log.status !== 0) {
    console.warn('[translations] Nav git vēstures: rāda tikai trūkstošos tulkojumus / No git history: only missing translations are shown');
    return undefined;
  }
  if (git('rev-parse', '--is-shallow-repository').stdout.trim() === 'true') {
    console.warn('[translations] Vēsture ir nepilna (shallow clone): datumi var būt nepareizi / The history is shallow: dates may be wrong (use fetch-depth: 0)');
  }
  return lastChangesFromLog(log.stdout);
}

/** Writes `translations.md` for the content in `root` into the build folder `out`, and prints the table or (quiet) one line. */
export function reportTranslations({ root, out, quiet }) {
  const rows = sortRows(translationRows(collectionNames.flatMap((collection) => entriesOf(root, collection)), history(root)));
  console.log(quiet ? `[translations] ${summary(rows)}: ${join(out, 'translations.md')}` : formatTable(rows));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'translations.md'), formatMarkdown(rows, new Date().toISOString().slice(0, 16).replace('T', ' ')));
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { root: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
  reportTranslations({ root: values.root ?? process.env.CONTENT_ROOT ?? 'content', out: values.out ?? process.env.OUT_DIR ?? 'dist', quiet: values.quiet });
}
