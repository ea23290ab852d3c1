import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { tinyPng } from '../helpers/build';
import { serveStatic, type StaticServer } from '../helpers/server';
import { cspProblems, foreignTraffic, inlineCodeProblems } from './privacy';

const csp =
  "default-src 'self';img-src 'self' data:;frame-src https://www.youtube-nocookie.com https://player.vimeo.com; script-src 'self' 'wasm-unsafe-eval' 'sha256-Df3tAf2xtqXTABHiEpyQn2ZQ3DXL0y+IM2cWh7ym0b0='";
const page = (body: string, policy: string | null = csp) =>
  `<!doctype html><html lang="en"><head><title>T</title>${policy ? `<meta http-equiv="content-security-policy" content="${policy}">` : ''}</head><body>${body}</body></html>`;

describe('CSP and inline code in the HTML', () => {
  it('passes a policy of self, hashes, data: images and the two video players as frames', () => {
    expect(cspProblems('/ok/', page(''))).toEqual([]);
    expect(
      inlineCodeProblems(
        '/ok/',
        page('<a href="/x/">x</a><script>if (a.onclick) b.style = "javascript:"</script><!-- <p onclick="x"> -->'),
      ),
    ).toEqual([]);
  });

  it('catches a missing policy, third parties, unsafe sources and players outside frame-src', () => {
    expect(cspProblems('/a/', page('', null))).toEqual(['/a/: 0 Content-Security-Policy meta elements, expected 1']);
    expect(
      cspProblems(
        '/b/',
        page(
          '',
          "default-src 'self' https://cdn.example; script-src 'self' 'unsafe-inline'; img-src https://player.vimeo.com",
        ),
      ),
    ).toEqual([
      '/b/: CSP default-src allows https://cdn.example',
      "/b/: CSP script-src allows 'unsafe-inline'",
      '/b/: CSP img-src allows https://player.vimeo.com',
    ]);
    expect(cspProblems('/c/', page('', "img-src 'self'"))).toEqual(['/c/: the CSP has no default-src']);
    const late = page('').replace('<title>T</title>', '<title>T</title><script src="/a.js"></script>');
    expect(cspProblems('/d/', late)).toEqual([
      '/d/: the CSP meta comes after a script or stylesheet, which it then does not cover',
    ]);
    const data = page('').replace(
      '<title>T</title>',
      '<title>T</title><script type="application/ld+json">{"@type":"Article"}</script>',
    );
    expect(cspProblems('/e/', data)).toEqual([]);
    expect(cspProblems('/f/', data.replace('<title>T</title>', '<title>T</title><script>x()</script>'))).toEqual([
      '/f/: the CSP meta comes after a script or stylesheet, which it then does not cover',
    ]);
  });

  it('catches inline event handlers, javascript: URLs and style attributes', () => {
    expect(
      inlineCodeProblems(
        '/e/',
        page('<button onclick="go()">Go</button><a href=" JavaScript:void(0)">x</a><p style="color:red">y</p>'),
      ),
    ).toEqual([
      '/e/: <button onclick="go()"> is an inline event handler',
      '/e/: <a href=" JavaScript:void(0)"> is a javascript: URL',
      '/e/: <p style="color:red"> is an inline style the CSP blocks',
    ]);
  });
});

describe('requests to other origins, in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dk-privacy-'));
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    for (const [path, data] of Object.entries<string | Uint8Array>({
      'own/index.html': page('<img src="/x.png" alt="own">'),
      'x.png': tinyPng,
      'tracked/index.html': page('<img src="https://example.org/x.png" alt="third party">', null),
      'blocked/index.html': page('<img src="https://example.org/x.png" alt="third party">'),
    })) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), data);
    }
    [server, browser] = await Promise.all([serveStatic(dir), launchBrowser()]);
  }, 30_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });
  const visit = async (path: string) => {
    const tab = await browser.newPage();
    try {
      return await foreignTraffic(tab, `${server.origin}${path}`);
    } finally {
      await tab.close();
    }
  };

  it('passes a page that loads only its own files', async () => {
    expect(await visit('/own/')).toEqual([]);
  }, 30_000);

  it('catches a third-party image: requested without a CSP, a CSP violation with one', async () => {
    expect(await visit('/tracked/')).toEqual(['requests https://example.org/x.png']);
    expect((await visit('/blocked/')).join('\n')).toMatch(/^breaks its CSP: .*https:\/\/example\.org\/x\.png/);
  }, 30_000);
});
