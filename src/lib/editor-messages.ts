/**
 * Messages for editors, in Latvian and English, naming the field and what to write.
 * The field rules (./fields/) and the content linter (./lint/) share them
 * so that every content error reads the same way.
 */

/** One bilingual sentence: Latvian first, then English. */
export function bilingual(lv: string, en: string): string {
  return `${lv} / ${en}`;
}

/** What an editor sees for a field that is missing or holds the wrong kind of value. */
export interface FieldHelp {
  /** The field's name as written in the frontmatter. */
  field: string;
  /** What to write, in Latvian, e.g. `virsraksts teksta veidā`. */
  lv: string;
  /** What to write, in English, e.g. `the title as text`. */
  en: string;
  /** A line to copy into the frontmatter, e.g. `title: "Mūsu centrs"`. */
  example: string;
}

export function missingField(help: FieldHelp): string {
  return bilingual(
    `Trūkst lauka "${help.field}": ierakstiet ${help.lv}, piemēram ${help.example}`,
    `The field "${help.field}" is missing: add ${help.en}, for example ${help.example}`,
  );
}

export function wrongField(help: FieldHelp, got: unknown): string {
  return bilingual(
    `Lauks "${help.field}" ir nepareizs (${describe(got)}): vajag ${help.lv}, piemēram ${help.example}`,
    `The field "${help.field}" is wrong (${describe(got)}): it must be ${help.en}, for example ${help.example}`,
  );
}

/** A zod `error` callback that picks the missing- or wrong-field message. */
export function fieldError(help: FieldHelp) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? missingField(help) : wrongField(help, issue.input);
}

/** An unknown key: names the nearest known one, else lists them all (a typo such as `drafts: true` must not publish a draft). */
export function unknownField(key: string, nearest: string | undefined, known: readonly string[]): string {
  return nearest
    ? bilingual(
        `Nezināms lauks "${key}": vai domājāt "${nearest}"?`,
        `Unknown field "${key}": did you mean "${nearest}"?`,
      )
    : bilingual(
        `Nezināms lauks "${key}": atļautie lauki ir ${known.join(', ')}`,
        `Unknown field "${key}": the fields allowed here are ${known.join(', ')}`,
      );
}

function describe(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `"${value}"`;
  return JSON.stringify(value) ?? String(value);
}
