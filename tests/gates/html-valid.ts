/**
 * Valid-HTML gate: the Nu Html Checker (vnu.jar, the W3C validator) over a whole built folder in one
 * Java run; its errors mapped to the page paths a reader would visit.
 */
import { spawnSync } from 'node:child_process';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const vnuJar = 'node_modules/vnu-jar/build/dist/vnu.jar';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** The site path of a checked file: `/en/about/` for `<dir>/en/about/index.html`. */
export function pageOf(fileUrl: string, dir: string): string {
  const file = fileURLToPath(fileUrl);
  const root = resolve(dir) + sep;
  const inside = file.startsWith(root) ? file.slice(root.length).split(sep).join('/') : file;
  return `/${inside}`.replace(/index\.html$/, '');
}

/** One line per error: page, place, the checker's message and the markup around it. */
export function readVnuReport(json: string, dir: string): string[] {
  const report = JSON.parse(json) as { messages: VnuMessage[] };
  return (
    report.messages
      // "Cannot recover after last error" only repeats the error before it.
      .filter((m) => (m.type === 'error' && m.subType !== 'fatal') || m.type === 'non-document-error')
      .map((m) => {
        const where = m.url ? pageOf(m.url, dir) : '(checker)';
        const extract = m.extract ? ` in “${m.extract.replace(/\s+/g, ' ').trim()}”` : '';
        return `${where}:${m.lastLine ?? 0}:${m.lastColumn ?? 0}: ${m.message}${extract}`;
      })
  );
}

/** Runs the checker once over every HTML file under `dir` and returns its errors. */
export function validateHtml(dir: string): { problems: string[]; checked: boolean } {
  const run = spawnSync(
    'java',
    ['-jar', vnuJar, '--format', 'json', '--errors-only', '--skip-non-html', '--stdout', '--exit-zero-always', dir],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (run.error || run.status !== 0 || !run.stdout.trim().startsWith('{')) {
    return { checked: false, problems: [`the checker did not run: ${run.error?.message ?? run.stderr.trim()}`] };
  }
  return { checked: true, problems: readVnuReport(run.stdout, dir) };
}
