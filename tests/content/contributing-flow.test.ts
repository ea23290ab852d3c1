/**
 * CONTRIBUTING.md's steps on a fixture: an editor copies the story template into
 * content/stories/lv/gimenu-diena-zilupe.mdx, makes one mistake, gets the message the guide promises,
 * fixes it, and the story is on its centre's page and in search.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, makeContent, zilupeCentre } from '../helpers/build';
import { readBuiltSearchIndex } from '../gates/integrity-pagefind';
import { tags } from '../gates/head-html';

const guide = readFileSync('CONTRIBUTING.md', 'utf8');

/** A template as CONTRIBUTING.md shows it, under its `<!-- template: name -->` mark. */
function template(name: string): string {
  const text = new RegExp(`<!-- template: ${name} -->\\n\`\`\`mdx\\n([\\s\\S]*?)\`\`\``).exec(guide)?.[1];
  expect(text, `CONTRIBUTING.md has no template "${name}"`).toBeDefined();
  return text!;
}

/** The fixture: one centre, the story in both languages and a guideline, all from the guide's templates. */
function contentWith(storyLv: string): string {
  return makeContent({
    'centres/lv/zilupe.mdx': zilupeCentre,
    'stories/lv/gimenu-diena-zilupe.mdx': storyLv,
    'stories/en/gimenu-diena-zilupe.mdx': template('story-en'),
    'guidelines/lv/kopienas-resursu-kartesana.mdx': template('guideline-lv'),
    'guidelines/en/kopienas-resursu-kartesana.mdx': template('guideline-en'),
  });
}

/** The message lines CONTRIBUTING.md promises for a mistake are the ones the build prints, at the field's line. */
function expectPromised(output: string, story: string, field: string, promised: string[]) {
  expect(output).toContain('stories/lv/gimenu-diena-zilupe.mdx');
  const line = story.split('\n').findIndex((text) => text.startsWith(`${field}:`)) + 1;
  expect(line).toBeGreaterThan(1);
  expect(output).toMatch(new RegExp(`^ {2}${line} {2}\\S`, 'm'));
  for (const text of promised) {
    expect(guide).toContain(text);
    expect(output).toContain(text);
  }
}

describe('the contributing flow for a new story', () => {
  it('names the file, the field and the fix when the centre is misspelt', () => {
    const story = template('story-lv').replace('["zilupe"]', '["zilupes"]');
    const build = buildSite(contentWith(story));
    expect(build.ok, build.output).toBe(false);
    expectPromised(build.output, story, 'centres', [
      'Nav ieraksta "zilupes" mapē content/centres: izmantojiet kādu no šiem:',
      'There is no entry "zilupes" in content/centres: use one of:',
    ]);
    expect(build.output).toContain('There is no entry "zilupes" in content/centres: use one of: zilupe');
  });

  it('names the file, the field and the fix for a day that does not exist', () => {
    const story = template('story-lv').replace(/^date: .*$/m, 'date: 2026-02-30');
    const build = buildSite(contentWith(story));
    expect(build.ok, build.output).toBe(false);
    expectPromised(build.output, story, 'date', [
      'Lauks "date" ir nepareizs ("2026-02-30"): vajag īstu datumu formā GGGG-MM-DD',
      'The field "date" is wrong ("2026-02-30"): it must be a real date as YYYY-MM-DD',
    ]);
  });

  it('once fixed, builds and shows the story on its centre’s page and in search', async () => {
    const build = buildSite(contentWith(template('story-lv')));
    expect(build.ok, build.output).toBe(true);

    const centrePage = readFileSync(join(build.outDir, 'centri', 'zilupe', 'index.html'), 'utf8');
    const storyLinks = tags(centrePage, 'a').filter((a) => a.attrs['href'] === '/stasti/gimenu-diena-zilupe/');
    expect(storyLinks.map((a) => a.content)).toContainEqual(expect.stringContaining('Ģimeņu diena Zilupē'));

    const urls = [...(await readBuiltSearchIndex(build.outDir)).values()].flatMap((pages) => [...pages]);
    expect(urls).toContain('/stasti/gimenu-diena-zilupe/');
    expect(urls).toContain('/en/stories/gimenu-diena-zilupe/');
    expect(urls).toContain('/vadlinijas/kopienas-resursu-kartesana/');
  });
});
