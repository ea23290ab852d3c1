/**
 * Accessibility gate: axe-core's WCAG 2.0/2.1/2.2 A and AA rules on a page as Chromium renders it,
 * in a light or dark colour scheme (the site switches its colours with prefers-color-scheme).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const schemes = ['light', 'dark'] as const;
export type Scheme = (typeof schemes)[number];

/** The axe violations of the page as it is now, in the given colour scheme. */
export async function audit(page: Page, scheme: Scheme): Promise<Result[]> {
  await page.emulateMedia({ colorScheme: scheme });
  // Legacy mode runs axe in the page itself, not in a blank helper page per run: much faster, and
  // the site's pages have no cross-origin frames until a reader asks for a video player.
  const results = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode().analyze();
  return results.violations;
}

/** One line per failing element: page, scheme, rule, what is wrong and where. */
export function describeViolations(path: string, scheme: Scheme, violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => {
      // The first reason axe gives is enough to find the problem; the full list repeats for every node.
      const why = (node.failureSummary ?? '').split('\n')[1]?.trim() ?? '';
      return `${path} (${scheme}): ${v.id} [${v.impact ?? 'n/a'}] ${v.help} at ${node.target.join(' ')}${why ? ` (${why})` : ''}`;
    }),
  );
}

/** How many failing elements per rule, for the summary printed after a run. */
export function ruleCounts(lines: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of lines) {
    const rule = /\): (\S+) \[/.exec(line)?.[1] ?? '?';
    counts[rule] = (counts[rule] ?? 0) + 1;
  }
  return counts;
}
