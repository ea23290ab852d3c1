/**
 * `npm run new` writes files that build: a fixture content folder with one Centre gets a Story,
 * a Guideline, a Centre and a Video from the script's flags, then the real site is built from it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeContent, tinyPng, type FixtureBuild, zilupeCentre } from '../helpers/build';
import { lintContent } from '../../src/lib/lint/index.ts';

function newEntry(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/new-entry.ts', '--root', root, ...args], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
}

const describeBoth = (name: string) => [
  '--description-lv',
  `${name} latviski.`,
  '--description-en',
  `${name} in English.`,
];
const page = (build: FixtureBuild, path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');

describe('npm run new', () => {
  const root = makeContent({ 'centres/lv/zilupe.mdx': zilupeCentre });
  const poster = join(mkdtempSync(join(tmpdir(), 'dk-poster-')), 'plakats.png');
  writeFileSync(poster, tinyPng);
  let build: FixtureBuild;

  beforeAll(() => {
    const runs = [
      newEntry(
        root,
        '--type',
        'story',
        '--title-lv',
        'Ģimeņu diena Zilupē',
        '--title-en',
        'Family day in Zilupe',
        '--centres',
        'zilupe',
        '--date',
        '2026-11-24',
        ...describeBoth('Stāsts'),
      ),
      newEntry(
        root,
        '--type',
        'guideline',
        '--title-lv',
        'Kopienas kartēšana',
        '--title-en',
        'Mapping the community',
        '--audience',
        'both',
        ...describeBoth('Vadlīnija'),
      ),
      newEntry(
        root,
        '--type',
        'centre',
        '--title-lv',
        'Kārsavas centrs',
        '--title-en',
        'Kārsava centre',
        '--municipality',
        'Kārsavas novads',
        '--municipality-since-2021',
        'Ludzas novads',
        '--status',
        'starting',
        '--lat',
        '56.78',
        '--lon',
        '27.68',
        '--topics',
        'praktiskas-prasmes, briva-daba',
        ...describeBoth('Centrs'),
      ),
      newEntry(
        root,
        '--type',
        'video',
        '--title-lv',
        'Centrs video',
        '--title-en',
        'The centre on video',
        '--source',
        'youtube',
        '--source-id',
        'dQw4w9WgXcQ',
        '--duration',
        '2:05',
        '--poster',
        poster,
        '--poster-alt-lv',
        'Centra ēka',
        '--poster-alt-en',
        'The centre building',
        '--centres',
        'zilupe',
        ...describeBoth('Video'),
      ),
    ];
    for (const run of runs) expect(run.ok, run.output).toBe(true);
    // The script tells the editor to add the captions files under public/videos/; until they are there the
    // content check names them. Here the new video uses the captions the site already has.
    expect(lintContent({ root, shownRoot: 'content' }).map((p) => `${p.file}:${p.line}`)).toEqual([
      'content/videos/en/centrs-video.mdx:5',
      'content/videos/lv/centrs-video.mdx:5',
    ]);
    for (const locale of ['lv', 'en']) {
      const file = join(root, `videos/${locale}/centrs-video.mdx`);
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          `/videos/centrs-video.${locale}.vtt`,
          `/videos/active-communities.${locale}.vtt`,
        ),
      );
    }
    build = buildSite(root);
  });

  it('writes both language files with the slug suggested from the Latvian title', () => {
    for (const path of [
      'stories/lv/gimenu-diena-zilupe.mdx',
      'stories/en/gimenu-diena-zilupe.mdx',
      'guidelines/en/kopienas-kartesana.mdx',
      'centres/lv/karsavas-centrs.mdx',
      'videos/en/centrs-video-poster.png',
    ]) {
      expect(existsSync(join(root, path)), path).toBe(true);
    }
    expect(readFileSync(join(root, 'stories/en/gimenu-diena-zilupe.mdx'), 'utf8')).toContain(
      'RAKSTIET ŠEIT / WRITE HERE',
    );
  });

  it('gives a new Guideline the next free order number', () => {
    expect(readFileSync(join(root, 'guidelines/lv/kopienas-kartesana.mdx'), 'utf8')).toContain('\norder: 1\n');
  });

  it('writes files that build into pages in both languages', () => {
    expect(build.ok, build.output).toBe(true);
    expect(page(build, 'stasti/gimenu-diena-zilupe')).toContain('Ģimeņu diena Zilupē');
    expect(page(build, 'en/stories/gimenu-diena-zilupe')).toContain('Family day in Zilupe');
    expect(page(build, 'en/guidelines/kopienas-kartesana')).toContain('Mapping the community');
    expect(page(build, 'centri/karsavas-centrs')).toContain('Kārsavas centrs');
    expect(page(build, 'en/videos/centrs-video')).toContain('The centre on video');
    expect(page(build, 'centri/zilupe')).toContain('/stasti/gimenu-diena-zilupe/');
  });

  it('refuses a slug that is taken and leaves the existing files as they were', () => {
    const before = readFileSync(join(root, 'stories/lv/gimenu-diena-zilupe.mdx'), 'utf8');
    const run = newEntry(
      root,
      '--type',
      'story',
      '--title-lv',
      'Ģimeņu diena Zilupē',
      '--title-en',
      'Again',
      '--centres',
      'zilupe',
      ...describeBoth('Cits'),
    );
    expect(run.ok).toBe(false);
    expect(run.output).toContain('An entry "gimenu-diena-zilupe" already exists: choose another slug');
    expect(readFileSync(join(root, 'stories/lv/gimenu-diena-zilupe.mdx'), 'utf8')).toBe(before);
  });

  it('offers only existing Centres for a Story, and says which flags are missing', () => {
    const wrong = newEntry(
      root,
      '--type',
      'story',
      '--title-lv',
      'Cits',
      '--title-en',
      'Other',
      '--centres',
      'daugavpils',
      ...describeBoth('Cits'),
    );
    expect(wrong.ok).toBe(false);
    expect(wrong.output).toContain('Choose from: karsavas-centrs, zilupe');
    const missing = newEntry(root, '--type', 'story', '--title-lv', 'Cits', '--title-en', 'Other');
    expect(missing.output).toContain('Missing: --description-lv --description-en --centres');
    expect(existsSync(join(root, 'stories/lv/cits.mdx'))).toBe(false);
  });
});
