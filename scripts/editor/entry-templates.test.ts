import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  entryFiles,
  entryText,
  isCalendarDate,
  nextOrder,
  slugify,
  slugProblem,
  writeHere,
  type NewEntry,
} from './entry-templates.ts';

/** The frontmatter of a written file, as YAML reads it, and the text after it. */
function read(text: string): { data: Record<string, unknown>; body: string } {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { data: parse(frontmatter, { schema: 'core' }) as Record<string, unknown>, body };
}

const base = {
  slug: 'gimenu-diena',
  title: { lv: 'Ģimeņu diena: "Zilupē"', en: 'Family day: "in Zilupe"' },
  description: { lv: 'Kā pagāja.', en: 'How it went.' },
};

describe('slugify', () => {
  it('folds every Latvian letter with a diacritic', () => {
    expect(slugify('āčēģīķļņšūž ĀČĒĢĪĶĻŅŠŪŽ')).toBe('acegiklnsuz-acegiklnsuz');
  });

  it('makes a title into a lower-case address with hyphens', () => {
    expect(slugify('Ģimeņu iesaiste skolā: 3 soļi!')).toBe('gimenu-iesaiste-skola-3-soli');
    expect(slugify('  Café Kārsavā  ')).toBe('cafe-karsava');
  });
});

describe('slugProblem', () => {
  it('accepts a free lower-case slug', () => {
    expect(slugProblem('gimenu-diena', new Set(['zilupe']))).toBeUndefined();
  });

  it('refuses capitals, diacritics, spaces and a slug already taken', () => {
    for (const slug of ['Zilupe', 'zilupē', 'ģimeņu diena', '', '-a', 'a--b'])
      expect(slugProblem(slug, new Set())).toMatch(/mazie burti .* \/ The slug may hold only lower-case/);
    expect(slugProblem('zilupe', new Set(['zilupe']))).toBe(
      'Ieraksts "zilupe" jau ir: izvēlieties citu adresi / An entry "zilupe" already exists: choose another slug',
    );
  });
});

describe('nextOrder', () => {
  it('comes after the last Guideline, and is 1 in an empty handbook', () => {
    expect(nextOrder([1, 2, 5])).toBe(6);
    expect(nextOrder([])).toBe(1);
  });
});

describe('isCalendarDate', () => {
  it('rejects days that do not exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('24.11.2026')).toBe(false);
  });
});

describe('entryText', () => {
  it('writes a Story with its centres and a bare date, and keeps quotes and colons in titles', () => {
    const text = entryText({ ...base, type: 'story', centres: ['zilupe', 'daugavpils'], date: '2026-11-24' }, 'lv');
    expect(text).toContain('\ndate: 2026-11-24\n');
    expect(read(text).data).toEqual({
      title: 'Ģimeņu diena: "Zilupē"',
      description: 'Kā pagāja.',
      date: '2026-11-24',
      centres: ['zilupe', 'daugavpils'],
      topics: [],
    });
  });

  it('writes a Guideline with its order and audience', () => {
    expect(read(entryText({ ...base, type: 'guideline', order: 4, audience: 'both' }, 'en')).data).toEqual({
      title: 'Family day: "in Zilupe"',
      description: 'How it went.',
      order: 4,
      audience: 'both',
      topics: [],
    });
  });

  it('writes a Centre with its position and the same topic slugs in both languages', () => {
    const centre = {
      ...base,
      type: 'centre',
      municipality: 'Zilupes novads',
      municipalitySince2021: 'Ludzas novads',
      status: 'working',
      position: { lat: 56.39, lon: 28.12 },
      topics: ['briva-daba'],
    } satisfies NewEntry;
    for (const locale of ['lv', 'en'] as const)
      expect(read(entryText(centre, locale)).data).toMatchObject({
        status: 'working',
        position: { lat: 56.39, lon: 28.12 },
        topics: ['briva-daba'],
      });
  });

  it('writes a Video with captions and a poster per language', () => {
    const video = {
      ...base,
      type: 'video',
      source: { kind: 'youtube', id: 'dQw4w9WgXcQ' },
      duration: '2:05',
      poster: { file: 'gimenu-diena-poster.png', alt: { lv: 'Ēka', en: 'The building' } },
      centres: [],
    } satisfies NewEntry;
    expect(read(entryText(video, 'en')).data).toMatchObject({
      source: { kind: 'youtube', id: 'dQw4w9WgXcQ' },
      captions: '/videos/gimenu-diena.en.vtt',
      poster: { src: './gimenu-diena-poster.png', alt: 'The building' },
      duration: '2:05',
    });
  });

  it('marks the place for the text with an MDX comment, which the build accepts', () => {
    const { body } = read(entryText({ ...base, type: 'story', centres: ['zilupe'], date: '2026-11-24' }, 'en'));
    expect(body).toMatch(new RegExp(`^\\n\\{/\\* ${writeHere}\\n[^]*\\*/\\}\\n$`));
    expect(body).toContain('The story in English');
  });
});

describe('entryFiles', () => {
  it('gives the Latvian and English file of the same slug', () => {
    const files = entryFiles({ ...base, type: 'story', centres: ['zilupe'], date: '2026-11-24' });
    expect(files.map((file) => file.path)).toEqual(['stories/lv/gimenu-diena.mdx', 'stories/en/gimenu-diena.mdx']);
    expect(read(files[1]!.text).data['title']).toBe('Family day: "in Zilupe"');
  });
});
