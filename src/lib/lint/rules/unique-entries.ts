/** Two entries never share an address, a title or (for guidelines) a place in the handbook, within a language. */
import { bilingual } from '../../editor-messages.ts';
import { lineOf } from '../schema-check.ts';
import type { LintEntry, LintProblem, SiteRule } from '../types.ts';

/** The later of two entries with the same key gets the message, naming the first. */
function twins(
  entries: LintEntry[],
  key: (e: LintEntry) => string | undefined,
  report: (entry: LintEntry, first: LintEntry) => LintProblem,
): LintProblem[] {
  const seen = new Map<string, LintEntry>();
  return entries.flatMap((entry) => {
    const k = key(entry);
    if (k === undefined) return [];
    const first = seen.get(k);
    if (!first) seen.set(k, entry);
    return first ? [report(entry, first)] : [];
  });
}

export const uniqueAddresses: SiteRule = (site) =>
  twins(
    site.entries,
    (e) => e.pagePath,
    (entry, first) => ({
      file: entry.file,
      line: lineOf(entry.frontmatter, ['slug']),
      message: bilingual(
        `Šai lapai būtu tā pati adrese, kas ${first.file}: dodiet failam citu nosaukumu vai citu "slug"`,
        `This page would have the same address as ${first.file}: give the file another name or another "slug"`,
      ),
    }),
  );

export const uniqueTitles: SiteRule = (site) =>
  twins(
    site.entries,
    (e) =>
      e.data.title ? `${e.collection}/${e.locale}/${e.data.title.trim().toLocaleLowerCase(e.locale)}` : undefined,
    (entry, first) => ({
      file: entry.file,
      line: lineOf(entry.frontmatter, ['title']),
      message: bilingual(
        `Virsraksts "${entry.data.title}" jau ir ${first.file}: lasītāji un meklēšana tos nevarētu atšķirt, izvēlieties citu`,
        `The title "${entry.data.title}" is already used by ${first.file}: readers and search could not tell them apart, choose another`,
      ),
    }),
  );

export const uniqueOrders: SiteRule = (site) =>
  twins(
    site.entries,
    (e) => (e.collection === 'guidelines' && e.data.order !== undefined ? `${e.locale}/${e.data.order}` : undefined),
    (entry, first) => ({
      file: entry.file,
      line: lineOf(entry.frontmatter, ['order']),
      message: bilingual(
        `Kārtas numurs ${entry.data.order} jau ir ${first.file}: izvēlieties citu`,
        `Order ${entry.data.order} is already used by ${first.file}: choose another`,
      ),
    }),
  );
