/**
 * Every entry's translation status for a content folder, read from the files and their git history:
 * what `npm run translations` prints and what /admin/tulkojumi/ shows, from one place.
 */
import { spawnSync } from 'node:child_process';
import { collectionNames } from '../../src/lib/collections.ts';
import { entriesOf } from './content-folder.ts';
import {
  lastChangesFromLog,
  logArguments,
  sortRows,
  translationRows,
  type TranslationRow,
} from './translation-status.ts';

/** Where a report hears why its dates may be missing or wrong. */
export type Warn = (message: string) => void;

/** Each file's last real change, or undefined outside a git repository (e.g. a downloaded copy). */
function history(root: string, warn: Warn): Map<string, string> | undefined {
  const git = (...args: string[]) =>
    spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const log = git(...logArguments);
  if (log.status !== 0) {
    warn('Nav git vēstures: rāda tikai trūkstošos tulkojumus / No git history: only missing translations are shown');
    return undefined;
  }
  if (git('rev-parse', '--is-shallow-repository').stdout.trim() === 'true') {
    warn(
      'Vēsture ir nepilna (shallow clone): datumi var būt nepareizi / The history is shallow: dates may be wrong (use fetch-depth: 0)',
    );
  }
  return lastChangesFromLog(log.stdout);
}

/** The rows of the report, problems first; `warn` hears why dates may be missing or wrong. */
export function translationData(root: string, warn: Warn = () => {}): TranslationRow[] {
  return sortRows(
    translationRows(
      collectionNames.flatMap((collection) => entriesOf(root, collection)),
      history(root, warn),
    ),
  );
}
