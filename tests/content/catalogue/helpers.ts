/**
 * The catalogue of bad content: each case is a few files of a content folder with one defect. The test
 * files lint each case alone (asserting its exact messages); tests/content/builds.test.ts builds all of
 * them at once, for real, and checks that the build reports exactly what the linter does and stops.
 */
import { rmSync } from 'node:fs';
import { lintContent, type LintProblem } from '../../../src/lib/lint/index.ts';
import { makeContent, zilupeCentre } from '../../helpers/build.ts';

export type Files = Record<string, string | Uint8Array>;

/** One defect. `unsafe` marks content that would run code (`runs`) or publish something unsafe (`publishes`). */
export interface Case {
  files: Files;
  unsafe?: 'runs' | 'publishes';
}

/** A story `stories/<locale>/<id>.mdx` whose title is its id; extra frontmatter lines go before the closing `---` (line 6). */
export function story(id: string, body = 'Teksts.', extraFront = '', locale: 'lv' | 'en' = 'lv'): Files {
  const front = [
    '---',
    `title: ${id}`,
    'description: Par centru.',
    'centres: [zilupe]',
    'date: 2026-11-24',
    ...(extraFront ? [extraFront] : []),
    '---',
  ];
  return { [`stories/${locale}/${id}.mdx`]: `${front.join('\n')}\n${body}\n` };
}

/** A file written as given, for defects in the frontmatter itself. */
export const raw = (path: string, text: string | Uint8Array): Files => ({ [path]: text });

/** A path (from the project folder, where builds run) that a case's code would create if it ran during the build. */
export const marker = (id: string) => `node_modules/.cache/dk-ran-${id}`;

/** The one centre the cases refer to. */
export const baseFiles: Files = { 'centres/lv/zilupe.mdx': zilupeCentre };

/** Lints a case's files with the centre beside them, files named from `content/`. */
export function lintCaseProblems(files: Files): LintProblem[] {
  const root = makeContent({ ...baseFiles, ...files });
  try {
    return lintContent({ root, shownRoot: 'content' });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A case's problems as an editor reads them: `file:line[:column] message`. */
export const lintCase = (files: Files): string[] =>
  lintCaseProblems(files).map((p) => `${p.file}:${p.line}${p.column ? `:${p.column}` : ''} ${p.message}`);
