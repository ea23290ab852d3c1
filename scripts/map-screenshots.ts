/**
 * Screenshots of the centres map at a phone's 320 px and on a desktop, for the README
 * (docs/map-320.png, docs/map-desktop.png). Run after `npm run build`: `npx node scripts/map-screenshots.ts`.
 */
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/server.ts';

const server = await serveStatic(process.env['OUT_DIR'] ?? 'dist');
const browser = await launchBrowser();
try {
  for (const [width, name] of [
    [320, 'map-320'],
    [1280, 'map-desktop'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${server.origin}/centri/`);
    await page.locator('.map').screenshot({ path: `docs/${name}.png` });
    await page.close();
    console.log(`docs/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
