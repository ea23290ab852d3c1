import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { labelTaskItem } from './task-labels';

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, properties: Element['properties'], children: Element['children'] = []): Element => ({ type: 'element', tagName, properties, children });
const box = () => el('input', { type: 'checkbox', disabled: true });
const names = (node: Element) => node.children.map((c) => (c.type === 'element' ? c.tagName : c.type));

describe('labelTaskItem', () => {
  it('wraps a task item’s checkbox and its text in a label, leaving a nested list outside', () => {
    const nested = el('ul', {}, [el('li', {}, [text('sub')])]);
    const item = el('li', { className: ['task-list-item'] }, [box(), text(' Ask the head '), el('a', { href: '/x/' }, [text('first')]), nested]);
    const labelled = labelTaskItem(item)!;
    expect(names(labelled)).toEqual(['label', 'ul']);
    expect(names(labelled.children[0] as Element)).toEqual(['input', 'text', 'a']);
  });

  it('labels the checkbox inside a loose item’s paragraph, and leaves other items alone', () => {
    const loose = el('li', { className: ['task-list-item'] }, [text('\n'), el('p', {}, [box(), text(' Done')])]);
    const para = labelTaskItem(loose)!.children[1] as Element;
    expect(names(para)).toEqual(['label']);
    expect(labelTaskItem(el('li', {}, [box(), text(' not a task item')]))).toBeUndefined();
    expect(labelTaskItem(el('li', { className: ['task-list-item'] }, [text('no box')]))).toBeUndefined();
  });
});
