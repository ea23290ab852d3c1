/** Mistakes between entries: references, translations, twins and a deleted page that others still link to. */
import { tinyPng } from '../../helpers/build.ts';
import { raw, story, type Case } from './helpers.ts';

const guideline = (id: string, title: string, order: number, locale = 'lv') =>
  raw(
    `guidelines/${locale}/${id}.mdx`,
    `---\ntitle: ${title}\ndescription: Vadlīnija.\norder: ${order}\naudience: both\n---\nTeksts.\n`,
  );

export const crossEntryCases = {
  'centre-reference-missing': {
    files: raw(
      'stories/lv/centre-reference-missing.mdx',
      '---\ntitle: centre-reference-missing\ndescription: Par centru.\ncentres:\n  - zilupe\n  - ludza\ndate: 2026-11-24\n---\nTeksts.\n',
    ),
  },
  'guideline-reference-missing': {
    files: {
      'videos/lv/guideline-reference-missing.mdx':
        '---\ntitle: guideline-reference-missing\ndescription: Video.\nsource: { kind: youtube, id: abcdefghijk }\ncaptions: /videos/active-communities.lv.vtt\nposter: { src: ./guideline-reference-missing.png, alt: Slaids }\nduration: "1:30"\nguidelines: [nav-tadas]\n---\nTranskripts.\n',
      'videos/lv/guideline-reference-missing.png': tinyPng,
    },
  },
  'translation-references': {
    files: {
      ...story('translation-references'),
      ...raw(
        'stories/en/translation-references.mdx',
        '---\ntitle: translation-references (en)\ndescription: About the centre.\ncentres: [zilupe, preili]\ndate: 2026-11-24\n---\nText.\n',
      ),
      ...raw(
        'centres/lv/preili.mdx',
        '---\ntitle: Preiļu centrs\ndescription: Vieta.\nmunicipality: Preiļu novads\nmunicipalitySince2021: Preiļu novads\nstatus: working\ntopics: [jauniesi]\nposition: { lat: 56.29, lon: 26.72 }\n---\nTeksts.\n',
      ),
    },
  },
  'duplicate-title': {
    files: {
      ...guideline('duplicate-title-a', 'Kopienas mobilizēšana', 7),
      ...guideline('duplicate-title-b', 'Kopienas mobilizēšana', 8),
    },
  },
  'duplicate-address': {
    files: { ...story('duplicate-address-a'), ...story('duplicate-address-b', 'Teksts.', 'slug: duplicate-address-a') },
  },
  'duplicate-order': {
    files: { ...guideline('duplicate-order-a', 'Pirmā', 9), ...guideline('duplicate-order-b', 'Otrā', 9) },
  },
  'deleted-centre-named': {
    files: {
      ...raw(
        'stories/lv/deleted-centre-a.mdx',
        '---\ntitle: deleted-centre-a\ndescription: Par centru.\ncentres: [kraslava]\ndate: 2026-11-24\n---\nTeksts.\n',
      ),
      ...raw(
        'stories/lv/deleted-centre-b.mdx',
        '---\ntitle: deleted-centre-b\ndescription: Par centru.\ncentres: [zilupe, kraslava]\ndate: 2026-11-24\n---\nTeksts.\n',
      ),
    },
  },
  'deleted-page-linked': {
    files: {
      ...story('deleted-page-a', 'Skat. [stāstu](/stasti/izdzests/).'),
      ...story('deleted-page-b', 'Teksts.\n\nArī [šeit](/stasti/izdzests/).'),
    },
  },
} satisfies Record<string, Case>;
