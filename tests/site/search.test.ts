/** Search as visitors use it, in Debian's Chromium against the built site: what it finds and how it is used. */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser';
import { builtPages, readPage } from '../helpers/site';
import { loading, openNoting, resultPaths, results, status } from '../helpers/search-page';

const site = siteInBrowser();
const open = (path: string) => openNoting(site, path);

describe('search', () => {
  it('has a search form in the header of every page, sending the query to the search page in its language', () => {
    const missing = builtPages().filter((path) => {
      const html = readPage(path);
      const action = html.includes('<html lang="en"') ? '/en/search/' : '/meklet/';
      return !new RegExp(
        `<header[\\s\\S]*<form[^>]*role="search"[^>]*action="${action}"[\\s\\S]*<input[^>]*name="q"[\\s\\S]*</header>`,
      ).test(html);
    });
    expect(missing).toEqual([]);
  });

  it('runs from the header of a content page, filters by centre and opens a result', async () => {
    const { page } = await open('/centri/');
    await page.getByRole('searchbox', { name: 'Meklēt vietnē' }).fill('centrs');
    await page.getByRole('button', { name: 'Meklēt' }).click();
    await page.waitForURL(/\/meklet\/\?q=centrs$/);
    await expect.poll(() => status(page), loading).toMatch(/^Atrast(s|i) \d+ rezultāt/);
    expect(await page.locator('#q').inputValue()).toBe('centrs');

    const centre = page.getByLabel('Centrs', { exact: true });
    const [, first] = await centre.locator('option').allTextContents();
    const name = first!.replace(/ \(\d+\)$/, '');
    await centre.selectOption({ label: first! });
    await expect.poll(() => new URL(page.url()).searchParams.get('centre')).toBe(name);
    await expect
      .poll(async () => (await page.locator('.result-centre').allTextContents()).every((text) => text.includes(name)))
      .toBe(true);
    expect(await page.locator('.result').count()).toBe(await page.locator('.result-centre').count());

    const title = await results(page).first().textContent();
    const [target] = await resultPaths(page);
    await results(page).first().click();
    await page.waitForURL((url) => url.pathname === target);
    expect(await page.locator('h1').first().textContent()).toBe(title);
    await page.close();
  });

  it('finds Latvian words typed without diacritics and in another form, and keeps the query in the address', async () => {
    const { page } = await open('/meklet/');
    await page.locator('#q').pressSequentially('izsusana');
    await expect.poll(() => status(page), loading).toMatch(/^Atrast/);
    expect((await resultPaths(page)).slice(0, 3).some((path) => path.includes('aglon'))).toBe(true);
    await expect.poll(() => page.url()).toMatch(/\?q=izsusana$/);
    expect(await page.locator('mark').first().textContent()).toMatch(/^izšūšan/i);
    await page.close();
  });

  it('shows excerpts of the pages’ own text, not their facts lists run together', async () => {
    const { page } = await open('/meklet/');
    await page.locator('#q').pressSequentially('paaudzu sadarbiba');
    await expect.poll(() => status(page), loading).toMatch(/^Atrast/);
    const excerpts = await page.locator('[data-search-results]').innerText();
    expect(excerpts).toMatch(/paaudžu sadarbīb/i);
    // Words of a story's date line or a centre's facts, glued to their neighbours when indexed.
    expect(excerpts).not.toMatch(/Publicēts\s*\d|Stāvoklis\s*darbojas|kopš 2021\. gada\S/);
    await page.close();
  });

  it('can be used with the keyboard alone: arrow keys from the field to the results, Enter opens one', async () => {
    const { page } = await open('/meklet/?q=kopienām');
    await expect.poll(() => results(page).count(), loading).toBeGreaterThan(1);
    await page.locator('#q').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await results(page).nth(1).getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(second);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === second);
    await page.close();
  });

  it('says honestly when nothing is found, and offers a way on', async () => {
    const { page } = await open('/meklet/?q=zzqxv');
    await expect.poll(() => status(page), loading).toBe('Nekas nav atrasts: „zzqxv”.');
    expect(await page.getByRole('heading', { name: 'Ko pamēģināt' }).isVisible()).toBe(true);
    const otherLanguage = await page.getByRole('link', { name: 'Meklēt angļu valodas lapās' }).getAttribute('href');
    expect(new URL(otherLanguage!, site.origin).href).toBe(`${site.origin}/en/search/?q=zzqxv`);
    expect(await page.getByRole('link', { name: 'Visas vadlīnijas' }).isVisible()).toBe(true);
    await page.close();
  });

  it('finds a place typed one letter off, and offers the corrected query from the index’s own words', async () => {
    const { page, searchFiles } = await open('/meklet/?q=Zilpe');
    await expect.poll(() => status(page), loading).toMatch(/^Atrast/);
    expect((await resultPaths(page)).slice(0, 3)).toContain('/centri/zilupe/');
    const suggestion = page.locator('[data-search-suggestion]');
    // The index has the place's name in the forms its pages use (Zilupē, Zilupes).
    expect(await suggestion.textContent()).toMatch(/^Vai domājāt: zilup\p{L}*\?$/u);
    expect(searchFiles.some((url) => url.endsWith('/pagefind/search-data-lv.json'))).toBe(true);
    const corrected = (await suggestion.getByRole('link').textContent())!;
    await suggestion.getByRole('link').click();
    await page.waitForURL((url) => url.searchParams.get('q') === corrected);
    await expect.poll(() => status(page), loading).toContain(`„${corrected}”`);
    expect((await resultPaths(page)).slice(0, 3)).toContain('/centri/zilupe/');
    expect(await suggestion.isHidden()).toBe(true);
    await page.close();
  });

  it('offers "Did you mean" on the English search page from the English words', async () => {
    const { page } = await open('/en/search/?q=embroidry');
    await expect
      .poll(() => page.locator('[data-search-suggestion]').textContent(), loading)
      .toBe('Did you mean: embroidery?');
    expect((await resultPaths(page)).slice(0, 3)).toContain('/en/centres/aglona/');
    await page.close();
  });

  it('searches only English pages on the English search page, never fallback copies of Latvian ones', async () => {
    const fallbacks = builtPages().filter((path) => readPage(path).includes('<meta name="robots" content="noindex"'));
    const { page } = await open('/en/search/?q=Zilupe');
    await expect.poll(() => status(page), loading).toMatch(/results? for “Zilupe”/);
    const paths = await resultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => !path.startsWith('/en/') || fallbacks.includes(path))).toEqual([]);
    expect(paths.filter((path) => !readPage(path).includes('<html lang="en"'))).toEqual([]);
    await page.close();
  });
});
