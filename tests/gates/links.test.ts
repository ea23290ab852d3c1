import { describe, expect, it } from 'vitest';
import { checkLinks, externalList, idsOf } from './links';

const page = (body: string) =>
  `<!doctype html><html lang="lv"><head><link rel="stylesheet" href="/_astro/a.css"></head><body><main id="main">${body}</main></body></html>`;
const files = new Set(['/_astro/a.css', '/_astro/p-320.webp', '/_astro/p-640.webp', '/video/x.webm', '/video/x.vtt']);
const isFile = (path: string) => files.has(path);

describe('link gate', () => {
  it('passes links to pages, files, srcset candidates, media and fragments that exist', () => {
    const pages = new Map([
      [
        '/',
        page(
          '<a href="/stasti/#saraksts">Stāsti</a><a href="#main">Saturs</a><a href="#">Augšā</a><a href="en/">EN</a>',
        ),
      ],
      [
        '/stasti/',
        page(
          '<h2 id="saraksts">Saraksts</h2><img src="/_astro/p-320.webp" srcset="/_astro/p-320.webp 320w, /_astro/p-640.webp 640w" alt="">',
        ),
      ],
      [
        '/en/',
        page(
          '<video poster="/_astro/p-640.webp"><source src="/video/x.webm"><track src="/video/x.vtt"></video><a href="https://example.org/a">A</a><a href="mailto:x@example.org">M</a><a href="../?q=x#main">Home</a><link rel="canonical" href="https://dk.example/en/">',
        ),
      ],
    ]);
    const { problems, external, checked } = checkLinks(pages, isFile, '/', 'https://dk.example');
    expect(problems).toEqual([]);
    expect(checked).toBe(17);
    expect(externalList(external)).toBe('   1  https://example.org/a\n   1  mailto:x@example.org');
  });

  it('catches a broken link, a missing file, a missing fragment and a missing trailing slash', () => {
    const pages = new Map([
      [
        '/',
        page(
          '<a href="/nav/">Nav</a><img src="/_astro/gone.webp" alt=""><a href="/stasti/#nav">Frag</a><a href="/stasti">Slash</a><script src="/_astro/x.js"></script><link rel="alternate" href="https://site.invalid/en/nav/">',
        ),
      ],
      ['/stasti/', page('<script>const s = "<a href=\\"/in-a-script/\\">";</script><h2 id="ir">Ir</h2>')],
    ]);
    expect(checkLinks(pages, isFile).problems).toEqual([
      '/: <a href="/nav/"> points at /nav/, which is not in the build',
      '/: <a href="/stasti/#nav"> names #nav, but /stasti/ has no element with that id',
      '/: <a href="/stasti"> lacks the trailing slash (/stasti/)',
      '/: <link href="https://site.invalid/en/nav/"> points at /en/nav/, which is not in the build',
      '/: <script src="/_astro/x.js"> points at /_astro/x.js, which is not in the build',
      '/: <img src="/_astro/gone.webp"> points at /_astro/gone.webp, which is not in the build',
    ]);
  });

  it('strips the deploy base, and catches links that leave it', () => {
    const inBase = (body: string) => page(body).replace('/_astro/', '/repo/_astro/');
    const pages = new Map([
      ['/', inBase('<a href="/repo/stasti/">ok</a><a href="/stasti/">outside</a>')],
      ['/stasti/', inBase('')],
    ]);
    expect(checkLinks(pages, isFile, '/repo/').problems).toEqual([
      '/: <a href="/stasti/"> leads outside the deploy base /repo/',
    ]);
  });

  it('reads ids and anchor names', () => {
    expect([...idsOf('<h2 id="a&amp;b">x</h2><a name=old>y</a><p data-id="no">')]).toEqual(['a&b', 'old']);
  });
});
