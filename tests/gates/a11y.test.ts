import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { audit, describeViolations, ruleCounts } from './a11y';
import { tinyPng } from '../helpers/build';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
}, 30_000);
afterAll(async () => {
  await browser?.close();
});

const png = `data:image/png;base64,${tinyPng.toString('base64')}`;
const page = (body: string, style = '') =>
  `<!doctype html><html lang="en"><head><title>T</title><style>${style}</style></head><body><main><h1>T</h1>${body}</main></body></html>`;

async function violations(html: string, scheme: 'light' | 'dark') {
  const context = await browser.newContext();
  const tab = await context.newPage();
  try {
    await tab.setContent(html);
    return describeViolations('/fixture/', scheme, await audit(tab, scheme));
  } finally {
    await context.close();
  }
}

describe('accessibility gate', () => {
  it('passes a plain page', async () => {
    expect(await violations(page(`<p>Text</p><img src="${png}" alt="A dot">`), 'light')).toEqual([]);
  }, 30_000);

  it('catches an image without alt, naming page, scheme, rule and element', async () => {
    const lines = await violations(page(`<img src="${png}">`), 'light');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\/fixture\/ \(light\): image-alt \[critical\] .* at img/);
    expect(ruleCounts(lines)).toEqual({ 'image-alt': 1 });
  }, 30_000);

  it('catches text that has contrast only in the light scheme', async () => {
    const style =
      'p { color: #222; background: #fff } @media (prefers-color-scheme: dark) { p { color: #333; background: #000 } }';
    const html = page('<p>Low contrast in the dark</p>', style);
    expect(await violations(html, 'light')).toEqual([]);
    expect((await violations(html, 'dark')).join('\n')).toMatch(/\(dark\): color-contrast /);
  }, 30_000);
});
