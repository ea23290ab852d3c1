/**
 * Link-preview pictures (Open Graph, 1200×630 PNG) in the site's design: satori lays the card out as
 * SVG with the full Noto Sans (every Latvian letter, no boxes), resvg draws it. A card's PNG is kept
 * in the cache folder under the hash of what it shows, so a build redraws only cards that changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { cardTree, ogSize, type OgCard } from './og-card.ts';

/** Bump when the card's design changes, so cached pictures are drawn again. */
const designVersion = 3;

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
/** The whole Noto Sans (TTF, from @expo-google-fonts/noto-sans): satori cannot read WOFF2 subsets. */
function notoSans() {
  fonts ??= (
    [
      [400, '400Regular/NotoSans_400Regular.ttf'],
      [700, '700Bold/NotoSans_700Bold.ttf'],
    ] as const
  ).map(([weight, file]) => ({
    name: 'Noto Sans',
    weight,
    style: 'normal' as const,
    data: readFileSync(require.resolve(`@expo-google-fonts/noto-sans/${file}`)),
  }));
  return fonts;
}

/**
 * Draws a card as PNG bytes. sharp encodes resvg's pixels as plain RGB (about 37 KB): quantising to a
 * palette made a picture half that size but took 30 ms of the 60 ms a card cost, which thousands of
 * pages pay on a clean build. A reader never loads these; only a link preview does.
 */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  const svg = await satori(cardTree(card) as never, { ...ogSize, fonts: notoSans() });
  // Drawn on a worker thread, so that the next card's layout goes on meanwhile (drawCards).
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: ogSize.width },
    font: { loadSystemFonts: false },
  });
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}

/**
 * What this build process drew, for `npm run bench`. Kept on globalThis: Astro loads the picture route
 * in more than one module environment of the same build, and each calls its getStaticPaths.
 */
export const ogStats: { drawn: number; drawMs: number } = ((globalThis as { dkOgStats?: typeof ogStats }).dkOgStats ??=
  { drawn: 0, drawMs: 0 });

/** What a card shows and how it is drawn, as a digest: its file name in the cache, and its cache key between builds. */
export function cardKey(card: OgCard): string {
  return createHash('sha256').update(JSON.stringify({ designVersion, card })).digest('hex').slice(0, 24);
}

/** The card's PNG from the cache folder, drawn and stored there first if it is not yet. */
export async function cachedOgImage(card: OgCard, cacheDir: string): Promise<Buffer> {
  const key = cardKey(card);
  const file = join(cacheDir, 'og-images', `${key}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await renderOgImage(card);
  ogStats.drawn++;
  mkdirSync(join(cacheDir, 'og-images'), { recursive: true });
  writeFileSync(file, png);
  return png;
}

/**
 * Makes sure every card is in the cache folder, a few at a time: satori lays one out on the main thread
 * while resvg and sharp draw and encode others on their own threads, so a clean build uses every core
 * instead of drawing thousands of cards one after another while pages wait.
 */
export async function drawCards(cards: readonly OgCard[], cacheDir: string, atOnce = 4): Promise<void> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < cards.length) await cachedOgImage(cards[next++]!, cacheDir);
  };
  await Promise.all(Array.from({ length: atOnce }, worker));
  ogStats.drawMs += performance.now() - started;
}
