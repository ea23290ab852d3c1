/** YAML mistakes as an editor can act on them: the line of the file, the likely cause and the fix, in both languages. */
import type { YAMLError } from 'yaml';
import { bilingual } from '../editor-messages.ts';
import type { Finding } from './types.ts';

export function missingOpeningLine(): Finding {
  return {
    line: 1,
    message: bilingual(
      'Faila pirmajai rindai jābūt --- (ar to sākas lauki, piemēram title:)',
      'The first line of the file must be --- (it opens the fields, such as title:)',
    ),
  };
}

export function missingClosingLine(line: number, lastField: number): Finding {
  return {
    line,
    message: bilingual(
      `Trūkst noslēdzošās rindas ---: ierakstiet --- atsevišķā rindā aiz pēdējā lauka (${lastField}. rinda), pirms teksta`,
      `The closing --- line is missing: write --- on a line of its own after the last field (line ${lastField}), before the text`,
    ),
  };
}

/** A value that starts with *, & or !, which YAML reads as a reference or a tag. */
export function specialCharacterProblem(yaml: string, lineOffset: number): Finding {
  const lines = yaml.split('\n');
  const index = Math.max(
    0,
    lines.findIndex((line) => /:\s+[*&!]/.test(line) || /^\s*-\s+[*&!]/.test(line)),
  );
  const written = (lines[index] ?? '').trim();
  return {
    line: index + 1 + lineOffset,
    message: bilingual(
      `Vērtība sākas ar *, & vai !, kam YAML ir īpaša nozīme (${written}): ielieciet visu vērtību pēdiņās, piemēram ${quoteAll(written)}`,
      `The value starts with *, & or !, which mean something in YAML (${written}): put the whole value in quotes, for example ${quoteAll(written)}`,
    ),
  };
}

/** One message per YAML error, at the line where the editor must change something. */
export function yamlProblem(error: YAMLError | undefined, yaml: string, lineOffset: number): Finding {
  const lines = yaml.split('\n');
  const reported = error?.linePos?.[0]?.line ?? 1;
  const at = (line: number, lv: string, en: string): Finding => ({
    line: line + lineOffset,
    message: bilingual(lv, en),
  });
  const written = (line: number) => (lines[line - 1] ?? '').trim();
  switch (error?.code) {
    case 'TAB_AS_INDENT':
      return at(
        reported,
        'Atkāpe veidota ar tabulāciju: YAML atkāpēm izmantojiet atstarpes (divas katrā līmenī)',
        'The indentation is a tab: YAML indents with spaces (two per level)',
      );
    case 'DUPLICATE_KEY': {
      const key = /^\s*([^:]+):/.exec(written(reported))?.[1]?.trim() ?? '';
      const first = lines.findIndex((line) => line.trim().startsWith(`${key}:`)) + 1;
      return at(
        reported,
        `Lauks "${key}" ir divreiz (arī ${first + lineOffset}. rindā): atstājiet vienu`,
        `The field "${key}" is written twice (also on line ${first + lineOffset}): keep one`,
      );
    }
    case 'MISSING_CHAR':
      if (/quote/.test(error.message)) {
        const line = unclosedQuoteLine(lines, reported);
        return at(
          line,
          `Pēdiņas nav aizvērtas: pievienojiet tās vērtības beigās, piemēram ${quoteFix(written(line))}`,
          `The quote is not closed: add it at the end of the value, for example ${quoteFix(written(line))}`,
        );
      }
      return notAField(at, reported, written(reported));
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      if (/^[\w.-]+:\s+[*&!]/.test(written(reported)))
        return specialCharacterProblem(lines.slice(reported - 1).join('\n'), lineOffset + reported - 1);
      return at(
        reported,
        `Vērtībā ir kols vai pēdiņas (${written(reported)}): ielieciet visu vērtību pēdiņās, piemēram ${quoteAll(written(reported))}`,
        `The value holds a colon or quotes (${written(reported)}): put the whole value in quotes, for example ${quoteAll(written(reported))}`,
      );
    case 'MULTILINE_IMPLICIT_KEY':
      return notAField(at, reported, written(reported));
    case 'BAD_INDENT': {
      const opened = unclosedBracketLine(lines, reported);
      return at(
        opened,
        `Saraksts nav aizvērts (${written(opened)}): aizveriet [ ar ] un { ar } tajā pašā rindā`,
        `A list is not closed (${written(opened)}): close [ with ] and { with } on the same line`,
      );
    }
    default:
      return at(
        reported,
        `Šo rindu nevar nolasīt kā lauku (${written(reported)}): rakstiet nosaukums: vērtība, piemēram title: "Virsraksts"`,
        `This line cannot be read as a field (${written(reported)}): write name: value, for example title: "Title"`,
      );
  }
}

function notAField(at: (line: number, lv: string, en: string) => Finding, line: number, text: string): Finding {
  return at(
    line,
    `Šī rinda nav lauks (${text}): aiz lauka nosaukuma rakstiet kolu un atstarpi, piemēram title: "Virsraksts"`,
    `This line is not a field (${text}): write the field's name, a colon and a space, for example title: "Title"`,
  );
}

/** The first line up to `reported` whose value opens a quote and does not close it: where the editor forgot it. */
function unclosedQuoteLine(lines: string[], reported: number): number {
  for (let index = 0; index < reported; index++) {
    const value = /^\s*(?:-\s+|[\w.-]+:\s+)(["'])(.*)$/.exec(lines[index] ?? '');
    if (value && !closes(value[1]!, value[2]!)) return index + 1;
  }
  return reported;
}

/** The last line up to `reported` that opens more brackets than it closes. */
function unclosedBracketLine(lines: string[], reported: number): number {
  for (let index = Math.min(reported, lines.length) - 1; index >= 0; index--) {
    const line = lines[index] ?? '';
    if (count(line, /[[{]/g) > count(line, /[\]}]/g)) return index + 1;
  }
  return reported;
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

function closes(quote: string, rest: string): boolean {
  return quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ''));
}

const quoteFix = (line: string) =>
  line.endsWith('"') || line.endsWith("'") ? line : `${line}${/:\s*'/.test(line) ? "'" : '"'}`;
/** The line with its whole value quoted: in single quotes when it holds double ones. */
const quoteAll = (line: string) =>
  line.replace(
    /^([\w.-]+):\s*(.*)$/,
    (_, key: string, value: string) =>
      `${key}: ${value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`}`,
  );
