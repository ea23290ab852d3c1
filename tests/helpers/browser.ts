/** Debian's Chromium driven by playwright-core; npm never downloads a browser. */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticServer } from './server.ts';
import { distDir } from './site.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and nothing that reaches for the network on its own (the machines here have none). */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  // Playwright gives each launch a fresh temporary profile; it refuses a --user-data-dir here.
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
}

/** The built site served on loopback and one Chromium, for all tests in a file; both close after them. */
export function siteInBrowser(dir: string = distDir): { browser: Browser; origin: string } {
  const site = {} as { browser: Browser; origin: string };
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(dir);
    site.origin = server.origin;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
