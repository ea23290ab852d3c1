/** content/contact.json exists, is JSON and holds the fields <ContactDetails /> shows, each problem at its line. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bilingual } from '../../editor-messages.ts';
import { contactSchema } from '../../fields/index.ts';
import type { LintProblem, SiteRule } from '../types.ts';

export const contactFile: SiteRule = (site) => {
  const file = `${site.root}/contact.json`;
  const path = join(site.diskRoot, 'contact.json');
  if (!existsSync(path))
    return site.entries.some((e) => e.collection === 'pages' && e.slug === 'contact')
      ? [
          {
            file,
            line: 1,
            message: bilingual(
              'Trūkst faila content/contact.json, ko rāda kontaktu lapa: atjaunojiet to',
              'The file content/contact.json, which the contact page shows, is missing: restore it',
            ),
          },
        ]
      : [];
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const line = Number(/line (\d+)/.exec(String(error))?.[1] ?? 1);
    return [
      {
        file,
        line,
        message: bilingual(
          'Fails nav derīgs JSON: pārbaudiet pēdiņas un komatus (aiz pēdējā lauka komata nav)',
          'The file is not valid JSON: check the quotes and commas (there is no comma after the last field)',
        ),
      },
    ];
  }
  const result = contactSchema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map(
        (issue): LintProblem => ({ file, line: lineOfKey(text, issue.path.map(String)), message: issue.message }),
      );
};

/** The line of the deepest key of `path` in the JSON text: each key is looked for after its parent. */
function lineOfKey(text: string, path: string[]): number {
  let offset = 0;
  for (const key of path) {
    const found = text.indexOf(`"${key}"`, offset);
    if (found < 0) break;
    offset = found;
  }
  return text.slice(0, offset).split('\n').length;
}
