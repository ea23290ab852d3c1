/**
 * Editors in the browser: the built /admin/ (Sveltia CMS on its test backend, no network) writes a
 * Latvian story and its English translation exactly where and as the schema wants, the site builds
 * them onto the centre's page and into search, and a story missing a required field is refused in Latvian.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { siteInBrowser } from '../helpers/browser';
import { buildSite, makeContent, type FixtureBuild } from '../helpers/build';
import { foreignRequests, openCms, readRepo, repoFiles } from '../helpers/cms';
import { serveStatic } from '../helpers/server';
import { readPage } from '../helpers/site';
import { readBuiltSearchIndex } from '../gates/integrity-pagefind';
import { collectionSchemas } from '../../src/lib/fields/index.ts';
import { lintContent } from '../../src/lib/lint/index.ts';

const site = siteInBrowser();
const centres = () => repoFiles('content/centres', 'content/centres');
const slug = 'vasaras-darbnica-zilupe';
const story = { lv: `content/stories/lv/${slug}.mdx`, en: `content/stories/en/${slug}.mdx` };
const storySchema = collectionSchemas.stories();

/** Types a body the way an editor does: a level-2 heading and a bulleted list, by Markdown shortcuts. */
async function writeBody(page: Page, heading: string, items: string[]) {
  const editor = page.locator('[contenteditable="true"]').first();
  await editor.click();
  // Each shortcut turns the line into a heading or a list as it is typed: wait for that before typing on.
  await page.keyboard.type('## ');
  await editor.locator('h2').waitFor();
  await page.keyboard.type(heading);
  await page.keyboard.press('Enter');
  await page.keyboard.type('- ');
  await editor.locator('ul > li').waitFor();
  for (const [index, item] of items.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(item);
    await expect.poll(() => editor.locator('ul > li').nth(index).innerText()).toBe(item);
  }
}

const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true }).first();

/** Picks a centre by the name the reader sees, from the relation picker's list. */
async function pickCentre(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'centres' }).first().click();
  await page.getByRole('option', { name }).first().click();
}

/** Splits an MDX file into its frontmatter (read as YAML) and its body. */
function readEntry(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  expect(match, text).not.toBeNull();
  return { data: parse(match![1]!) as Record<string, unknown>, body: match![2]! };
}

