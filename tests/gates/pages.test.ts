import { describe, expect, it } from 'vitest';
import { notFoundProblems, pageProblems, switcherProblems, switcherTarget } from './pages';

const page = (lang: string, switchTo: string, body = '<h1>T</h1>') =>
  `<!doctype html><html lang="${lang}"><head><title>T</title></head><body><header><a class="brand" href="/">S</a><a class="lang" href="${switchTo}">X</a></header><main>${body}</main></body></html>`;

describe('pages gate', () => {
  it('passes pages with one h1 and the language of their address', () => {
    expect(pageProblems('/stasti/x/', page('lv', '/en/stories/x/'))).toEqual([]);
    expect(pageProblems('/en/stories/x/', page('en', '/stasti/x/'))).toEqual([]);
  });

  it('catches a wrong language and a missing or doubled h1', () => {
    expect(pageProblems('/en/about/', page('lv', '/par-iniciativu/', '<h2>No</h2>'))).toEqual([
      '/en/about/: <html lang="lv">, expected "en"',
      '/en/about/: 0 <h1> headings, expected 1',
    ]);
    expect(pageProblems('/', page('lv', '/en/', '<h1>A</h1><h1 class="b">B</h1>'))).toEqual([
      '/: 2 <h1> headings, expected 1',
    ]);
  });

  it('follows the switcher both ways, with the deploy base stripped', () => {
    expect(switcherTarget(page('lv', '/repo/en/'), '/repo/')).toBe('/en/');
    const pages = new Map([
      ['/', page('lv', '/en/')],
      ['/en/', page('en', '/')],
      ['/404.html', page('lv', '/en/')],
    ]);
    expect(switcherProblems(pages)).toEqual([]);
  });

  it('catches a switcher that is missing, leads nowhere, stays in the language or does not lead back', () => {
    const pages = new Map([
      ['/', page('lv', '/en/')],
      ['/en/', page('en', '/stasti/')],
      ['/stasti/', page('lv', '/kontakti/')],
      ['/kontakti/', page('lv', '/en/nav/')],
      ['/en/x/', page('en', '/').replace(/<a class="lang"[^>]*>X<\/a>/, '')],
    ]);
    expect(switcherProblems(pages)).toEqual([
      '/: the language switcher leads to /en/, whose switcher leads to /stasti/, not back',
      '/en/: the language switcher leads to /stasti/, whose switcher leads to /kontakti/, not back',
      '/stasti/: the language switcher leads to /kontakti/, in the same language',
      '/kontakti/: the language switcher leads to /en/nav/, which is not a page',
      '/en/x/: no language switcher (a.lang) in the header',
    ]);
  });

  it("finds the not-found page's title in each language, marked with that language, and one h1", () => {
    const titles = { lv: 'Lapa nav atrasta', en: 'Page not found' };
    const bilingual = page('lv', '/en/', '<h1>Lapa nav atrasta / <span lang="en">Page not found</span></h1>');
    expect(notFoundProblems('/en/x/', bilingual, titles)).toEqual([]);
    expect(
      notFoundProblems('/en/x/', page('lv', '/en/', '<h1>Lapa nav atrasta</h1><h1>Page not found</h1>'), titles),
    ).toEqual(['/en/x/: 2 <h1> headings, expected 1', '/en/x/: no text "Page not found" marked lang="en"']);
  });
});
