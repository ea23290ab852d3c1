/**
 * Bad content never builds quietly: each class of mistake stops the build with the file, the field
 * and what to write, in Latvian and English. Each case builds a small fixture content folder.
 */
import { describe, expect, it } from 'vitest';
import { buildSite, makeContent, tinyPng, zilupeCentre } from '../helpers/build';

const story = (front: string, body = 'Teksts.') => `---\n${front}\n---\n${body}\n`;
const good = 'title: Stāsts\ndescription: Par centru.\ncentres: [zilupe]\ndate: 2026-11-24';

function expectStopped(files: Record<string, string | Uint8Array>) {
  const build = buildSite(makeContent({ 'centres/lv/zilupe.mdx': zilupeCentre, ...files }));
  expect(build.ok, build.output).toBe(false);
  return build.output;
}

describe('a build with a content mistake stops and tells the editor', () => {
  it('names a missing required field', () => {
    const output = expectStopped({ 'stories/lv/bez-virsraksta.mdx': story('description: Par centru.\ncentres: [zilupe]\ndate: 2026-11-24') });
    expect(output).toContain('stories/lv/bez-virsraksta.mdx');
    expect(output).toContain('Trūkst lauka "title"');
    expect(output).toContain('The field "title" is missing');
  });

  it('names a date that is not written as a date', () => {
    const output = expectStopped({ 'stories/lv/datums.mdx': story(good.replace('2026-11-24', '24.11.2026')) });
    expect(output).toContain('stories/lv/datums.mdx');
    expect(output).toMatch(/Lauks "date" ir nepareizs \("24\.11\.2026"\)/);
    expect(output).toContain('it must be a real date as YYYY-MM-DD');
  });

  it('names a topic that is not in the topic list, and lists the known ones', () => {
    const output = expectStopped({ 'stories/lv/tema.mdx': story(`${good}\ntopics: [jauniesi, "paaudžu sadarbība"]`) });
    expect(output).toContain('stories/lv/tema.mdx');
    expect(output).toContain('Tēma "paaudžu sadarbība" nav tēmu sarakstā (src/lib/topics.ts): izmantojiet kādu no šiem:');
    expect(output).toContain('The topic "paaudžu sadarbība" is not in the topic list (src/lib/topics.ts): use one of:');
    expect(output).toContain('paaudzu-sadarbiba (paaudžu sadarbība / cooperation between generations)');
  });

  it('names a video poster without alt text', () => {
    const video = `---
title: Video
description: Par video.
source: { kind: youtube, id: abcdefghijk }
captions: /videos/x.lv.vtt
poster: { src: ./poster.png }
duration: "1:30"
---
Transkripts.
`;
    const output = expectStopped({ 'videos/lv/video.mdx': video, 'videos/lv/poster.png': tinyPng });
    expect(output).toContain('videos/lv/video.mdx');
    expect(output).toContain('poster.alt');
    expect(output).toContain('a description of the image for blind readers');
  });

  it('lists every cross-entry problem at once, grouped by file', () => {
    const output = expectStopped({
      'stories/lv/a.mdx': story(good),
      'stories/lv/b.mdx': story(good.replace('2026-11-24', '2026-02-30')),
      'stories/lv/c.mdx': story(`${good.replace('[zilupe]', '[nav-tada]')}\nslug: a`, '![](./x.png)\n\n[Saite](/nav-tadas-lapas/)'),
      'stories/lv/x.png': tinyPng,
      'stories/bez-valodas.mdx': story(good),
    });
    expect(output).toContain('The content has 6 problem(s)');
    expect(output).toMatch(/stories\/lv\/b\.mdx\n {2}- date: .*"2026-02-30"/);
    expect(output).toMatch(/stories\/lv\/c\.mdx\n {2}- slug: .*same address as .*stories\/lv\/a\.mdx/);
    expect(output).toContain('There is no entry "nav-tada" in content/centres: use one of: zilupe');
    expect(output).toContain('The image has no alt text');
    expect(output).toContain('link /nav-tadas-lapas/: Saite ved uz lapu, kuras nav');
    expect(output).toMatch(/stories\/bez-valodas\.mdx\n {2}- \(file\): .*content\/stories\/lv\//);
  });

  it('builds the same folder once the mistakes are fixed', () => {
    const build = buildSite(makeContent({ 'centres/lv/zilupe.mdx': zilupeCentre, 'stories/lv/a.mdx': story(good) }));
    expect(build.ok, build.output).toBe(true);
  });
});
