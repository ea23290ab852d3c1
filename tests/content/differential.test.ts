/**
 * The linter sees what the reference parsers see: Sätteri's mdxToMdast and remark-parse + remark-mdx +
 * remark-gfm must find the same ESM, expression, JSX, link and image nodes in every real content file
 * and every catalogue case, so an upgrade of either cannot silently open a hole in the allow-list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { splitFrontmatter } from '../../src/lib/lint/frontmatter.ts';
import { allCases } from './catalogue/all-cases.ts';

const watched = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'link',
  'image',
  'definition',
  'linkReference',
  'imageReference',
]);
const reference = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

interface AnyNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  position?: { start: { line: number; column: number } };
  children?: AnyNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/**
 * The watched nodes of a tree, each as type, name or address, attributes, and line:column. A JSX element
 * or an expression alone on its line is "flow" for one parser and "text" for the other; the allow-list
 * treats both alike, so the kind is compared without that distinction.
 */
function watchedNodes(node: AnyNode, found: string[] = []): string[] {
  if (watched.has(node.type)) {
    const attributes = (node.attributes ?? [])
      .map(
        (a) =>
          `${a.type === 'mdxJsxExpressionAttribute' ? '{…}' : a.name}=${typeof a.value === 'string' ? a.value : a.value == null ? '' : '{…}'}`,
      )
      .join(' ');
    found.push(
      `${node.type.replace(/(Flow|Text)(?=Element|Expression)/, '')} ${node.name ?? node.url ?? node.value ?? ''} ${attributes} @${node.position?.start.line}:${node.position?.start.column}`,
    );
  }
  for (const child of node.children ?? []) watchedNodes(child, found);
  return found;
}

function parseBoth(body: string): { satteri: string[] | 'error'; remark: string[] | 'error' } {
  const attempt = (parse: () => AnyNode) => {
    try {
      return watchedNodes(parse());
    } catch {
      return 'error' as const;
    }
  };
  return {
    satteri: attempt(() => mdxToMdast(body, { features: { frontmatter: false } }) as unknown as AnyNode),
    remark: attempt(() => reference.parse(body) as unknown as AnyNode),
  };
}

const bodyOf = (text: string) => {
  const split = splitFrontmatter(text);
  return 'body' in split ? split.body : text;
};

const realFiles = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => [`content/${f}`, readFileSync(join('content', f), 'utf8')] as const);
const caseFiles = Object.entries(allCases).flatMap(([name, c]) =>
  Object.entries(c.files)
    .filter(([path, text]) => /\.mdx?$/.test(path) && typeof text === 'string')
    .map(([path, text]) => [`${name}: ${path}`, text as string] as const),
);

describe('Sätteri and the reference parsers agree', () => {
  it('on the nodes of every real content file', () => {
    expect(realFiles.length).toBeGreaterThan(40);
    for (const [file, text] of realFiles) {
      const { satteri, remark } = parseBoth(bodyOf(text));
      expect(satteri, file).toEqual(remark);
    }
    expect(
      realFiles.some(([, text]) => parseBoth(bodyOf(text)).satteri.includes('mdxJsxElement ContactDetails  @8:1')),
    ).toBe(true);
  });

  it('on the nodes of every catalogue case, and on which ones cannot be read at all', () => {
    expect(caseFiles.length).toBeGreaterThan(80);
    const disagreements = caseFiles.flatMap(([file, text]) => {
      const { satteri, remark } = parseBoth(bodyOf(text));
      return JSON.stringify(satteri) === JSON.stringify(remark) ? [] : [{ file, satteri, remark }];
    });
    expect(disagreements).toEqual([]);
  });
});
