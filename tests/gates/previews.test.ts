import { describe, expect, it } from 'vitest';
import { previewProblems, structuredDataProblems } from './previews';

const page = (head: string) =>
  `<!doctype html><html lang="lv"><head><title>T</title>${head}</head><body></body></html>`;
const ld = (graph: unknown[]) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph })}</script>`;
const project = {
  '@type': 'Project',
  name: 'Darbīgās kopienas',
  url: 'https://x.org/',
  parentOrganization: { '@type': 'Organization', name: 'IIC' },
  funder: { '@type': 'Organization', name: 'British Council Latvia' },
};
const crumbs = {
  '@type': 'BreadcrumbList',
  itemListElement: [
    { '@type': 'ListItem', position: 1, name: 'Sākums', item: 'https://x.org/' },
    { '@type': 'ListItem', position: 2, name: 'Stāsts', item: 'https://x.org/stasti/a/' },
  ],
};
const article = {
  '@type': 'Article',
  headline: 'Stāsts',
  url: 'https://x.org/stasti/a/',
  image: 'https://x.org/og/stasti/a.png',
  datePublished: '2026-11-24',
  publisher: { '@id': 'https://x.org/#initiative' },
};

describe('structured data gate', () => {
  it('passes a story with the initiative, an Article and its breadcrumbs', () => {
    expect(
      structuredDataProblems('/stasti/a/', page(ld([project, article, crumbs])), ['Article', 'BreadcrumbList']),
    ).toEqual([]);
  });

  it('catches a page without JSON-LD, broken JSON, a missing type and missing properties', () => {
    expect(structuredDataProblems('/a/', page(''), [])).toEqual(['/a/: 0 JSON-LD blocks in the head, expected 1']);
    expect(
      structuredDataProblems('/b/', page('<script type="application/ld+json">{"@context":</script>'), [])[0],
    ).toMatch(/^\/b\/: JSON-LD does not parse/);
    expect(structuredDataProblems('/c/', page(ld([project, crumbs])), ['Article'])).toEqual([
      '/c/: no Article in the JSON-LD',
    ]);
    const { funder: _, ...unfunded } = project;
    const video = {
      '@type': 'VideoObject',
      name: 'V',
      description: 'D',
      thumbnailUrl: '/x.webp',
      duration: '1:45',
      transcript: 'T',
    };
    expect(structuredDataProblems('/d/', page(ld([unfunded, video])), [])).toEqual([
      '/d/: Project has no valid "funder" (undefined)',
      '/d/: VideoObject has no valid "thumbnailUrl" ("/x.webp")',
      '/d/: VideoObject has no valid "duration" ("1:45")',
    ]);
    const howTo = { '@type': ['HowTo', 'LearningResource'], name: 'G', url: 'https://x.org/vadlinijas/g/', step: [] };
    expect(structuredDataProblems('/e/', page(ld([project, howTo])), ['HowTo'])).toEqual([
      '/e/: HowTo has no valid "step" ([])',
    ]);
  });
});

describe('link preview gate', () => {
  const head =
    '<meta property="og:title" content="T"><meta property="og:type" content="article"><meta property="og:url" content="https://x.org/stasti/a/"><meta property="og:image" content="https://x.org/og/stasti/a.png"><meta property="og:image:alt" content="Stāsts: T"><meta name="twitter:card" content="summary_large_image">';

  it('passes a page whose picture exists', () => {
    expect(previewProblems('/stasti/a/', page(head), (p) => p === '/og/stasti/a.png')).toEqual([]);
  });

  it('catches a missing picture file, a relative address and missing tags', () => {
    expect(previewProblems('/stasti/a/', page(head), () => false)).toEqual([
      '/stasti/a/: og:image https://x.org/og/stasti/a.png is not in the built site',
    ]);
    expect(
      previewProblems('/b/', page(head.replace('https://x.org/og/stasti/a.png', '/og/b.png')), () => true),
    ).toEqual(['/b/: og:image /og/b.png is not a full address']);
    expect(previewProblems('/c/', page('<meta property="og:title" content="T">'), () => true)).toEqual([
      '/c/: no og:type',
      '/c/: no og:url',
      '/c/: no og:image',
      '/c/: no og:image:alt',
      '/c/: no twitter:card',
    ]);
  });
});
