/** The centres map: every centre is a link that names the centre and its status, shown by shape too. */
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/site';
import { centreStatusKey, useTranslations } from '../../src/i18n/index';

type Status = keyof typeof centreStatusKey;

describe.each([['lv', '/centri/'], ['en', '/en/centres/']] as const)('the %s centres map', (locale, path) => {
  const html = readPage(path);
  const statusText = (status: string) => useTranslations(locale)(centreStatusKey[status as Status]);
  const markers = [...html.matchAll(/<a href="([^"]+)" aria-label="([^"]+) \(([^)]+)\)"[^>]*><circle [^>]*class="dot ([a-z-]+)/g)]
    .map(([, href, , status, shape]) => ({ href, status, shape }));

  it('has a marker for every centre card on the page', () => {
    const cards = [...html.matchAll(/<h2[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.map((m) => m.href).sort()).toEqual(cards.sort());
  });

  it('names each centre’s status in its link and draws it with the matching shape, explained in a legend', () => {
    for (const { status, shape } of markers) expect(status).toBe(statusText(shape!));
    for (const shape of new Set(markers.map((m) => m.shape))) {
      expect(html).toMatch(new RegExp(`<li[^>]*><svg[^>]*aria-hidden="true"[^>]*><circle[^>]*class="dot ${shape}"[^>]*>(</circle>)?</svg>${statusText(shape!)}</li>`));
    }
  });
});
