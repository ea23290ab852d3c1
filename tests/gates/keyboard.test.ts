import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { checkSkipLink, tabThrough } from './keyboard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 30_000);
afterAll(async () => {
  await browser?.close();
});

const css = `.skip { position: absolute; top: -4rem } .skip:focus { top: 0 } :focus-visible { outline: 3px solid red }`;
const page = (body: string, style = '') =>
  `<!doctype html><html lang="en"><head><title>T</title><style>${css}${style}</style></head><body>
  <a class="skip skip-link" href="#main">Skip</a><nav><a href="/a/">A</a></nav><main id="main" tabindex="-1"><h1>T</h1>${body}</main></body></html>`;

async function inPage<T>(html: string, run: (tab: Page) => Promise<T>): Promise<T> {
  const tab = await browser.newPage();
  try {
    await tab.setContent(html);
    return await run(tab);
  } finally {
    await tab.close();
  }
}

describe('keyboard gate', () => {
  it('passes a page whose controls are all reached and show focus, radio groups as one stop', async () => {
    const body =
      '<button>Go</button><input type="radio" name="t" checked><input type="radio" name="t"><div hidden><a href="/x/">Hidden</a></div>';
    const result = await inPage(page(body), (tab) => tabThrough(tab, '/ok/'));
    expect(result).toEqual({ problems: [], stops: 4 });
    expect(await inPage(page(body), (tab) => checkSkipLink(tab, '/ok/'))).toEqual([]);
  }, 30_000);

  it('catches an element whose focus style is outline: none with nothing else', async () => {
    const { problems } = await inPage(
      page('<a class="bare" href="/b/">Bare</a>', '.bare:focus-visible { outline: none }'),
      (tab) => tabThrough(tab, '/bare/'),
    );
    expect(problems).toEqual([
      '/bare/: <a href="/b/"> "Bare" shows no focus indicator (outline none 3px rgb(0, 0, 238), box-shadow none)',
    ]);
  }, 30_000);

  it('catches a control that Tab never reaches', async () => {
    const { problems } = await inPage(
      page('<button tabindex="-1">Hidden from Tab</button><a href="/c/" tabindex="-1">C</a>'),
      (tab) => tabThrough(tab, '/c/'),
    );
    expect(problems).toEqual([]); // tabindex=-1 is deliberate: not asked for
    const trap = page(
      '<div data-x><a href="/d/">D</a></div><script>document.querySelector("[data-x] a").addEventListener("focus", (e) => e.target.blur())</script>',
    );
    expect((await inPage(trap, (tab) => tabThrough(tab, '/d/'))).problems.join('\n')).toMatch(
      /^\/d\/: <a href="\/d\/"> "D" is never reached with Tab$/m,
    );
  }, 30_000);

  it('catches a missing skip link, and one that leads nowhere', async () => {
    const noSkip = page('').replace('<a class="skip skip-link" href="#main">Skip</a>', '');
    expect(await inPage(noSkip, (tab) => checkSkipLink(tab, '/n/'))).toEqual([
      '/n/: the first Tab stop is <a>, not the skip link',
    ]);
    const nowhere = page('').replace('id="main" tabindex="-1"', '');
    expect(await inPage(nowhere, (tab) => checkSkipLink(tab, '/w/'))).toEqual([
      '/w/: Enter on the skip link moves focus to <a>, not <main>',
    ]);
  }, 30_000);
});
