/**
 * GFM task lists (`- [ ] text`) become checkboxes without a name, which screen readers announce as
 * just "checkbox". This puts the item's text in a <span> that names the box (aria-labelledby). Not a
 * <label> around the text: Pagefind leaves text inside labels out of the search index.
 * Block content in the item (a nested list) stays outside the span.
 */
import type { Element, ElementContent } from 'hast';

const isCheckbox = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox';
const blocks = new Set(['ul', 'ol', 'p', 'div', 'table', 'blockquote', 'pre', 'figure']);

/** `parent` with its leading checkbox named by the inline content after it; undefined if none. */
function withName(parent: Element, id: string): Element | undefined {
  const start = parent.children.findIndex((child) => !(child.type === 'text' && !child.value.trim()));
  const box = parent.children[start];
  if (!isCheckbox(box)) return undefined;
  let end = start + 1;
  while (end < parent.children.length) {
    const child = parent.children[end]!;
    if (child.type === 'element' && blocks.has(child.tagName)) break;
    end++;
  }
  const named: Element = { ...box, properties: { ...box.properties, ariaLabelledBy: [id] } };
  const text: Element = {
    type: 'element',
    tagName: 'span',
    properties: { id },
    children: parent.children.slice(start + 1, end),
  };
  return { ...parent, children: [...parent.children.slice(0, start), named, text, ...parent.children.slice(end)] };
}

/** A task-list item with its checkbox named `id` (also in a loose item's first paragraph); undefined otherwise. */
export function labelTaskItem(li: Element, id: string): Element | undefined {
  if (li.tagName !== 'li' || !([] as unknown[]).concat(li.properties['className']).includes('task-list-item'))
    return undefined;
  const direct = withName(li, id);
  if (direct) return direct;
  const index = li.children.findIndex((child) => child.type === 'element');
  const first = li.children[index];
  const inner = first?.type === 'element' && first.tagName === 'p' ? withName(first, id) : undefined;
  return inner && { ...li, children: li.children.map((child, i) => (i === index ? inner : child)) };
}

/** The Sätteri HTML-tree plugin (Astro 7's Markdown processor): one per file, so ids count from 1 on each page. */
export const taskLabels = () => {
  let count = 0;
  return {
    name: 'task-labels',
    element: {
      filter: ['li'],
      visit: (node: Readonly<Element>) => {
        const item = labelTaskItem(node as Element, `task-${count + 1}`);
        if (item) count++;
        return item;
      },
    },
  };
};
