import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { footnoteLabels, localeOfFile, localizeFootnote } from './footnote-labels';

const heading = (): Element => ({
  type: 'element',
  tagName: 'h2',
  properties: { id: 'footnote-label', className: ['sr-only'] },
  children: [{ type: 'text', value: 'Footnotes' }],
});
const backLink = (href: string): Element => ({
  type: 'element',
  tagName: 'a',
  properties: { href, ariaLabel: 'Back to reference 2', className: ['data-footnote-backref'] },
  children: [{ type: 'text', value: '↩' }],
});
const file = (path: string) => new URL(`file:///work/site/${path}`);

describe('footnote labels', () => {
  it('reads the language from the content folder', () => {
    expect(localeOfFile(file('content/stories/lv/zilupe.mdx'))).toBe('lv');
    expect(localeOfFile(file('content/guidelines/en/krc-izveide.mdx'))).toBe('en');
    expect(localeOfFile(file('src/pages/index.mdx'))).toBeUndefined();
    expect(localeOfFile(undefined)).toBeUndefined();
  });

  it('writes the heading and the back-link label in Latvian on Latvian pages', () => {
    expect(localizeFootnote(heading(), 'lv')?.children).toEqual([{ type: 'text', value: 'Piezīmes' }]);
    expect(localizeFootnote(backLink('#user-content-fnref-avots'), 'lv')?.properties['ariaLabel']).toBe(
      'Atpakaļ uz atsauci avots',
    );
    expect(localizeFootnote(backLink('#user-content-fnref-2'), 'en')?.properties['ariaLabel']).toBe(
      'Back to reference 2',
    );
  });

  it('leaves other headings and links alone, and files outside lv/ and en/ unplugged', () => {
    expect(localizeFootnote({ ...heading(), properties: { id: 'soli' } }, 'lv')).toBeUndefined();
    expect(localizeFootnote({ ...backLink('/x/'), properties: { href: '/x/' } }, 'lv')).toBeUndefined();
    expect(footnoteLabels({ fileURL: file('src/pages/x.mdx') })).toBeUndefined();
    expect(footnoteLabels({ fileURL: file('content/stories/lv/x.mdx') })).toMatchObject({ name: 'footnote-labels' });
  });
});
