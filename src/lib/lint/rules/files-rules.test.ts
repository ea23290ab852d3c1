/** The rules that read files beside the entries: contact.json, images, videos, unused files, and text cut by a #. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../site.ts';
import { entryOf, siteOf } from './test-entries.ts';
import { contactFile } from './contact-file.ts';
import { commentInText } from './comment-in-text.ts';
import { imageFiles } from './images.ts';
import { videoFiles } from './media-files.ts';
import { unusedFiles } from './unused-files.ts';

const folder = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'dk-rule-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
};
const contactPage = entryOf('<ContactDetails />', { collection: 'pages', slug: 'contact' });

describe('contactFile', () => {
  it('names a missing file only when the contact page needs it', () => {
    expect(contactFile(buildSite('content', folder({}), 'public', [], []))).toEqual([]);
    expect(contactFile(buildSite('content', folder({}), 'public', [contactPage], []))[0]?.message).toContain(
      'content/contact.json',
    );
  });

  it('names the line of a JSON mistake', () => {
    const dir = folder({ 'contact.json': '{\n  "implementer": {},\n}\n' });
    expect(contactFile(buildSite('content', dir, 'public', [contactPage], [])).map((p) => p.line)).toEqual([3]);
  });
});

describe('commentInText', () => {
  it('reports a # inside text, not after a date or a quoted value', () => {
    const entry = entryOf('a', { front: ['description: Nr #1', 'date: 2026-11-24 # diena', 'topics: ["a # b"]'] });
    expect(commentInText(entry, siteOf(entry)).map((f) => f.line)).toEqual([3]);
  });
});

describe('files next to the entry', () => {
  const dir = folder({ 'stories/lv/a.png': 'png', 'stories/lv/b.png': 'png' });
  const entry = { ...entryOf('![Bērni](./a.png) ![Nav](./c.png)'), path: join(dir, 'stories/lv/x.mdx') };

  it('finds images next to the entry and under public/', () => {
    expect(imageFiles(entry, siteOf(entry)).map((f) => `${f.line}:${f.column}`)).toEqual(['4:19']);
    const inPublic = entryOf('![Ikona](/favicon.svg) ![Nav](/nav.svg)');
    expect(imageFiles(inPublic, siteOf(inPublic)).map((f) => f.column)).toEqual([24]);
  });

  it('names an image no entry shows', () => {
    const site = buildSite(
      'content',
      dir,
      'public',
      [entry],
      [
        { path: join(dir, 'stories/lv/a.png'), file: 'content/stories/lv/a.png' },
        { path: join(dir, 'stories/lv/b.png'), file: 'content/stories/lv/b.png' },
      ],
    );
    expect(unusedFiles(site).map((p) => p.file)).toEqual(['content/stories/lv/b.png']);
  });

  it('finds a video’s captions under public/', () => {
    const video = entryOf('a', {
      collection: 'videos',
      front: ['captions: /videos/active-communities.lv.vtt', 'source: { kind: file, file: /videos/nav.webm }'],
    });
    expect(videoFiles(video, siteOf(video)).map((f) => f.line)).toEqual([4]);
  });
});
