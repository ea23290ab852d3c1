/**
 * Layout that readers see: a 320-pixel phone never has to scroll sideways, the system’s dark mode is
 * followed, the site's own font draws every Latvian letter, and a printed guideline carries the text
 * without the site's navigation.
 */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';
import { builtPages, distDir } from '../helpers/site';
import { inTabs, load } from '../helpers/tabs';
import { sampleTemplates } from '../gates/sample';

const site = siteInBrowser();

describe(`layout of the site in ${distDir}`, () => {
  const pages = builtPages();
  const { sample } = sampleTemplates(pages);

  it('fits every page into a 320-pixel-wide screen without sideways scrolling', async () => {
    const overflowing = await inTabs(site.browser, pages, async (page, path) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await load(page, `${site.origin}${path}`);
      // Measured once the web fonts are in: the fallback font's wider letters are not what readers keep.
      const width = await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise(requestAnimationFrame);
        return document.documentElement.scrollWidth;
      });
      return width > 320 ? `${path}: ${width} px wide at 320 px` : undefined;
    });
    const problems = overflowing.filter(Boolean);
    expect(pages.length).toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('follows the system’s dark mode with light text on a dark background', async () => {
    const page = await site.browser.newPage({ colorScheme: 'dark' });
    await load(page, `${site.origin}/`);
    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = (css.match(/\d+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const { background, text } = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
    }));
    expect(luminance(background)).toBeLessThan(0.2);
    expect(luminance(text)).toBeGreaterThan(0.7);
    await page.close();
  });

  it('draws every Latvian letter, regular and bold, with the site’s own font rather than a fallback', async () => {
    const page = await site.browser.newPage();
    await load(page, `${site.origin}/`);
    await page.evaluate(async () => {
      const letters = 'ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž';
      document
        .querySelector('main')!
        .insertAdjacentHTML('beforeend', `<p id="letters">${letters} <strong>${letters}</strong></p>`);
      await document.fonts.ready;
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    for (const selector of ['#letters', '#letters strong']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(
        [...new Set(fonts.map((font) => `${font.familyName}${font.isCustomFont ? '' : ' (system fallback)'}`))],
        selector,
      ).toEqual(['Noto Sans']);
    }
    await page.close();
  });

  it('prints a guideline without header, search, footer or page links, and with all its text', async () => {
    const guidelines = sample.filter((item) => item.kind === 'guideline');
    expect(guidelines).toHaveLength(2);
    for (const { path } of guidelines) {
      const page = await site.browser.newPage();
      await load(page, `${site.origin}${path}`);
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(() =>
        ['header.site', 'footer.site', '.skip-link', 'form[role=search]', 'a[rel=next], a[rel=prev]'].filter(
          (selector) => [...document.querySelectorAll<HTMLElement>(selector)].some((el) => el.offsetParent !== null),
        ),
      );
      expect(hidden, `${path} shows in print: ${hidden.join(', ')}`).toEqual([]);
      const printed = await page.evaluate(() => (document.querySelector('main') as HTMLElement).innerText);
      const headings = await page.locator('main h2').allInnerTexts();
      expect(headings.length).toBeGreaterThan(2);
      for (const heading of headings) expect(printed).toContain(heading);
      await page.close();
    }
  });
});
