// No {…} expressions: they run as code while the site builds. Only a block comment in braces is allowed.
import { bilingual } from '../../editor-messages.ts';
import { at, nodes } from '../body.ts';
import { excerpt } from '../urls.ts';
import type { EntryRule } from '../types.ts';

/** A comment in braces: one block comment and nothing else. */
export const isComment = (value: string) => /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(value);

export const noExpressions: EntryRule = (entry) =>
  entry.tree
    ? nodes(entry.tree)
        .filter(
          (node) =>
            (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
            !isComment(String((node as { value?: unknown }).value)),
        )
        .map((node) => {
          const written = `{${excerpt(String((node as { value?: unknown }).value))}}`;
          return {
            ...at(node),
            message: bilingual(
              `Figūriekavās {…} rakstītais tiktu izpildīts kā programmas kods (${written}): ja tas ir teksts, rakstiet \\{ un \\}; komentāru rakstiet kā {/* komentārs */}`,
              `Text in curly braces {…} would run as program code (${written}): if it is text, write \\{ and \\}; write a comment as {/* comment */}`,
            ),
          };
        })
    : [];
