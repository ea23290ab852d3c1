import sharp from 'sharp';
import { wrapLines } from './wrap-text.mjs';

export const slideWidth = 1280;
export const slideHeight = 720;

// Dark blue with white text gives a contrast ratio above 12:1; amber only marks, never carries text.
const colours = { background: '#0f2f4a', text: '#ffffff', muted: '#d5e3ee', accent: '#f2b134' };
// DejaVu Sans (Debian's fonts-dejavu-core) has every Latvian letter: ā č ē ģ ī ķ ļ ņ š ū ž.
const fontFamily = 'DejaVu Sans';
// DejaVu Sans letters are about this wide on average, in ems; used to turn pixel widths into characters.
const averageCharEm = 0.58;
const margin = 80;
const textBottom = 620;

/**
 * The SVG of one slide: a heading, points as a bulleted list and a footer. The first slide is the
 * title slide: bigger heading, points as plain subtitle lines. Throws when the text does not fit.
 * @param {{ heading: string, points: string[] }} slide
 * @param {{ index: number, count: number, footer: string }} place
 */
export function slideSvg(slide, place) {
  const isTitle = place.index === 0;
  const headingSize = isTitle ? 84 : 58;
  const pointSize = isTitle ? 40 : 34;
  const bulletIndent = isTitle ? 0 : 40;
  const parts = [];
  let y = isTitle ? 260 : 140;
  for (const line of wrapLines(slide.heading, charsFitting(slideWidth - 2 * margin, headingSize))) {
    parts.push(textElement(line, margin, y, headingSize, colours.text, 'bold'));
    y += headingSize * 1.2;
  }
  parts.push(`<rect x="${margin}" y="${y - headingSize * 0.7}" width="140" height="8" fill="${colours.accent}"/>`);
  y += pointSize * 0.9;
  for (const point of slide.points) {
    if (!isTitle)
      parts.push(
        `<rect x="${margin + 4}" y="${y - pointSize * 0.55}" width="14" height="14" fill="${colours.accent}"/>`,
      );
    for (const line of wrapLines(point, charsFitting(slideWidth - 2 * margin - bulletIndent, pointSize))) {
      parts.push(textElement(line, margin + bulletIndent, y, pointSize, isTitle ? colours.muted : colours.text));
      y += pointSize * 1.3;
    }
    y += pointSize * 0.5;
  }
  const lastBaseline = y - pointSize * 1.8;
  if (lastBaseline > textBottom) {
    throw new Error(
      `Slide ${place.index + 1} ("${slide.heading}") has too much text to fit: shorten its heading or points in slides.json`,
    );
  }
  parts.push(textElement(place.footer, margin, 680, 24, colours.muted));
  parts.push(
    textElement(`${place.index + 1} / ${place.count}`, slideWidth - margin, 680, 24, colours.muted, 'normal', 'end'),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${slideWidth}" height="${slideHeight}" viewBox="0 0 ${slideWidth} ${slideHeight}">`,
    `<rect width="100%" height="100%" fill="${colours.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/**
 * Renders a slide to a PNG file.
 * @param {string} svg
 * @param {string} file
 */
export async function writeSlidePng(svg, file) {
  await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(file);
}

/** @param {number} widthPx @param {number} fontSize */
function charsFitting(widthPx, fontSize) {
  return Math.floor(widthPx / (fontSize * averageCharEm));
}

/**
 * @param {string} text @param {number} x @param {number} y @param {number} size @param {string} fill
 * @param {'normal' | 'bold'} [weight] @param {'start' | 'end'} [anchor]
 */
function textElement(text, x, y, size, fill, weight = 'normal', anchor = 'start') {
  return `<text x="${x}" y="${Math.round(y)}" font-family="${fontFamily}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(text)}</text>`;
}

/** @param {string} text */
function escapeXml(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
