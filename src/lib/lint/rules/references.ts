/**
 * A story's or video's `centres` and `guidelines` name entries that exist, at the line of the name. A
 * centre that several files still name (it was deleted or renamed) is reported once, with every file.
 */
import { bilingual } from '../../editor-messages.ts';
import { lineOf } from '../schema-check.ts';
import { contentFolder } from '../files.ts';
import type { LintProblem, SiteRule } from '../types.ts';

type Field = 'centres' | 'guidelines';
interface Named {
  field: Field;
  slug: string;
  file: string;
  line: number;
}

export const referencesExist: SiteRule = (site) => {
  const slugs: Record<Field, Set<string>> = { centres: new Set(), guidelines: new Set() };
  for (const entry of site.entries)
    if (entry.collection === 'centres' || entry.collection === 'guidelines') slugs[entry.collection].add(entry.slug);
  const missing: Named[] = site.entries.flatMap((entry) =>
    (['centres', 'guidelines'] as const).flatMap((field) =>
      (entry.data[field] ?? []).flatMap((slug, index) =>
        slugs[field].has(slug)
          ? []
          : [{ field, slug, file: entry.file, line: lineOf(entry.frontmatter, [field, index]) }],
      ),
    ),
  );
  return [...Map.groupBy(missing, (m) => `${m.field}/${m.slug}`).values()].map((named): LintProblem => {
    const [first] = named as [Named, ...Named[]];
    const known = [...slugs[first.field]].sort().join(', ');
    const choose = known
      ? [`izmantojiet kādu no šiem: ${known}`, `use one of: ${known}`]
      : ['tur vēl nav neviena ieraksta, izdzēsiet to', 'it holds no entries yet, delete it'];
    const where = `${contentFolder}/${first.field}`;
    if (named.length === 1) {
      return {
        file: first.file,
        line: first.line,
        message: bilingual(
          `Nav ieraksta "${first.slug}" mapē ${where}: ${choose[0]}`,
          `There is no entry "${first.slug}" in ${where}: ${choose[1]}`,
        ),
      };
    }
    const list = named.map((n) => `${n.file}:${n.line}`).join(', ');
    return {
      file: first.file,
      line: first.line,
      message: bilingual(
        `Nav ieraksta "${first.slug}" mapē ${where} (ja tas izdzēsts vai pārdēvēts, atjaunojiet to), bet to min šie faili: ${list}: ${choose[0]}`,
        `There is no entry "${first.slug}" in ${where} (if it was deleted or renamed, restore it), but these files name it: ${list}: ${choose[1]}`,
      ),
    };
  });
};
