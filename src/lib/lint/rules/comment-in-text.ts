/**
 * Text cut short by a `#`: in `title: Nr #1 centrs` YAML reads ` #1 centrs` as a comment, and the page
 * would be published titled "Nr". A comment after a date or a number (`date: 2026-11-24 # …`) is fine.
 */
import { isMap, isPair, isScalar, type Node } from 'yaml';
import { bilingual } from '../../editor-messages.ts';
import { lineOf } from '../schema-check.ts';
import type { EntryRule, Finding } from '../types.ts';

/** Values that read as something other than text, after which a comment cuts nothing. */
const notText = /^(?:-?\d+(?:\.\d+)?|\d{4}-\d{2}-\d{2}|true|false|null|~)$/;

export const commentInText: EntryRule = (entry) => {
  const found: Finding[] = [];
  const visit = (node: Node | null | undefined, path: string[]) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = [...path, String(pair.key.value)];
      const value = pair.value as Node | null;
      if (isScalar(value) && value.type === 'PLAIN' && value.comment && !notText.test(String(value.value))) {
        const kept = String(value.value);
        const cut = `${kept} #${value.comment}`;
        found.push({
          line: lineOf(entry.frontmatter, key),
          message: bilingual(
            `Teksts aiz # ir komentārs, un lapā būtu tikai "${kept}": ielieciet visu vērtību pēdiņās, piemēram ${key.at(-1)}: "${cut}"`,
            `The text after # is a comment, and the page would show only "${kept}": put the whole value in quotes, for example ${key.at(-1)}: "${cut}"`,
          ),
        });
      }
      visit(value, key);
    }
  };
  visit(entry.frontmatter.doc.contents, []);
  return found;
};
