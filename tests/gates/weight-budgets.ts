/**
 * Budgets per template, in KB as a first visit costs (HTML, CSS and JS gzipped; fonts and images as
 * stored). A reader on a rural phone connection gets any content page in 40 KB all told; the centres
 * index with its map and the search page before a query in 60 KB. Fonts are the two subset files
 * (scripts/fonts/subset.mjs, about 8 KB each); a page that draws a character outside the subset also
 * loads a fallback file (13-59 KB) and fails here, which is the point: add the character's text to the
 * content and the subset grows by its glyph instead.
 */
import { sectionSegments } from '../../src/i18n/routes';
import { kinds, type Figures, type PageWeight } from './weight';
import { templates, type Template } from './weight-templates';

type Budget = Record<keyof Figures, number>;

/** Every page shares ~3.5 KB of CSS and the regular and bold subsets. */
const shared = { css: 5, font: 20 };
/** Pages without content images show only the favicon. */
const noPhotos = { image: 2 };
/** The budget for a first visit to a content page, all files together. */
const contentPage = 40;

export const budgets: Record<Template, Budget> = {
  home: { html: 8, ...shared, js: 0, ...noPhotos, total: 40 },
  // The centres index grows with the number of centres (10 KB at 250 of them); see mapBudget.
  // The guidelines index carries the "Save for reading offline" island.
  index: { html: 12, ...shared, js: 3, ...noPhotos, total: 40 },
  guideline: { html: 12, ...shared, js: 0, image: 20, total: contentPage },
  story: { html: 8, ...shared, js: 0, image: 20, total: contentPage },
  centre: { html: 10, ...shared, js: 0, image: 20, total: contentPage },
  // The click-to-load player of an embedded video is the only script a content page may have.
  video: { html: 8, ...shared, js: 4, image: 20, total: contentPage },
  page: { html: 8, ...shared, js: 0, image: 20, total: contentPage },
  search: { html: 6, ...shared, js: 12, ...noPhotos, total: 60 },
  // A topic's page lists cards like an index; it grows with the entries that carry the topic.
  topic: { html: 16, ...shared, js: 0, ...noPhotos, total: contentPage },
  // The whole handbook on one page (18 KB for eight guidelines): opened to print, not on a first visit.
  print: { html: 60, ...shared, js: 0, image: 20, total: 90 },
};

/** The centres index draws the map of every centre: a larger page, in 60 KB. */
const mapBudget: Budget = { html: 30, ...shared, js: 0, image: 2, total: 60 };
const centresSegments: readonly string[] = Object.values(sectionSegments.centres);

/** The budget of one page: its template's, or the map's for the centres index. */
export function budgetOf(path: string, template: Template): Budget {
  const parts = path.split('/').filter(Boolean);
  const first = parts[0] === 'en' ? parts[1] : parts[0];
  return template === 'index' && first !== undefined && centresSegments.includes(first) ? mapBudget : budgets[template];
}

const kb = (bytes: number) => bytes / 1024;

export function overBudget(weights: PageWeight[]): string[] {
  const problems: string[] = [];
  for (const { path, template, bytes } of weights) {
    if (!template) {
      problems.push(`${path}: no template has this address, so no budget applies`);
      continue;
    }
    for (const kind of [...kinds, 'total'] as const) {
      const limit = budgetOf(path, template)[kind];
      if (kb(bytes[kind]) > limit)
        problems.push(
          `${path} (${template}): ${kind} ${kb(bytes[kind]).toFixed(1)} KB is over the budget of ${limit} KB`,
        );
    }
  }
  return problems;
}

/** The heaviest page of each template against its budget, one row per template, in KB. */
export function weightTable(weights: PageWeight[]): string {
  const columns = [...kinds, 'total'] as const;
  const rows = templates.map((template) => {
    const pages = weights.filter((w) => w.template === template);
    if (pages.length === 0) return `${template.padEnd(10)} ${'0'.padStart(5)}  (no pages)`;
    const heaviest = pages.reduce((a, b) => (b.bytes.total > a.bytes.total ? b : a));
    const cells = columns.map((k) =>
      `${kb(Math.max(...pages.map((p) => p.bytes[k]))).toFixed(1)}/${budgetOf(heaviest.path, template)[k]}`.padStart(
        11,
      ),
    );
    return `${template.padEnd(10)} ${String(pages.length).padStart(5)} ${cells.join('')}  ${heaviest.path}`;
  });
  const header = `${'template'.padEnd(10)} ${'pages'.padStart(5)} ${columns.map((k) => k.padStart(11)).join('')}  heaviest page`;
  return [
    `Page weight of a first visit in KB, largest/budget of the heaviest page (HTML, CSS, JS gzipped; fonts and images above the fold as stored):`,
    header,
    ...rows,
  ].join('\n');
}
