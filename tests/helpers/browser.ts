/** Debian's Chromium driven by playwright-core; npm never downloads a browser. */
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      // Playwright gives each launch a fresh temporary profile; it refuses a --user-data-dir here.
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
    ],
  });
}
