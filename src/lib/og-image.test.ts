import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { OgCard } from './og-card';
import { cachedOgImage, ogStats, renderOgImage } from './og-image';

/** Every Latvian letter with a diacritic, upper and lower case: boxes instead of any of them change the picture. */
const letters: OgCard = {
  title: 'Ģ ļ š ņ Ā Č Ē Ī Ķ Ū Ž ā č ē ģ ī ķ ū ž Ļ Š Ņ',
  kind: 'Vadlīnija',
  centre: 'Rēzeknes novada āra centrs',
  siteName: 'Darbīgās kopienas',
  tagline: 'Skolas, pirmsskolas un vietējās kopienas Latgalē',
};
const reference = 'tests/fixtures/og-latvian-letters.png';

/** Share of pixels that differ by more than a small tolerance in any channel. */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((png) => sharp(png).ensureAlpha().raw().toBuffer()));
  if (x!.length !== y!.length) return 1;
  let differing = 0;
  for (let i = 0; i < x!.length; i += 4) {
    if ([0, 1, 2].some((c) => Math.abs(x![i + c]! - y![i + c]!) > 24)) differing++;
  }
  return differing / (x!.length / 4);
}

describe('link-preview pictures', () => {
  it('draw the Latvian letters as the committed reference shows them', async () => {
    const png = await renderOgImage(letters);
    // Drawn once with this module and checked by eye (every letter whole, no box); redraw it only on purpose.
    expect(await difference(png, readFileSync(reference))).toBeLessThan(0.002);
  });

  it('draw the diacritics themselves, not the bare letters or boxes', async () => {
    const bare = await renderOgImage({ ...letters, title: 'G l s n A C E I K U Z a c e g i k u z L S N' });
    expect(await difference(await renderOgImage(letters), bare)).toBeGreaterThan(0.002);
  });

  it('are drawn once and then read from the cache folder, keyed by what they show', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'dk-og-'));
    const card = { ...letters, title: 'Kešatmiņa' };
    const drawn = ogStats.drawn;
    const first = await cachedOgImage(card, cache);
    const again = await cachedOgImage(card, cache);
    expect(again.equals(first)).toBe(true);
    expect(ogStats.drawn).toBe(drawn + 1);
    await cachedOgImage({ ...card, title: 'Cits' }, cache);
    expect(ogStats.drawn).toBe(drawn + 2);
  });
});
