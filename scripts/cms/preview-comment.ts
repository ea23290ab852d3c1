/**
 * The comment a pull request's preview job posts: the preview's address, a link to the page of every
 * content file the pull request changed, and a short bilingual summary of the content check, read from
 * the build's `::error file=…,line=…::message` annotations (the same ones GitHub shows on the lines).
 */

/** Marks the comment so that later runs edit it instead of adding another. */
export const marker = '<!-- darbigas-kopienas-preview -->';

const unescape = (text: string) =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** A built page, as /admin/pages.json lists it under its content file. */
export interface BuiltPage {
  path: string;
  title: string;
}
/** One content problem, as the build annotated it. */
export interface Problem {
  file?: string | undefined;
  line?: number | undefined;
  message: string;
}

/** The content problems in a build log, as { file, line, message }. */
export function problemsInLog(log: string): Problem[] {
  return [...log.matchAll(/^::error (.*?)::(.*)$/gm)].map(([, properties = '', message = '']) => {
    const fields: Record<string, string> = Object.fromEntries(
      properties
        .split(',')
        .map((pair) => pair.split('='))
        .map(([key = '', value = '']) => [key, unescape(value)]),
    );
    return {
      file: fields['file'],
      line: fields['line'] ? Number(fields['line']) : undefined,
      message: unescape(message),
    };
  });
}

/** At most this many problems are listed; the rest are on the lines in "Files changed". */
const shown = 10;

/**
 * The comment's Markdown. `changed` are the content files the pull request added or changed,
 * `removed` those it deleted; `pages` is the built site's /admin/pages.json; `url` the preview's address,
 * or undefined when the build failed.
 */
export function previewComment({
  url,
  changed,
  removed = [],
  pages,
  problems,
}: {
  url?: string | undefined;
  changed: string[];
  removed?: string[];
  pages: Record<string, BuiltPage>;
  problems: Problem[];
}): string {
  const lines = [marker, '### Priekšskatījums / Preview', ''];
  if (url) lines.push(`**Adrese / Address:** ${url}`, '');
  else
    lines.push(
      'Priekšskatījums netika uzbūvēts: vispirms izlabojiet kļūdas zemāk. / The preview was not built: fix the errors below first.',
      '',
    );
  const linked = changed.filter((file) => pages[file]);
  if (url && linked.length > 0) {
    lines.push('**Mainītās lapas / Changed pages:**', '');
    for (const file of linked) {
      const page = pages[file]!;
      lines.push(`- [${page.title}](${new URL(page.path.replace(/^\//, ''), url).href}) (\`${file}\`)`);
    }
    lines.push('');
  }
  const unlisted = changed.filter((file) => !pages[file] && file.endsWith('.mdx'));
  if (url && unlisted.length > 0)
    lines.push(`Bez lapas (melnraksts?) / No page (a draft?): ${unlisted.map((file) => `\`${file}\``).join(', ')}`, '');
  if (removed.length > 0) lines.push(`Dzēsti / Removed: ${removed.map((file) => `\`${file}\``).join(', ')}`, '');
  if (problems.length === 0) lines.push('**Satura pārbaude / Content check:** kļūdu nav / no errors.');
  else {
    lines.push(
      `**Satura pārbaude / Content check:** ${problems.length} ${problems.length === 1 ? 'kļūda / error' : 'kļūdas / errors'} (tās redzamas arī pie rindām cilnē "Files changed" / also shown on the lines in "Files changed"):`,
      '',
    );
    for (const p of problems.slice(0, shown))
      lines.push(`- \`${p.file ?? '?'}${p.line ? `:${p.line}` : ''}\`: ${p.message.replace(/\n/g, ' ')}`);
    if (problems.length > shown)
      lines.push(`- … un vēl ${problems.length - shown} / and ${problems.length - shown} more`);
  }
  return `${lines.join('\n')}\n`;
}
