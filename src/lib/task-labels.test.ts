import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { labelTaskItem } from './task-labels';

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, properties: Element['properties'], children: Element['children'] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const box = () => el('input', { type: 'checkbox', disabled: true });
const names = (node: Element) => node.children.map((c) => (c.type === 'element' ? c.tagName : c.type));

describe('labelTaskItem', () => {
  it('names a task item’s checkbox by a span with its text, leaving a nested list outside', () => {
    const nested = el('ul', {}, [el('li', {}, [text('sub')])]);
    const item = el('li', { className: ['task-list-item'] }, [
      box(),
      text(' Ask the head '),
      el('a', { href: '/x/' }, [text('first')]),
      nested,
    ]);
    const labelled = labelTaskItem(item, 'task-3')!;
    expect(names(labelled)).toEqual(['input', 'span', 'ul']);
    const [input, span] = labelled.children as Element[];
    expect(input!.properties['ariaLabelledBy']).toEqual(['task-3']);
    expect(span!.properties['id']).toBe('task-3');
    expect(names(span!)).toEqual(['text', 'a']);
  });

  it('names the checkbox inside a loose item’s paragraph, and leaves other items alone', () => {
    const loose = el('li', { className: ['task-list-item'] }, [text('\n'), el('p', {}, [box(), text(' Done')])]);
    const para = labelTaskItem(loose, 'task-1')!.children[1] as Element;
    expect(names(para)).toEqual(['input', 'span']);
    expect(labelTaskItem(el('li', {}, [box(), text(' not a task item')]), 'task-1')).toBeUndefined();
    expect(labelTaskItem(el('li', { className: ['task-list-item'] }, [text('no box')]), 'task-1')).toBeUndefined();
  });
});
