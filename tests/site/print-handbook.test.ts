/** The whole handbook as one printable page: Chromium prints it to PDF with every guideline in it. */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';
import { readPage } from '../helpers/site';
import { readHead } from '../gates/head-html';

const site = siteInBrowser();

/** Bookmark titles of a Chromium PDF (its outline, made from the headings): UTF-16BE hex or literal strings. */
function outlineTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Title\s*(?:<FEFF([0-9A-Fa-f]*)>|\(((?:\\.|[^\\)])*)\))/g)].map(([, hex, literal]) => {
    if (literal !== undefined)
      return literal.replace(/\\([0-7]{1,3}|.)/g, (_, c: string) =>
        /^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8)) : c,
      );
    const bytes = Buffer.from(hex!, 'hex');
    let out = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.readUInt16BE(i));
    return out;
  });
}

describe.each([
  ['lv', '/vadlinijas/drukai/', '/vadlinijas/'],
  ['en', '/en/guidelines/print/', '/en/guidelines/'],
] as const)('the %s print handbook', (_lang, path, index) => {
  const html = readPage(path);
  const titles = [...readPage(index).matchAll(/<ol class="handbook"[\s\S]*?<\/ol>/g)].flatMap(([list]) =>
    [...list.matchAll(/<a href="[^"]+"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!),
  );

  it('is linked from the guidelines index, points its canonical there and stays out of search engines', () => {
    expect(readPage(index)).toContain(`href="${path}"`);
    const head = readHead(html);
    expect(head.noindex).toBe(true);
    expect(new URL(head.canonical[0]!).pathname).toBe(index);
    expect(head.searchable).toBe(false);
  });

  it('prints to PDF with a cover, the contents and each guideline from a new page', async () => {
    expect(titles.length).toBeGreaterThan(1);
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}${path}`);
    await page.emulateMedia({ media: 'print' });
    // Links print their full address; checklist boxes print empty, to tick by pen.
    const printed = await page.evaluate(() => {
      const link = document.querySelector<HTMLAnchorElement>('.chapter a[data-print-url]');
      const box = document.querySelector<HTMLInputElement>('.chapter input[type=checkbox]');
      return {
        after: link ? getComputedStyle(link, '::after').content : '',
        url: link?.dataset['printUrl'],
        box: box ? getComputedStyle(box).appearance : 'none',
      };
    });
    expect(printed.after).toBe(`" (${printed.url})"`);
    expect(printed.url).toMatch(/^https?:\/\//);
    expect(printed.box).toBe('none');
    const pdf = await page.pdf({ format: 'A4', outline: true, tagged: true, printBackground: false });
    await page.close();
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(titles.length + 2);
    const outline = outlineTitles(pdf);
    for (const title of titles)
      expect(outline, title).toContain(
        title
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'"),
      );
  });
});
