/** Each rule alone: what it refuses, at which line and column, and what it lets through. */
import { describe, expect, it } from 'vitest';
import { entryOf, siteOf } from './test-entries.ts';
import { entryRules, siteRules } from './index.ts';
import { noImports } from './imports.ts';
import { isComment, noExpressions } from './expressions.ts';
import { allowedElements, refusal } from './elements.ts';
import { allowedAttributes } from './attributes.ts';
import { safeUrls } from './unsafe-urls.ts';
import { headingLevels } from './headings.ts';
import { plainTables } from './tables.ts';
import { sameLanguageLinks } from './language-links.ts';
import { internalLinks } from './internal-links.ts';
import { referencesExist } from './references.ts';
import { translationReferences } from './translation-references.ts';
import { uniqueAddresses, uniqueOrders, uniqueTitles } from './unique-entries.ts';
import { knownPages } from './page-names.ts';
import type { EntryRule, LintEntry } from '../types.ts';

const run = (rule: EntryRule, entry: LintEntry) => rule(entry, siteOf(entry)).map((f) => `${f.line}:${f.column ?? ''}`);
const centre = (slug: string, locale = 'lv') => entryOf('Teksts.', { collection: 'centres', slug, locale });

describe('the rule lists', () => {
  it('run every rule file once', () => {
    expect(new Set(entryRules).size).toBe(entryRules.length);
    expect(entryRules.length + siteRules.length).toBe(20);
  });
});

describe('the safe subset', () => {
  it('refuses import and export at their line, counting the frontmatter', () => {
    expect(run(noImports, entryOf('\nimport a from "b"\n\nexport const c = 1'))).toEqual(['5:1', '7:1']);
    expect(run(noImports, entryOf('Teksts par import un export.'))).toEqual([]);
  });

  it('refuses expressions but not comments', () => {
    expect(isComment('/* piezīme */')).toBe(true);
    expect(isComment('/* a */ + x /* b */')).toBe(false);
    expect(run(noExpressions, entryOf('Teksts {/* piezīme */} un {1 + 1}.'))).toEqual(['4:27']);
  });

  it('names the element, the component and the lower-case component', () => {
    expect(refusal('span')).toBeUndefined();
    expect(refusal('ContactDetails')).toBeUndefined();
    expect(refusal('iframe')).toContain('content/videos');
    expect(refusal('contactDetails')).toContain('<ContactDetails>');
    expect(run(allowedElements, entryOf('<span lang="lv">a</span> <b>c</b>\n\n<video src="/x.webm" />'))).toEqual([
      '6:1',
    ]);
  });

  it('lets through lang and title only where allowed', () => {
    expect(run(allowedAttributes, entryOf('<abbr lang="lv" title="Kopienu resursu centrs">KRC</abbr>'))).toEqual([]);
    expect(run(allowedAttributes, entryOf('<span id="x" onmouseover="y">a</span>'))).toEqual(['4:1', '4:1']);
  });

  it('refuses code addresses and off-site images, not off-site links', () => {
    expect(run(safeUrls, entryOf('[a](https://example.org/) ![b](/favicon.svg) [c](mailto:x@example.org)'))).toEqual(
      [],
    );
    expect(run(safeUrls, entryOf('[a]( JavaScript:alert(1)) ![b](//example.org/x.png)'))).toEqual(['4:1', '4:27']);
  });
});

describe('the body', () => {
  it('allows one h1 (the title) and no skipped level', () => {
    expect(run(headingLevels, entryOf('## A\n\n### B\n\n## C\n\n### D'))).toEqual([]);
    expect(run(headingLevels, entryOf('# A\n\n### B'))).toEqual(['4:1', '6:1']);
  });

  it('refuses aligned table columns only', () => {
    expect(run(plainTables, entryOf('| a | b |\n| --- | --- |\n| 1 | 2 |'))).toEqual([]);
    expect(run(plainTables, entryOf('| a | b |\n| --- | :-: |\n| 1 | 2 |'))).toEqual(['4:1']);
  });
});

describe('links between pages', () => {
  const story = entryOf('[lv](/centri/z/) [en](/en/centres/z/) [self](#a)\n\n## A', { slug: 's' });
  const site = siteOf(story, centre('z'), centre('z', 'en'));

  it('keeps a Latvian page linking to Latvian pages', () => {
    expect(sameLanguageLinks(story, site).map((f) => f.message)).toEqual([expect.stringContaining('write /centri/z/')]);
  });

  it('finds pages and anchors, including the page’s own', () => {
    expect(internalLinks(site)).toEqual([]);
    const broken = entryOf('[a](/centri/y/) [b](/centri/z/#nav) [c](#b)', { slug: 't' });
    expect(internalLinks(siteOf(broken, centre('z'))).map((p) => `${p.line}:${p.column}`)).toEqual([
      '4:17',
      '4:37',
      '4:1',
    ]);
  });
});

describe('entries agree', () => {
  it('names a missing centre at its list item', () => {
    const story = entryOf('Teksts.', { front: ['centres:', '  - z', '  - y'], data: { centres: ['z', 'y'] } });
    expect(referencesExist(siteOf(story, centre('z'))).map((p) => p.line)).toEqual([5]);
  });

  it('holds a translation to its original’s centres', () => {
    const lv = entryOf('a', { slug: 's', data: { centres: ['z'] } });
    const en = entryOf('a', { slug: 's', locale: 'en', front: ['centres: [z, y]'], data: { centres: ['z', 'y'] } });
    expect(translationReferences(siteOf(lv, en)).map((p) => `${p.file}:${p.line}`)).toEqual([
      'content/stories/en/s.mdx:3',
    ]);
  });

  it('refuses twin addresses, titles and orders, naming the first', () => {
    const a = entryOf('a', { slug: 'a', data: { title: 'Viens' } });
    const b = entryOf('a', { slug: 'b', front: ['slug: a'], data: { title: 'viens', slug: 'a' } });
    b.pagePath = a.pagePath;
    expect(uniqueAddresses(siteOf(a, b)).map((p) => p.line)).toEqual([3]);
    expect(uniqueTitles(siteOf(a, b))[0]?.message).toContain('content/stories/lv/a.mdx');
    const g = (slug: string) =>
      entryOf('a', { collection: 'guidelines', slug, front: ['order: 2'], data: { order: 2 } });
    expect(uniqueOrders(siteOf(g('a'), g('b'))).map((p) => `${p.file}:${p.line}`)).toEqual([
      'content/guidelines/lv/b.mdx:3',
    ]);
  });

  it('knows the pages the site has', () => {
    expect(knownPages(siteOf(entryOf('a', { collection: 'pages', slug: 'about' })))).toEqual([]);
    expect(knownPages(siteOf(entryOf('a', { collection: 'pages', slug: 'jaunumi' })))).toHaveLength(1);
  });
});
