import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entriesOf, slugsOf, writeFiles } from './content-folder.ts';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dk-new-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('entriesOf', () => {
  it('reads slugs from file names or a slug field, and Guideline order numbers', () => {
    const root = folder({
      'guidelines/lv/a.mdx': '---\ntitle: A\norder: 2\n---\n',
      'guidelines/en/b.mdx': '---\ntitle: B\nslug: "c"\norder: 7\n---\n',
      'guidelines/en/notes.txt': 'not an entry',
    });
    expect(entriesOf(root, 'guidelines')).toEqual([
      { collection: 'guidelines', locale: 'lv', slug: 'a', file: 'guidelines/lv/a.mdx', order: 2 },
      { collection: 'guidelines', locale: 'en', slug: 'c', file: 'guidelines/en/b.mdx', order: 7 },
    ]);
    expect(slugsOf(root, 'centres')).toEqual([]);
  });
});

describe('writeFiles', () => {
  it('writes new files, folders included', () => {
    const root = folder({});
    writeFiles(root, [
      { path: 'stories/lv/a.mdx', text: 'lv' },
      { path: 'stories/en/a.mdx', text: 'en' },
    ]);
    expect(readFileSync(join(root, 'stories/en/a.mdx'), 'utf8')).toBe('en');
  });

  it('writes nothing when one of the files exists, and keeps the editor’s text', () => {
    const root = folder({ 'stories/en/a.mdx': 'mans teksts' });
    expect(() =>
      writeFiles(root, [
        { path: 'stories/lv/a.mdx', text: 'lv' },
        { path: 'stories/en/a.mdx', text: 'en' },
      ]),
    ).toThrow(/nepārrakstīšu: .*stories\/en\/a\.mdx \/ These files exist already and will not be overwritten/);
    expect(existsSync(join(root, 'stories/lv/a.mdx'))).toBe(false);
    expect(readFileSync(join(root, 'stories/en/a.mdx'), 'utf8')).toBe('mans teksts');
  });
});
