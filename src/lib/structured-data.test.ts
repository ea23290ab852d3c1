import { describe, expect, it } from 'vitest';
import { guidelineSteps, isoDuration, jsonLdText, plainText, projectLd } from './structured-data';
import { absoluteLinks, feedOrder, feedPath } from './feed';

describe('structured data from content', () => {
  it('takes a guideline’s ## sections as its steps, with their text and no Markdown', () => {
    const body =
      'Intro.\n\n## Pirmais solis\n\nSarunājieties ar **vecākiem** par [centru](/centri/zilupe/).\n\n- [ ] Uzaiciniet\n\n## Otrais `solis`\n\n### Sīkāk\n\nTeksts.';
    expect(guidelineSteps(body)).toEqual([
      { name: 'Pirmais solis', text: 'Sarunājieties ar vecākiem par centru. Uzaiciniet' },
      { name: 'Otrais solis', text: 'Sīkāk Teksts.' },
    ]);
    expect(plainText('import X from "y";\n<ContactDetails />\n| a | b |\n> quote [^1]')).toBe('a b quote');
  });

  it('writes a video’s length as ISO 8601 and keeps </script> out of the JSON-LD', () => {
    expect(isoDuration('1:45')).toBe('PT1M45S');
    expect(isoDuration('12:05')).toBe('PT12M5S');
    const text = jsonLdText([{ '@type': 'Article', headline: '</script><script>alert(1)</script>' }]);
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)['@graph'][0].headline).toBe('</script><script>alert(1)</script>');
  });

  it('describes the initiative with its implementer and funder', () => {
    const ld = projectLd({
      name: 'Darbīgās kopienas',
      alternateName: 'Active Communities',
      url: 'https://x.org/',
      description: 'D',
      implementer: 'IIC',
      funder: 'British Council Latvia',
      funderUrl: 'https://www.britishcouncil.lv/',
      area: 'Latgale',
    });
    expect(ld).toMatchObject({
      '@type': 'Project',
      '@id': 'https://x.org/#initiative',
      parentOrganization: { name: 'IIC' },
      funder: { name: 'British Council Latvia' },
    });
  });
});

describe('the feed', () => {
  it('lives at /rss.xml and /en/rss.xml', () => {
    expect(feedPath('lv')).toBe('/rss.xml');
    expect(feedPath('en')).toBe('/en/rss.xml');
  });

  it('lists stories newest first, then guidelines in handbook order', () => {
    const items = [
      { collection: 'guidelines', order: 2, id: 'g2' },
      { collection: 'stories', date: new Date('2026-01-01'), id: 'old' },
      { collection: 'guidelines', order: 1, id: 'g1' },
      { collection: 'stories', date: new Date('2026-11-24'), id: 'new' },
    ];
    expect(feedOrder(items).map((i) => i.id)).toEqual(['new', 'old', 'g1', 'g2']);
  });

  it('turns site paths into full addresses and leaves the rest', () => {
    expect(
      absoluteLinks(
        '<a href="/repo/centri/x/">x</a><img src="/repo/_astro/a.webp"><a href="#fn-1">1</a><a href="https://b.lv/">b</a><a href="//cdn.x/">c</a>',
        'https://x.org/',
      ),
    ).toBe(
      '<a href="https://x.org/repo/centri/x/">x</a><img src="https://x.org/repo/_astro/a.webp"><a href="#fn-1">1</a><a href="https://b.lv/">b</a><a href="//cdn.x/">c</a>',
    );
  });
});
