/** Every built page: an Open Graph picture that exists in the build, and structured data the gate accepts. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, readPage } from '../helpers/site';
import { jsonLdNodes, previewProblems, structuredDataProblems } from '../gates/previews';
import { templateOf } from '../gates/weight-templates';

/** What each kind of page must describe itself as, beyond the initiative every page names. */
const expectedTypes: Record<string, string[]> = {
  story: ['Article', 'BreadcrumbList'],
  guideline: ['HowTo', 'BreadcrumbList'],
  centre: ['Place', 'BreadcrumbList'],
  video: ['VideoObject', 'BreadcrumbList'],
};

describe(`link previews and structured data of the site in ${distDir}`, () => {
  const pages = builtPages();
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/$/, '');
  const exists = (sitePath: string) => existsSync(join(distDir, decodeURIComponent(sitePath).slice(base.length)));

  it('gives every page its own og:image, found in the build, with alt text, type, URL and card', () => {
    const problems = pages.flatMap((path) => previewProblems(path, readPage(path), exists));
    expect(problems, problems.join('\n')).toEqual([]);
    const images = new Set(pages.map((path) => /property="og:image" content="([^"]+)"/.exec(readPage(path))?.[1]));
    expect(images.size).toBe(pages.length);
  });

  it('draws the pictures as 1200×630 PNG files', () => {
    const png = readFileSync(join(distDir, 'og/index.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('describes every page in JSON-LD with the properties its type needs', () => {
    const problems = pages.flatMap((path) =>
      structuredDataProblems(path, readPage(path), expectedTypes[templateOf(path) ?? ''] ?? []),
    );
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('names the implementer and the funder as the sources do, and gives centres their approximate position', () => {
    const nodes = jsonLdNodes(readPage('/en/centres/zilupe/')) as Record<string, any>[];
    const project = nodes.find((n) => n['@type'] === 'Project')!;
    expect(project['parentOrganization'].name).toBe('Education Initiatives Centre (IIC)');
    expect(project['funder'].name).toBe('British Council Latvia');
    const place = nodes.find((n) => n['@type'] === 'Place')!;
    expect(place['geo']).toMatchObject({ latitude: expect.any(Number), longitude: expect.any(Number) });
    const video = (jsonLdNodes(readPage('/video/active-communities/')) as Record<string, any>[]).find(
      (n) => n['@type'] === 'VideoObject',
    )!;
    expect(video['transcript'].length).toBeGreaterThan(200);
  });
});
