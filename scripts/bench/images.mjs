/** Photo-sized PNGs made with sharp: each one different, so that no build step can share work between them. */
import sharp from 'sharp';

export async function makePng(rng, width = 1200, height = 800) {
  const hue = rng.int(0, 359);
  const shapes = Array.from(
    { length: 24 },
    () =>
      `<circle cx="${rng.int(0, width)}" cy="${rng.int(0, height)}" r="${rng.int(20, 220)}" fill="hsl(${rng.int(0, 359)},${rng.int(20, 70)}%,${rng.int(30, 80)}%)" fill-opacity="0.6"/>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 90) % 360},50%,75%)"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#g)"/>${shapes}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
