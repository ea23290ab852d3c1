/** Checks on an entry's MDX body, line by line, so that each message can say where to look. */
import { bilingual } from './editor-messages';
import type { ContentProblem, EntryFacts } from './content-checks';

/** Images without alt text, and table columns aligned with colons, which the site cannot show. */
export function bodyProblems(entry: Pick<EntryFacts, 'file' | 'body'>): ContentProblem[] {
  return [...imagesWithoutAlt(entry), ...alignedTableColumns(entry)];
}

/** Markdown images `![](x)` and `<img>`/`<Image>` tags whose alt text is empty or missing. */
function imagesWithoutAlt(entry: Pick<EntryFacts, 'file' | 'body'>): ContentProblem[] {
  const found: ContentProblem[] = [];
  const lines = entry.body.split('\n');
  lines.forEach((line, index) => {
    const markdown = [...line.matchAll(/!\[\s*\]\(([^)]*)\)/g)].map((m) => m[1]);
    const tags = [...line.matchAll(/<(?:img|Image)\b([^>]*)>/g)]
      .filter((m) => !/\balt\s*=\s*(["'])\s*\S[^"']*\1|\balt\s*=\s*\{/.test(m[1] ?? ''))
      .map((m) => /\bsrc\s*=\s*["{]?([^"'}\s]+)/.exec(m[1] ?? '')?.[1] ?? '?');
    for (const src of [...markdown, ...tags]) {
      found.push({
        file: entry.file,
        field: `attēls/image ${src} (body line ${index + 1})`,
        message: bilingual(
          'Attēlam nav alternatīvā teksta: kvadrātiekavās pirms attēla adreses aprakstiet, kas tajā redzams',
          'The image has no alt text: between the square brackets before its address, describe what it shows',
        ),
      });
    }
  });
  return found;
}

/**
 * A table's delimiter row with colons (`| :--- | ---: |`). The Markdown processor turns them into inline
 * styles, which the Content-Security-Policy blocks, so the alignment would silently not show.
 */
function alignedTableColumns(entry: Pick<EntryFacts, 'file' | 'body'>): ContentProblem[] {
  const delimiterRow = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/;
  return entry.body.split('\n').flatMap((line, index) =>
    delimiterRow.test(line) && line.includes(':')
      ? [{
          file: entry.file,
          field: `tabula/table (body line ${index + 1})`,
          message: bilingual(
            'Kolonnu līdzināšana ar koliem (:---) šajā vietnē netiek rādīta: rakstiet tikai --- bez koliem',
            'Column alignment with colons (:---) is not shown on this site: write plain --- without colons',
          ),
        }]
      : [],
  );
}
