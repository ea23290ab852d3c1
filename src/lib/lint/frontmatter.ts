/**
 * The one reader of frontmatter, for the linter, the editor scripts and the tests: the `yaml` library
 * reads the text between the `---` lines (BOM, CRLF and comments allowed), and every YAML mistake becomes
 * a bilingual message at the line of the editor's file.
 */
import { LineCounter, parseDocument } from 'yaml';
import { missingClosingLine, missingOpeningLine, specialCharacterProblem, yamlProblem } from './yaml-messages.ts';
import type { Finding, Frontmatter } from './types.ts';

/** The file split at its frontmatter: the YAML, and the body with the frontmatter's lines left blank so lines still match. */
export interface SplitFile {
  yaml: string;
  body: string;
}

/** Splits a file's text; a Finding when the `---` lines are missing. */
export function splitFrontmatter(text: string): SplitFile | Finding {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return missingOpeningLine();
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  const bodyLike = lines.findIndex((line, index) => index > 0 && (end < 0 || index < end) && looksLikeBody(line));
  if (end < 0 || bodyLike > 0)
    return missingClosingLine(
      bodyLike > 0 ? bodyLike + 1 : lines.length,
      lastFieldLine(lines, bodyLike > 0 ? bodyLike : lines.length),
    );
  return {
    yaml: lines.slice(1, end).join('\n'),
    body: [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n'),
  };
}

/** Body text that YAML would misread: a `##` heading, or a line of prose with no colon. */
function looksLikeBody(line: string): boolean {
  return /^#{2,6}\s/.test(line) || /^[^\s#:\-'"[{][^:]*$/.test(line) || /^(?:import|export)\s/.test(line);
}

function lastFieldLine(lines: string[], before: number): number {
  for (let index = before - 1; index > 0; index--) if (/^[\w-]+\s*:/.test(lines[index]!)) return index + 1;
  return 1;
}

/** Reads a file's frontmatter: the data and document, or every YAML mistake found. */
export function readFrontmatter(text: string): { frontmatter: Frontmatter; body: string } | { problems: Finding[] } {
  const split = splitFrontmatter(text);
  if ('message' in split) return { problems: [split] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, uniqueKeys: true, schema: 'core' });
  const lineOffset = 1;
  if (doc.errors.length > 0) return { problems: doc.errors.map((error) => yamlProblem(error, split.yaml, lineOffset)) };
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch {
    // The one mistake the parser leaves for later: an alias (`title: *Svarīgi*`) that names no anchor.
    return { problems: [specialCharacterProblem(split.yaml, lineOffset)] };
  }
  if (typeof data !== 'object' || Array.isArray(data))
    return { problems: [yamlProblem(undefined, split.yaml, lineOffset)] };
  return { frontmatter: { data: data as Record<string, unknown>, doc, lineCounter, lineOffset }, body: split.body };
}

/** The data of a file's frontmatter, or undefined when it cannot be read: for the editor scripts. */
export function frontmatterData(text: string): Record<string, unknown> | undefined {
  const read = readFrontmatter(text);
  return 'frontmatter' in read ? read.frontmatter.data : undefined;
}