describe('a story written in /admin/', () => {
  let files: Record<string, string> = {};
  let build: FixtureBuild | undefined;
  afterAll(() => {
    for (const dir of [build?.outDir, build?.contentDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is saved as content/stories/lv/<slug>.mdx and content/stories/en/<slug>.mdx, as the schema wants', async () => {
    const page = await openCms(site.browser, site.origin, centres());
    const before = Object.keys(await readRepo(page));
    await page.goto(`${site.origin}/admin/#/collections/stories/new`);
    await textbox(page, 'title').fill('Vasaras darbnīca Zilupē');
    await textbox(page, 'description').fill('Kā centrs aicināja ģimenes kopā mācīties.');
    await pickCentre(page, 'Zilupes centrs');
    await page.locator('input[type="date"]').first().fill('2026-11-20');
    await writeBody(page, 'Ko darījām', ['stādījām kokus', 'mācījāmies datorprasmes']);
    await page.getByRole('radio', { name: 'English' }).first().click();
    await textbox(page, 'title').fill('A summer workshop in Zilupe');
    await textbox(page, 'description').fill('How the centre invited families to learn together.');
    await writeBody(page, 'What we did', ['planted trees', 'learnt computer skills']);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(async () => Object.keys(await readRepo(page)).length, { timeout: 30_000 })
      .toBe(before.length + 2);
    files = await readRepo(page);
    expect(foreignRequests.get(page)).toEqual([]);
    await page.context().close();

    expect(
      Object.keys(files)
        .filter((path) => !before.includes(path))
        .sort(),
    ).toEqual([story.en, story.lv]);
    expect(files[story.lv]).toBe(
      '---\ntitle: "Vasaras darbnīca Zilupē"\ndescription: "Kā centrs aicināja ģimenes kopā mācīties."\ndraft: false\ncentres:\n  - "zilupe"\ndate: "2026-11-20"\n---\n\n## Ko darījām\n\n- stādījām kokus\n- mācījāmies datorprasmes\n',
    );
    const lv = readEntry(files[story.lv]!);
    const en = readEntry(files[story.en]!);
    for (const entry of [lv, en]) expect(storySchema.safeParse(entry.data).error?.issues ?? []).toEqual([]);
    expect(lv.data).toMatchObject({
      title: 'Vasaras darbnīca Zilupē',
      description: 'Kā centrs aicināja ģimenes kopā mācīties.',
      centres: ['zilupe'],
    });
    expect(en.data).toMatchObject({
      title: 'A summer workshop in Zilupe',
      description: 'How the centre invited families to learn together.',
      centres: ['zilupe'],
    });
    for (const entry of [lv, en]) expect(String(entry.data['date']).slice(0, 10)).toBe('2026-11-20');
    expect(lv.body.trim(), lv.body).toMatch(/^## Ko darījām\n\n?- stādījām kokus\n- mācījāmies datorprasmes$/);
    expect(en.body.trim(), en.body).toMatch(/^## What we did\n\n?- planted trees\n- learnt computer skills$/);
  });

  it('passes the content check and builds onto its centre’s page in both languages and into search', async () => {
    expect(Object.keys(files), 'the story was not saved').toContain(story.lv);
    const content = makeContent(
      { [story.lv.replace('content/', '')]: files[story.lv]!, [story.en.replace('content/', '')]: files[story.en]! },
      'site',
    );
    expect(lintContent({ root: content, shownRoot: 'content' })).toEqual([]);
    build = buildSite(content);
    expect(build.ok, build.output).toBe(true);
    expect(existsSync(join(build.outDir, 'admin')), 'a fixture build leaves the CMS out (CMS=off)').toBe(false);
    expect(readPage('/centri/zilupe/', build.outDir)).toMatch(
      new RegExp(`href="/stasti/${slug}/"[^>]*>Vasaras darbnīca Zilupē<`),
    );
    expect(readPage('/en/centres/zilupe/', build.outDir)).toMatch(
      new RegExp(`href="/en/stories/${slug}/"[^>]*>A summer workshop in Zilupe<`),
    );
    const index = await readBuiltSearchIndex(build.outDir, '/');
    expect([...(index.get('lv') ?? [])]).toContain(`/stasti/${slug}/`);
    expect([...(index.get('en') ?? [])]).toContain(`/en/stories/${slug}/`);

    const server = await serveStatic(build.outDir);
    const page = await site.browser.newPage();
    try {
      await page.goto(`${server.origin}/meklet/?q=vasaras%20darbnica`);
      await expect
        .poll(
          () =>
            page
              .locator('[data-search-results] a[data-result]')
              .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
          { timeout: 30_000 },
        )
        .toContain(`/stasti/${slug}/`);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe('a story missing a required field in /admin/', () => {
  it('is refused in Latvian, and nothing is written', async () => {
    const page = await openCms(site.browser, site.origin, centres());
    const before = await readRepo(page);
    await page.goto(`${site.origin}/admin/#/collections/stories/new`);
    await textbox(page, 'description').fill('Stāsts bez virsraksta.');
    await pickCentre(page, 'Zilupes centrs');
    await page.locator('input[type="date"]').first().fill('2026-11-20');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const title = page.getByRole('group', { name: '“⁨title⁩” Field' }).first();
    await expect
      .poll(() => title.getByRole('alert').innerText(), { timeout: 10_000 })
      .toContain('Šis lauks jāaizpilda. / This field is required.');
    expect(await title.innerText()).toContain('Vajag virsrakstu, piemēram title: "Daugavpils centrs".');
    expect(await textbox(page, 'title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').allInnerTexts()).toContainEqual(
      expect.stringMatching(/Kļūdas ir \d+ laukos: izlabojiet tās, lai ierakstu varētu saglabāt\./),
    );
    expect(await readRepo(page)).toEqual(before);
    await page.context().close();
  });
});
