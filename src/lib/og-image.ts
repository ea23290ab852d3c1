/**
 * Link-preview pictures (Open Graph, 1200×630 PNG) in the site's design: satori lays the card out as
 * SVG with the full Noto Sans (every Latvian letter, no boxes), resvg draws it. A card's PNG is kept
 * in the cache folder under the hash of what it shows, so a build redraws only cards that changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

/** What a card shows: the page's title, its kind (e.g. "Stāsts") and, for entries, its centre. */
export interface OgCard {
  title: string;
  kind: string;
  centre?: string | undefined;
  siteName: string;
  tagline: string;
}

export const ogSize = { width: 1200, height: 630 } as const;
/** Bump when the card's design changes, so cached pictures are drawn again. */
const designVersion = 2;

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

type Node = {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string | undefined };
};
const el = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, children },
});

/** The card as satori's element tree: green band with the site's mark, kind, title, centre. */
function cardTree(card: OgCard): Node {
  const dot = (left: number, top: number) =>
    el('div', { position: 'absolute', left, top, width: 26, height: 26, borderRadius: 13, background: '#ffffff' });
  const mark = el(
    'div',
    { position: 'relative', width: 96, height: 96, borderRadius: 48, background: '#0b5e3b', display: 'flex' },
    [dot(17, 26), dot(53, 26), dot(35, 57)],
  );
  const titleSize = card.title.length > 70 ? 52 : card.title.length > 40 ? 62 : 72;
  const body = el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: 64 }, [
    el('div', { display: 'flex', alignItems: 'center', gap: 28 }, [
      mark,
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 40, fontWeight: 700, color: '#0b5e3b' }, card.siteName),
        el('div', { fontSize: 26, color: '#4a5560' }, card.tagline),
      ]),
    ]),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', width: ogSize.width - 128 },
      [
        el(
          'div',
          { fontSize: 30, fontWeight: 700, color: '#0b5e3b', textTransform: 'uppercase', letterSpacing: 2 },
          card.kind,
        ),
        el('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, marginTop: 12 }, card.title),
        ...(card.centre ? [el('div', { fontSize: 34, color: '#4a5560', marginTop: 20 }, card.centre)] : []),
      ],
    ),
  ]);
  const band = el('div', { width: ogSize.width, height: 24, background: '#0b5e3b' });
  return el(
    'div',
    {
      width: ogSize.width,
      height: ogSize.height,
      display: 'flex',
      flexDirection: 'column',
      background: '#f1f5f2',
      color: '#1d2327',
      fontFamily: 'Noto Sans',
    },
    [body, band],
  );
}

/** Draws a card as PNG bytes; a 64-colour palette keeps a picture near 18 KB instead of 46 KB. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  const svg = await satori(cardTree(card) as never, { ...ogSize, fonts: notoSans() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: ogSize.width }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return sharp(png).png({ palette: true, colours: 64, effort: 3 }).toBuffer();
}

/** Counts of the last builds' work, for `npm run bench`. */
export const ogStats = { drawn: 0, cached: 0, drawMs: 0 };

/** The card's PNG from the cache folder, drawn and stored there first if it is not yet. */
export async function cachedOgImage(card: OgCard, cacheDir: string): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify({ designVersion, card })).digest('hex').slice(0, 24);
  const file = join(cacheDir, 'og-images', `${key}.png`);
  if (existsSync(file)) {
    ogStats.cached++;
    return readFileSync(file);
  }
  const started = performance.now();
  const png = await renderOgImage(card);
  ogStats.drawMs += performance.now() - started;
  ogStats.drawn++;
  mkdirSync(join(cacheDir, 'og-images'), { recursive: true });
  writeFileSync(file, png);
  return png;
}
