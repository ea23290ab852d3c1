import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { weighPage } from './weight';
import { overBudget, weightTable } from './weight-budgets';
import { templateOf } from './weight-templates';

const page = (body: string, head = '<link rel="stylesheet" href="/_astro/site.css">') =>
  `<!doctype html><html lang="lv"><head><title>T</title>${head}</head><body>${body}</body></html>`;
const files: Record<string, Buffer> = {
  '/_astro/site.css': Buffer.from('@font-face{src:url(/_astro/noto.woff2)} body{color:red}'),
  '/_astro/noto.woff2': Buffer.alloc(40_000),
  '/_astro/photo-640.webp': Buffer.alloc(30_000),
  '/_astro/photo-1280.webp': randomBytes(120_000),
  '/_astro/player.js': Buffer.from('console.log(1)'),
  '/_astro/subset.css': Buffer.from(
    "@font-face{src:url(/_astro/full.woff2);unicode-range:U+0100-0101,U+0114-017F}@font-face{src:url('/_astro/sub.woff2');unicode-range:U+0020-007E,U+0112-0113}",
  ),
  '/_astro/sub.woff2': Buffer.alloc(8_000),
  '/_astro/full.woff2': Buffer.alloc(55_000),
  '/_astro/bold.woff2': Buffer.alloc(9_000),
};
const read = (path: string) => files[path];

describe('weighPage', () => {
  it('counts HTML, stylesheets, the fonts they load and the widest image candidate, each once', () => {
    const img =
      '<img src="/_astro/photo-640.webp" srcset="/_astro/photo-640.webp 640w, /_astro/photo-1280.webp 1280w" alt="x">';
    const { weight, problems } = weighPage('/stasti/x/', page(img + img), read);
    expect(problems).toEqual([]);
    expect(weight.template).toBe('story');
    expect(weight.bytes.font).toBe(40_000);
    expect(weight.bytes.image).toBe(120_000);
    expect(weight.bytes.total).toBe(weight.bytes.html + weight.bytes.css + weight.bytes.image + weight.bytes.font);
  });

  it('counts a font file only when the page draws a character in its unicode-range, and a preloaded one always', () => {
    const head = '<link rel="stylesheet" href="/_astro/subset.css">';
    expect(weighPage('/stasti/x/', page('<p>Ē un &#x113;</p>', head), read).weight.bytes.font).toBe(8_000);
    // ā (U+0101) is outside the subset: the full file comes too, also when written as an entity.
    expect(weighPage('/stasti/x/', page('<p>M&#257;ja</p>', head), read).weight.bytes.font).toBe(63_000);
    expect(weighPage('/stasti/x/', page('<p>Māja</p>', head), read).weight.bytes.font).toBe(63_000);
    // Text inside scripts and tags is not drawn; a placeholder is.
    expect(weighPage('/meklet/', page('<script>"ā"</script><i title="ā">x</i>', head), read).weight.bytes.font).toBe(
      8_000,
    );
    expect(weighPage('/meklet/', page('<input placeholder="ā">', head), read).weight.bytes.font).toBe(63_000);
    const preload = `${head}<link rel="preload" as="font" type="font/woff2" href="/_astro/bold.woff2" crossorigin>`;
    expect(weighPage('/stasti/x/', page('<p>x</p>', preload), read).weight.bytes.font).toBe(17_000);
  });

  it('counts images above the fold: every eager one and the first even when lazy, not later lazy ones', () => {
    const lazy = (src: string) => `<img src="${src}" loading="lazy" alt="x">`;
    expect(
      weighPage('/stasti/x/', page(lazy('/_astro/photo-640.webp') + lazy('/_astro/photo-1280.webp')), read).weight.bytes
        .image,
    ).toBe(30_000);
    expect(
      weighPage(
        '/stasti/x/',
        page(lazy('/_astro/photo-640.webp') + '<img src="/_astro/photo-1280.webp" alt="x">'),
        read,
      ).weight.bytes.image,
    ).toBe(150_000);
  });

  it('catches an oversized page and names it, its template and the figures', () => {
    const huge = page(`<img src="/_astro/photo-1280.webp" alt="x"><p>${randomBytes(30_000).toString('hex')}</p>`);
    const { weight } = weighPage('/en/stories/long/', huge, read);
    const problems = overBudget([weight]);
    expect(problems.join('\n')).toMatch(
      /^\/en\/stories\/long\/ \(story\): html \d+\.\d KB is over the budget of \d+ KB$/m,
    );
    expect(weightTable([weight])).toMatch(/^story +1 .*\/en\/stories\/long\/$/m);
  });

  it('catches JavaScript on a content page, but allows JSON-LD and a video page’s click-to-load player', () => {
    const script = '<script type="module" src="/_astro/player.js"></script>';
    const jsonLd = '<script type="application/ld+json">{"@type":"Article"}</script>';
    expect(weighPage('/centri/zilupe/', page(jsonLd + script), read).problems).toEqual([
      '/centri/zilupe/: a centre page ships JavaScript (/_astro/player.js)',
    ]);
    expect(weighPage('/par-iniciativu/', page('<script>alert(1)</script>'), read).problems).toEqual([
      '/par-iniciativu/: a page page ships JavaScript (inline, 8 characters)',
    ]);
    expect(weighPage('/video/x/', page(script), read).problems).toHaveLength(1);
    expect(
      weighPage('/video/x/', page(`<div data-embed="https://www.youtube-nocookie.com/embed/abc"></div>${script}`), read)
        .problems,
    ).toEqual([]);
    const search = weighPage('/meklet/', page(`${script}<script>startSearch()</script>`), read);
    expect(search.problems).toEqual([]);
    expect(search.weight.bytes.js).toBe(gzipSync('console.log(1)').length + gzipSync('startSearch()').length);
  });

  it('reports a reference to a file that is not in the build', () => {
    expect(weighPage('/', page('', '<link rel="stylesheet" href="/_astro/gone.css">'), read).problems).toEqual([
      '/: references /_astro/gone.css, which is not in the build',
    ]);
  });
});

describe('templateOf', () => {
  it('tells the template from localized paths', () => {
    expect(
      [
        '/',
        '/en/',
        '/vadlinijas/',
        '/en/stories/lapa/2/',
        '/en/guidelines/x/',
        '/centri/x/',
        '/video/x/',
        '/en/about/',
        '/404.html',
        '/en/search/',
      ].map(templateOf),
    ).toEqual(['home', 'home', 'index', 'index', 'guideline', 'centre', 'video', 'page', 'page', 'search']);
    expect(templateOf('/nekas/')).toBeUndefined();
  });
});
