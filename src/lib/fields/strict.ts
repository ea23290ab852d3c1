/** Objects that refuse keys they do not know, naming the nearest known key (`drafts` → `draft`). */
import { z } from 'astro/zod';
import { fieldError, unknownField, type FieldHelp } from '../editor-messages.ts';
import { described } from './rules.ts';

/** A strict object with its own help; an unknown key gets a message suggesting the nearest known one. */
export function strictObject<S extends z.ZodRawShape>(shape: S, h: FieldHelp) {
  const known = Object.keys(shape);
  const object = z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys
            .map((key) =>
              unknownField(h.field === '(frontmatter)' ? key : `${h.field}.${key}`, nearestKey(key, known), known),
            )
            .join('\n')
        : fieldError(h)(issue),
  });
  return described(object, h);
}

/** The known key closest to what was typed (about one edit per three letters, or `most`), or undefined when none is close. */
export function nearestKey(
  typed: string,
  known: readonly string[],
  most = Math.min(3, Math.ceil(typed.length / 3)),
): string | undefined {
  let best: string | undefined;
  let bestDistance = most + 1;
  for (const key of known) {
    const distance = editDistance(typed.toLowerCase(), key.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [key, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}
