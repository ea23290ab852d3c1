/**
 * Which font files a browser fetches for a page: a `@font-face` rule's file is loaded only when the page
 * draws a character inside its `unicode-range` (all weights are counted, as a page may use either), and
 * a preloaded file always. This is what lets the gate tell the small subset from the full fallback files.
 */

export interface FontFace {
  url: string;
  ranges: [number, number][] | undefined;
}

/** `U+0100-017F, U+20AC, U+4??` as code point pairs. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const value = part.trim().replace(/^U\+/i, '');
    if (value.includes('?')) return [parseInt(value.replace(/\?/g, '0'), 16), parseInt(value.replace(/\?/g, 'F'), 16)];
    const [first = '0', last = first] = value.split('-');
    return [parseInt(first, 16), parseInt(last, 16)];
  });
}

/** Every `@font-face` of a stylesheet with its first `src` URL and its `unicode-range` (none: every character). */
export function fontFaces(css: string): FontFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap((m) => {
    const body = m[1] ?? '';
    const url = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(body)?.[1];
    const range = /unicode-range\s*:\s*([^;}]+)/.exec(body)?.[1];
    return url ? [{ url, ranges: range ? parseUnicodeRange(range) : undefined }] : [];
  });
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0', shy: '\u00ad' };

/** The characters a page draws: its body's text and the placeholders of its fields, entities decoded. */
export function drawnCharacters(html: string): Set<number> {
  const body = html.split(/<body\b/i)[1] ?? html;
  const placeholders = [...body.matchAll(/\splaceholder="([^"]*)"/g)].map((m) => m[1]).join(' ');
  const text =
    `${body.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ')} ${placeholders}`
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/&([a-z]+);/gi, (entity, name: string) => named[name.toLowerCase()] ?? entity);
  const points = new Set<number>();
  for (const c of text) if (!/\s/.test(c) || c === '\u00a0') points.add(c.codePointAt(0)!);
  return points;
}

/** The URLs of the faces the page's characters need. */
export function fontsNeeded(faces: FontFace[], drawn: Set<number>): string[] {
  const needs = (ranges: FontFace['ranges']) =>
    !ranges || [...drawn].some((p) => ranges.some(([a, b]) => p >= a && p <= b));
  return faces.filter((face) => needs(face.ranges)).map((face) => face.url);
}
