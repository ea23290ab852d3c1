/** A story's or video's `centres` and `guidelines` name entries that exist, at the line of the name. */
import { bilingual } from '../../editor-messages.ts';
import { lineOf } from '../schema-check.ts';
import { contentFolder } from '../files.ts';
import type { LintProblem, SiteRule } from '../types.ts';

export const referencesExist: SiteRule = (site) => {
  const slugs = { centres: new Set<string>(), guidelines: new Set<string>() };
  for (const entry of site.entries) if (entry.collection === 'centres' || entry.collection === 'guidelines') slugs[entry.collection].add(entry.slug);
  const problems: LintProblem[] = [];
  for (const entry of site.entries) {
    for (const field of ['centres', 'guidelines'] as const) {
      (entry.data[field] ?? []).forEach((slug, index) => {
        if (slugs[field].has(slug)) return;
        const known = [...slugs[field]].sort().join(', ');
        problems.push({ file: entry.file, line: lineOf(entry.frontmatter, [field, index]), message: bilingual(
          `Nav ieraksta "${slug}" mapē ${contentFolder}/${field}: ${known ? `izmantojiet kādu no šiem: ${known}` : 'tur vēl nav neviena ieraksta, izdzēsiet to'}`,
          `There is no entry "${slug}" in ${contentFolder}/${field}: ${known ? `use one of: ${known}` : 'it holds no entries yet, delete it'}`,
        ) });
      });
    }
  }
  return problems;
};
