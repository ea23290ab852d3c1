/**
 * The one parse of an MDX body: Sätteri's `mdxToMdast`, the parser that renders the pages, so the rules
 * see exactly what the compiler will see. The body keeps the frontmatter's lines (blanked), so every
 * position is the line of the editor's file.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { bilingual } from '../editor-messages.ts';
import type { Finding } from './types.ts';

/** The body's syntax tree, or the one place MDX could not read. */
export function parseBody(body: string): { tree: MdastNode } | { problem: Finding } {
  try {
    return { tree: mdxToMdast(body, { features: { frontmatter: false } }) };
  } catch (error) {
    return { problem: syntaxProblem(String((error as Error).message), body) };
  }
}

const flattened = new WeakMap<MdastNode, MdastNode[]>();

/**
 * Every node of the tree, parents first, listed once per tree (every rule walks it, so the list is kept).
 * Code blocks and inline code are leaves: their text is never checked.
 */
export function nodes(tree: MdastNode): MdastNode[] {
  const known = flattened.get(tree);
  if (known) return known;
  const list: MdastNode[] = [];
  const stack: MdastNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    list.push(node);
    const children = 'children' in node ? (node.children as MdastNode[]) : [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  flattened.set(tree, list);
  return list;
}

/** Where a node starts in the file. */
export function at(node: MdastNode): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** MDX's own reason (`3:5: Unexpected …`) turned into what an editor should write instead. */
function syntaxProblem(reason: string, body: string): Finding {
  const [, line = '1', column = '1'] = /^(\d+):(\d+)/.exec(reason) ?? [];
  const written = (body.split(/\r?\n/)[Number(line) - 1] ?? '').trim();
  const where = { line: Number(line), column: Number(column) };
  if (/to create a comment in MDX/.test(reason)) {
    return {
      ...where,
      message: bilingual(
        `HTML komentārs <!-- --> MDX failā nav atļauts (${written}): rakstiet {/* komentārs */}`,
        `An HTML comment <!-- --> is not allowed in MDX (${written}): write {/* comment */}`,
      ),
    };
  }
  if (/closing brace|in expression/.test(reason)) {
    return {
      ...where,
      message: bilingual(
        `Figūriekava { nav aizvērta (${written}): ja tā ir teksts, rakstiet \\{`,
        `The curly brace { is not closed (${written}): if it is text, write \\{`,
      ),
    };
  }
  const tag = /closing tag for `<([^>]*)>`/.exec(reason)?.[1];
  if (tag) {
    return {
      ...where,
      message: bilingual(
        `Elements <${tag}> nav aizvērts: pievienojiet </${tag}> tajā pašā rindkopā`,
        `The element <${tag}> is not closed: add </${tag}> in the same paragraph`,
      ),
    };
  }
  return {
    ...where,
    message: bilingual(
      `MDX nevar nolasīt šo vietu (${written}): ja < vai { ir teksts, rakstiet \\< vai \\{`,
      `MDX cannot read this place (${written}): if < or { is meant as text, write \\< or \\{ (${reason.replace(/^\d+:\d+:\s*/, '').replace(/\s*\(mdx[^)]*\)$/, '')})`,
    ),
  };
}
