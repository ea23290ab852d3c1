/**
 * A table's columns aligned with colons (`| :--- |`): the Markdown processor writes inline styles for them,
 * which the Content-Security-Policy blocks, so the alignment would silently not show.
 */
import { bilingual } from '../../editor-messages.ts';
import { at, nodes } from '../body.ts';
import type { EntryRule } from '../types.ts';

export const plainTables: EntryRule = (entry) =>
  entry.tree
    ? nodes(entry.tree)
        .filter((node) => node.type === 'table' && ((node as { align?: (string | null)[] }).align ?? []).some(Boolean))
        .map((node) => ({
          ...at(node),
          message: bilingual(
            'Kolonnu līdzināšana ar koliem (:---) šajā vietnē netiek rādīta: rakstiet tikai --- bez koliem',
            'Column alignment with colons (:---) is not shown on this site: write plain --- without colons',
          ),
        }))
    : [];
