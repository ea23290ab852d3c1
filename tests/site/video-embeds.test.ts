/**
 * YouTube and Vimeo videos: the page contacts neither until the visitor presses play; then the player
 * loads from the privacy-friendly address in a frame the Content-Security-Policy allows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, makeContent, tinyPng } from '../helpers/build';
import { launchBrowser } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/server';

const video = (title: string, source: string) => `---
title: "${title}"
description: "Video par centru."
source: ${source}
captions: /videos/active-communities.lv.vtt
poster: { src: ./poster.png, alt: "Centra ēka" }
duration: "2:05"
centres: ["zilupe"]
---
Transkripts.
`;

const players = [
  { path: '/video/youtube-video/', player: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1' },
  { path: '/video/vimeo-video/', player: 'https://player.vimeo.com/video/76979871?autoplay=1' },
];

describe('YouTube and Vimeo videos load only after a click', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    const build = buildSite(
      makeContent(
        {
          'videos/lv/poster.png': tinyPng,
          'videos/lv/youtube-video.mdx': video('YouTube video', '{ kind: youtube, id: dQw4w9WgXcQ }'),
          'videos/lv/vimeo-video.mdx': video('Vimeo video', '{ kind: vimeo, id: "76979871" }'),
        },
        'site',
      ),
    );
    expect(build.ok, build.output).toBe(true);
    server = await serveStatic(build.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const { path, player } of players) {
    it(`${path}: no request to the player's site before play; its player in a frame after`, async () => {
      const page = await browser.newPage();
      const elsewhere: string[] = [];
      // The other origin answers with an empty page, so the test needs no network and sees every request.
      await page.route(
        (url) => url.origin !== server.origin,
        (route) => {
          elsewhere.push(route.request().url());
          return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>player</title>' });
        },
      );
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      expect(elsewhere).toEqual([]);
      await page.getByRole('button', { name: 'Atskaņot' }).click();
      const frame = page.locator('iframe');
      await expect.poll(() => frame.getAttribute('src')).toBe(player);
      await expect.poll(() => elsewhere).toEqual([player]);
      expect(await frame.getAttribute('title')).toMatch(/video$/);
      await page.close();
    });
  }
});
