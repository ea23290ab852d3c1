/** The centres map: every centre is a link that names the centre and its status, shown by shape too. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/site';
import { siteInBrowser } from '../helpers/browser';
import { centreStatusKey, useTranslations } from '../../src/i18n/index';

type Status = keyof typeof centreStatusKey;

describe.each([
  ['lv', '/centri/'],
  ['en', '/en/centres/'],
] as const)('the %s centres map', (locale, path) => {
  const html = readPage(path);
  const statusText = (status: string) => useTranslations(locale)(centreStatusKey[status as Status]);
  const markers = [
    ...html.matchAll(/<a href="([^"]+)" aria-label="([^"]+) \(([^)]+)\)"[^>]*><circle [^>]*class="dot ([a-z-]+)/g),
  ].map(([, href, , status, shape]) => ({ href, status, shape }));

  it('has a marker for every centre card on the page', () => {
    const cards = [...html.matchAll(/<h2[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.map((m) => m.href).sort()).toEqual(cards.sort());
  });

  it('names each centre’s status in its link and draws it with the matching shape, explained in a legend', () => {
    for (const { status, shape } of markers) expect(status).toBe(statusText(shape!));
    for (const shape of new Set(markers.map((m) => m.shape))) {
      expect(html).toMatch(
        new RegExp(
          `<li[^>]*><svg[^>]*aria-hidden="true"[^>]*><circle[^>]*class="dot ${shape}"[^>]*>(</circle>)?</svg>${statusText(shape!)}</li>`,
        ),
      );
    }
  });
});

describe.each([
  ['lv', '/centri/'],
  ['en', '/en/centres/'],
] as const)('the %s centres map in Chromium', (_locale, path) => {
  const site = siteInBrowser();

  it.each([320, 1280])(
    'shows Latvia, Latgale and every centre on Latgale, no label over another, at %i px',
    async (width) => {
      const page = await site.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.origin}${path}`);
      const drawn = await page.evaluate(() => {
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, w: r.width, h: r.height, text: el.textContent ?? '', round: el.matches('a.marker') };
        };
        const svg = document.querySelector('.map svg')!;
        const latgale = svg.querySelector<SVGPathElement>('path.latgale')!;
        // A marker moved aside keeps a line from its true place: that place is the one that must be on Latgale.
        const place = (marker: Element) => {
          const dot = marker.querySelector('circle')!;
          const [x, y] = [dot.getAttribute('cx'), dot.getAttribute('cy')];
          const line = [...svg.querySelectorAll('.place line')].find(
            (l) => l.getAttribute('x2') === x && l.getAttribute('y2') === y,
          );
          return { x: Number(line?.getAttribute('x1') ?? x), y: Number(line?.getAttribute('y1') ?? y) };
        };
        return {
          offLatgale: [...svg.querySelectorAll('a.marker')]
            .filter((marker) => !latgale.isPointInFill(place(marker)))
            .map((marker) => marker.getAttribute('href')),
          svgWidth: svg.getBoundingClientRect().width,
          outline: (document.querySelector('.map path.latvia')?.getAttribute('d') ?? '').length,
          latgale: (document.querySelector('.map path.latgale')?.getAttribute('d') ?? '').length,
          labels: [...svg.querySelectorAll('.areas text, a.marker')].map(box),
          listed: [...document.querySelectorAll('.map ol.map-list li a')].map((a) => a.getAttribute('href')),
          markers: [...svg.querySelectorAll('a.marker')].map((a) => a.getAttribute('href')),
        };
      });
      await page.close();
      expect(drawn.svgWidth).toBeLessThanOrEqual(width);
      expect(drawn.outline).toBeGreaterThan(500);
      expect(drawn.latgale).toBeGreaterThan(500);
      expect(drawn.offLatgale).toEqual([]);
      const cards = [...readPage(path).matchAll(/<h2[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);
      expect([...drawn.listed].sort()).toEqual(cards.sort());
      expect(drawn.markers.every((href) => drawn.listed.includes(href))).toBe(true);
      const overlaps: string[] = [];
      drawn.labels.forEach((a, i) =>
        drawn.labels.slice(i + 1).forEach((b) => {
          // Two markers are circles: they touch when their centres are closer than their radii together.
          const touching =
            a.round && b.round
              ? Math.hypot(a.x + a.w / 2 - b.x - b.w / 2, a.y + a.h / 2 - b.y - b.h / 2) < (a.w + b.w) / 2
              : a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          if (touching) overlaps.push(`${a.text} over ${b.text}`);
        }),
      );
      expect(overlaps).toEqual([]);
    },
  );
});
