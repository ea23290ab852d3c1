/** One h1 per page (the title, which the page shows itself) and no skipped heading levels. */
import { bilingual } from '../../editor-messages.ts';
import { at, nodes } from '../body.ts';
import type { EntryRule, Finding } from '../types.ts';

export const headingLevels: EntryRule = (entry) => {
  if (!entry.tree) return [];
  const found: Finding[] = [];
  let previous = 1;
  for (const node of nodes(entry.tree)) {
    if (node.type !== 'heading') continue;
    const depth = (node as { depth: number }).depth;
    if (depth === 1) {
      found.push({
        ...at(node),
        message: bilingual(
          'Virsraksts ar vienu # ir lapas nosaukums, ko rāda lauks title: sāciet ar ## (otrā līmeņa virsrakstu)',
          'A heading with one # is the page title, which the field title shows: start with ## (a second-level heading)',
        ),
      });
    } else if (depth > previous + 1) {
      const fix = '#'.repeat(previous + 1);
      found.push({
        ...at(node),
        message: bilingual(
          `Virsrakstu līmenis izlaists (${'#'.repeat(depth)} pēc ${'#'.repeat(previous)}): rakstiet ${fix}`,
          `A heading level is skipped (${'#'.repeat(depth)} after ${'#'.repeat(previous)}): write ${fix}`,
        ),
      });
    }
    previous = Math.max(depth, 1);
  }
  return found;
};
