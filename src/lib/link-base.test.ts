import { describe, expect, it } from 'vitest';
import { linkWithBase } from './link-base';

describe('links in content under a base path', () => {
  it('prefix a site path with the base', () => {
    expect(linkWithBase('/centri/zilupe/', '/darbigas-kopienas/')).toBe('/darbigas-kopienas/centri/zilupe/');
    expect(linkWithBase('/en/', '/')).toBe('/en/');
  });

  it('leave addresses of other sites, fragments and relative files as written', () => {
    for (const href of ['https://example.org/', '//example.org/x', '#sadala', './talka.webp', 'mailto:a@b.lv'])
      expect(linkWithBase(href, '/darbigas-kopienas/')).toBe(href);
    expect(linkWithBase(undefined, '/darbigas-kopienas/')).toBeUndefined();
  });
});
