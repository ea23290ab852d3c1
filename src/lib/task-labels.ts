/**
 * GFM task lists (`- [ ] text`) become checkboxes without a label, which screen readers announce as
 * just "checkbox". This wraps each item's checkbox and the text after it in a <label>, so the text
 * names the box. Block content in the item (a nested list) stays outside the label.
 */
import type { Element, ElementContent } from 'hast';

const isCheckbox = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox';
const blocks = new Set(['ul', 'ol', 'p', 'div', 'table', 'blockquote', 'pre', 'figure']);

/** `parent` with its leading checkbox and the inline content after it inside a label; undefined if none. */
function withLabel(parent: Element): Element | undefined {
  const start = parent.children.findIndex((child) => !(child.type === 'text' && !child.value.trim()));
  if (!isCheckbox(parent.children[start])) return undefined;
  let end = start + 1;
  while (end < parent.children.length) {
    const child = parent.children[end]!;
    if (child.type === 'element' && blocks.has(child.tagName)) break;
    end++;
  }
  const label: Element = { type: 'element', tagName: 'label', properties: {}, children: parent.children.slice(start, end) };
  return { ...parent, children: [...parent.children.slice(0, start), label, ...parent.children.slice(end)] };
}

/** A task-list item with its checkbox labelled (also in a loose item's first paragraph); undefined otherwise. */
export function labelTaskItem(li: Element): Element | undefined {
  if (li.tagName !== 'li' || !([] as unknown[]).concat(li.properties['className']).includes('task-list-item')) return undefined;
  const direct = withLabel(li);
  if (direct) return direct;
  const index = li.children.findIndex((child) => child.type === 'element');
  const first = li.children[index];
  const inner = first?.type === 'element' && first.tagName === 'p' ? withLabel(first) : undefined;
  return inner && { ...li, children: li.children.map((child, i) => (i === index ? inner : child)) };
}

/** The Sätteri HTML-tree plugin (Astro 7's Markdown processor) that applies it to every <li>. */
export const taskLabels = {
  name: 'task-labels',
  element: { filter: ['li'], visit: (node: Readonly<Element>) => labelTaskItem(node as Element) },
};
