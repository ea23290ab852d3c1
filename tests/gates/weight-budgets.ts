/**
 * Budgets per template, in KB as sent (HTML, CSS and JS gzipped). Set from the largest pages measured
 * (the site's content and the benchmark corpus at 5000 stories, see docs/benchmark.md): HTML at about
 * twice that, for real texts longer than the synthetic ones; images for a few photos per page.
 */
import { kinds, type Figures, type PageWeight } from './weight';
import { templates, type Template } from './weight-templates';

type Budget = Record<keyof Figures, number>;

// Every page shares ~3 KB of CSS and the Noto Sans files (latin + latin-ext, 400 + 700: 138 KB).
const shared = { css: 5, font: 150 };
/** Pages without content images show only the favicon. */
const noPhotos = { image: 2 };

export const budgets: Record<Template, Budget> = {
  home: { html: 5, ...shared, js: 0, ...noPhotos, total: 160 },
  // The centres index grows with the number of centres: 10 KB at 250 of them.
  index: { html: 16, ...shared, js: 0, ...noPhotos, total: 175 },
  guideline: { html: 12, ...shared, js: 0, image: 150, total: 320 },
  story: { html: 8, ...shared, js: 0, image: 150, total: 310 },
  centre: { html: 10, ...shared, js: 0, image: 150, total: 315 },
  // The click-to-load player of an embedded video is the only script a content page may have.
  video: { html: 8, ...shared, js: 4, image: 150, total: 310 },
  page: { html: 8, ...shared, js: 0, image: 150, total: 310 },
  search: { html: 5, ...shared, js: 6, ...noPhotos, total: 165 },
  // A topic's page lists cards like an index; it grows with the entries that carry the topic.
  topic: { html: 16, ...shared, js: 0, ...noPhotos, total: 175 },
  // The whole handbook on one page (18 KB for eight guidelines): opened to print, not on a first visit.
  print: { html: 60, ...shared, js: 0, image: 150, total: 370 },
};

const kb = (bytes: number) => bytes / 1024;

export function overBudget(weights: PageWeight[]): string[] {
  const problems: string[] = [];
  for (const { path, template, bytes } of weights) {
    if (!template) {
      problems.push(`${path}: no template has this address, so no budget applies`);
      continue;
    }
    for (const kind of [...kinds, 'total'] as const) {
      const limit = budgets[template][kind];
      if (kb(bytes[kind]) > limit) problems.push(`${path} (${template}): ${kind} ${kb(bytes[kind]).toFixed(1)} KB is over the budget of ${limit} KB`);
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
    const cells = columns.map((k) => `${kb(Math.max(...pages.map((p) => p.bytes[k]))).toFixed(1)}/${budgets[template][k]}`.padStart(11));
    return `${template.padEnd(10)} ${String(pages.length).padStart(5)} ${cells.join('')}  ${heaviest.path}`;
  });
  const header = `${'template'.padEnd(10)} ${'pages'.padStart(5)} ${columns.map((k) => k.padStart(11)).join('')}  heaviest page`;
  return [`Page weight in KB, largest/budget (HTML, CSS, JS gzipped; images and fonts as stored):`, header, ...rows].join('\n');
}
