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
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatMarkdown, formatTable, summary } from './editor/translation-report.ts';
import { translationData } from './editor/translation-data.ts';

/** Writes `translations.md` for the content in `root` into the build folder `out`, and prints the table or (quiet) one line. */
export function reportTranslations({ root, out, quiet }: { root: string; out: string; quiet: boolean }): void {
  const rows = translationData(root, (message) => console.warn(`[translations] ${message}`));
  console.log(quiet ? `[translations] ${summary(rows)}: ${join(out, 'translations.md')}` : formatTable(rows));
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, 'translations.md'),
    formatMarkdown(rows, new Date().toISOString().slice(0, 16).replace('T', ' ')),
  );
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { root: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean', default: false } },
  });
  reportTranslations({
    root: values.root ?? process.env['CONTENT_ROOT'] ?? 'content',
    out: values.out ?? process.env['OUT_DIR'] ?? 'dist',
    quiet: values.quiet,
  });
}
