import { describe, expect, it } from 'vitest';
import { sampleTemplates } from './sample';

describe('sampleTemplates', () => {
  it('picks one page per template and language (the bilingual not-found page once), and names templates that have none', () => {
    const paths = [
      '/',
      '/en/',
      '/stasti/b/',
      '/stasti/a/',
      '/stasti/',
      '/en/stories/a/',
      '/par-iniciativu/',
      '/kontakti/',
      '/404.html',
    ];
    const { sample, missing } = sampleTemplates(paths);
    expect(sample).toEqual([
      { kind: 'home', path: '/' },
      { kind: 'home', path: '/en/' },
      { kind: 'index', path: '/stasti/' },
      { kind: 'story', path: '/stasti/a/' },
      { kind: 'story', path: '/en/stories/a/' },
      { kind: 'about', path: '/par-iniciativu/' },
      { kind: 'notFound', path: '/404.html' },
    ]);
    expect(missing).toContain('no English index page in the build');
    expect(missing).toContain('no Latvian guideline page in the build');
    expect(missing).toHaveLength(14);
  });
});
