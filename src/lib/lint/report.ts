/** The linter's problems as an editor reads them: grouped by file, no stack trace; and as GitHub workflow annotations. */
import { bilingual } from '../editor-messages.ts';
import type { LintProblem } from './types.ts';

/** Every problem, grouped by file, each with its line (and column), Latvian then English. */
export function formatReport(problems: LintProblem[]): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const blocks = [...byFile].map(([file, list]) =>
    [
      file,
      ...list.map((p) => `  ${p.line}${p.column ? `:${p.column}` : ''}  ${p.message.replace(/\n/g, '\n      ')}`),
    ].join('\n'),
  );
  return [
    bilingual(`Saturā ir ${problems.length} kļūda(s)`, `The content has ${problems.length} problem(s)`) + ':',
    '',
    ...blocks,
    '',
    bilingual(
      'Izlabojiet katru minēto rindu un palaidiet būvēšanu vēlreiz (skat. CONTRIBUTING.md)',
      'Fix each line named above and build again (see CONTRIBUTING.md)',
    ),
  ].join('\n');
}

/** `::error file=…,line=…,col=…::message`, which GitHub shows on the line in a pull request's "Files changed". */
export function annotations(problems: LintProblem[]): string {
  return problems
    .map(
      (p) =>
        `::error file=${escapeProperty(p.file)},line=${p.line}${p.column ? `,col=${p.column}` : ''}::${escapeData(p.message)}`,
    )
    .join('\n');
}

// GitHub's workflow-command escaping: data keeps %, CR and LF out; properties also , and :.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
