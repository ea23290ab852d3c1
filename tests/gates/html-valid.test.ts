import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageOf, validateHtml } from './html-valid';

const dir = mkdtempSync(join(tmpdir(), 'dk-vnu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`;
const write = (path: string, html: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), html);
};

describe('valid-HTML gate', () => {
  it('checks a whole folder at once and names each error with its page', () => {
    write('index.html', page('<p>Fine</p>'));
    write('en/about/index.html', page('<span><div>Block in inline</div></span>'));
    write('list/index.html', page('<ul><p>Not a list item</p></ul>'));
    write('notes.txt', 'not HTML');
    const { checked, problems } = validateHtml(dir);
    expect(checked).toBe(true);
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.startsWith('/en/about/:1:'))).toMatch(
      /Element “div” not allowed as child of element “span”/,
    );
    expect(problems.find((p) => p.startsWith('/list/:1:'))).toMatch(/Element “p” not allowed as child of element “ul”/);
  }, 60_000);

  it('maps file URLs to the paths readers visit', () => {
    expect(pageOf('file:/tmp/site/en/about/index.html', '/tmp/site')).toBe('/en/about/');
    expect(pageOf('file:/tmp/site/404.html', '/tmp/site/')).toBe('/404.html');
  });
});
