/** A translation names the same centres and guidelines as its original: the two languages tell the same story. */
import { bilingual } from '../../editor-messages.ts';
import { defaultLocale } from '../../../i18n/index.ts';
import { lineOf } from '../schema-check.ts';
import type { LintProblem, SiteRule } from '../types.ts';

export const translationReferences: SiteRule = (site) => {
  const originals = new Map(
    site.entries.filter((e) => e.locale === defaultLocale).map((e) => [`${e.collection}/${e.slug}`, e]),
  );
  const problems: LintProblem[] = [];
  for (const entry of site.entries) {
    const original = entry.locale === defaultLocale ? undefined : originals.get(`${entry.collection}/${entry.slug}`);
    if (!original) continue;
    for (const field of ['centres', 'guidelines'] as const) {
      const mine = [...(entry.data[field] ?? [])].sort().join(', ');
      const theirs = [...(original.data[field] ?? [])].sort().join(', ');
      if (mine === theirs) continue;
      problems.push({
        file: entry.file,
        line: lineOf(entry.frontmatter, [field]),
        message: bilingual(
          `Tulkojumā lauks "${field}" ir [${mine}], bet oriģinālā ${original.file} [${theirs}]: rakstiet tos pašus`,
          `The translation's "${field}" is [${mine}], but the original ${original.file} has [${theirs}]: write the same`,
        ),
      });
    }
  }
  return problems;
};
