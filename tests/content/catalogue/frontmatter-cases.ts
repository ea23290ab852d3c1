/** Mistakes in the frontmatter's YAML and in its fields: each reported at the line of the editor's file. */
import { tinyPng } from '../../helpers/build.ts';
import { raw, story, type Case } from './helpers.ts';

const top = (id: string, lines: string[], body = 'Teksts.') =>
  raw(`stories/lv/${id}.mdx`, `${['---', ...lines, '---'].join('\n')}\n${body}\n`);
const rest = ['description: Par centru.', 'centres: [zilupe]', 'date: 2026-11-24'];

export const yamlCases = {
  'tab-indent': {
    files: raw(
      'centres/lv/tab-indent.mdx',
      '---\ntitle: tab-indent\ndescription: Vieta.\nmunicipality: Zilupes novads\nmunicipalitySince2021: Ludzas novads\nstatus: working\ntopics: [jauniesi]\nposition:\n\tlat: 56.39\n\tlon: 28.12\n---\nTeksts.\n',
    ),
  },
  'unclosed-double-quote': { files: top('unclosed-double-quote', ['title: "Stāsts bez beigām', ...rest]) },
  'unclosed-single-quote': { files: top('unclosed-single-quote', [...rest, "title: 'Stāsts"]) },
  'colon-needs-quotes': { files: top('colon-needs-quotes', ['title: Zilupe: jaunieši māca', ...rest]) },
  'duplicate-key': { files: top('duplicate-key', ['title: duplicate-key', ...rest, 'title: Otrs']) },
  'text-after-quote': { files: top('text-after-quote', ['title: "Stāsts" par Zilupi', ...rest]) },
  'no-space-after-colon': { files: top('no-space-after-colon', ['title:Stāsts', ...rest]) },
  'unclosed-list': {
    files: top('unclosed-list', [
      'title: unclosed-list',
      'description: Par centru.',
      'centres: [zilupe',
      'date: 2026-11-24',
    ]),
  },
  'comment-cuts-title': { files: top('comment-cuts-title', ['title: Nr #1 stāsts par Zilupi', ...rest]) },
  'star-value': { files: top('star-value', ['title: *Svarīgi* par Zilupi', ...rest]) },
  'alias-value': { files: top('alias-value', [...rest, 'title: *Svarīgi*']) },
  'list-not-fields': { files: raw('stories/lv/list-not-fields.mdx', '---\n- title\n- description\n---\nTeksts.\n') },
  'missing-closing-line': {
    files: raw(
      'stories/lv/missing-closing-line.mdx',
      '---\ntitle: missing-closing-line\ndescription: Par centru.\ncentres: [zilupe]\ndate: 2026-11-24\n\nZilupē jaunieši māca seniorus.\n',
    ),
  },
  'missing-opening-line': {
    files: raw(
      'stories/lv/missing-opening-line.mdx',
      'title: missing-opening-line\ndescription: Par centru.\n---\nTeksts.\n',
    ),
  },
} satisfies Record<string, Case>;

export const fieldCases = {
  'missing-title': { files: top('missing-title', rest) },
  'empty-title': { files: top('empty-title', ['title: ""', ...rest]) },
  'long-description': {
    files: top('long-description', [
      'title: long-description',
      `description: ${'Garš apraksts. '.repeat(15)}`,
      'centres: [zilupe]',
      'date: 2026-11-24',
    ]),
  },
  'unknown-key-near': { files: story('unknown-key-near', 'Teksts.', 'drafts: true') },
  'unknown-key-far': { files: story('unknown-key-far', 'Teksts.', 'colour: red') },
  'draft-not-boolean': { files: story('draft-not-boolean', 'Teksts.', 'draft: jā') },
  'topics-not-list': { files: story('topics-not-list', 'Teksts.', 'topics: datorprasmes') },
  'topic-unknown': { files: story('topic-unknown', 'Teksts.', 'topics: [jauniesi, "paaudžu sadarbība"]') },
  'date-format': {
    files: top('date-format', [
      'title: date-format',
      'description: Par centru.',
      'centres: [zilupe]',
      'date: 24.11.2026',
    ]),
  },
  'date-impossible': {
    files: top('date-impossible', [
      'title: date-impossible',
      'description: Par centru.',
      'centres: [zilupe]',
      'date: 2026-02-30',
    ]),
  },
  'date-impossible-crlf': {
    files: raw(
      'stories/lv/date-impossible-crlf.mdx',
      '---\r\ntitle: date-impossible-crlf\r\ndescription: Par centru.\r\ncentres: [zilupe]\r\ndate: 2021-02-30\r\n---\r\nTeksts.\r\n',
    ),
  },
  'centres-empty': {
    files: top('centres-empty', [
      'title: centres-empty',
      'description: Par centru.',
      'centres: []',
      'date: 2026-11-24',
    ]),
  },
  'centres-capitals': {
    files: top('centres-capitals', [
      'title: centres-capitals',
      'description: Par centru.',
      'centres:',
      '  - Zilupe',
      'date: 2026-11-24',
    ]),
  },
  'slug-invalid': { files: story('slug-invalid', 'Teksts.', 'slug: Mans Stāsts') },
  'centre-status': {
    files: raw(
      'centres/lv/centre-status.mdx',
      '---\ntitle: centre-status\ndescription: Vieta.\nmunicipality: Zilupes novads\nmunicipalitySince2021: Ludzas novads\nstatus: open\ntopics: [jauniesi]\nposition: { lat: 56.39, lon: 28.12 }\n---\nTeksts.\n',
    ),
  },
  'centre-outside-latgale': {
    files: raw(
      'centres/lv/centre-outside-latgale.mdx',
      '---\ntitle: centre-outside-latgale\ndescription: Vieta.\nmunicipality: Rīga\nmunicipalitySince2021: Rīga\nstatus: working\ntopics: [jauniesi]\nposition:\n  lat: 56.95\n  lon: 24.1\n---\nTeksts.\n',
    ),
  },
  'centre-position-unknown-key': {
    files: raw(
      'centres/lv/centre-position-unknown-key.mdx',
      '---\ntitle: centre-position-unknown-key\ndescription: Vieta.\nmunicipality: Zilupes novads\nmunicipalitySince2021: Ludzas novads\nstatus: working\ntopics: [jauniesi]\nposition:\n  lat: 56.39\n  lng: 28.12\n---\nTeksts.\n',
    ),
  },
  'video-source-missing': {
    files: {
      'videos/lv/video-source-missing.mdx':
        '---\ntitle: video-source-missing\ndescription: Video.\ncaptions: /videos/active-communities.lv.vtt\nposter: { src: ./video-source-missing.png, alt: Slaids }\nduration: "1:30"\n---\nTeksts.\n',
      'videos/lv/video-source-missing.png': tinyPng,
    },
  },
  'video-source-kind': {
    files: {
      'videos/lv/video-source-kind.mdx':
        '---\ntitle: video-source-kind\ndescription: Video.\nsource: { kind: tiktok, id: abcdefghijk }\ncaptions: /videos/active-communities.lv.vtt\nposter: { src: ./video-source-kind.png, alt: Slaids }\nduration: "1:30"\n---\nTeksts.\n',
      'videos/lv/video-source-kind.png': tinyPng,
    },
  },
  'guideline-order': {
    files: raw(
      'guidelines/lv/guideline-order.mdx',
      '---\ntitle: guideline-order\ndescription: Vadlīnija.\norder: 1.5\naudience: teachers\n---\nTeksts.\n',
    ),
  },
  'guideline-audience': {
    files: raw(
      'guidelines/lv/guideline-audience.mdx',
      '---\ntitle: guideline-audience\ndescription: Vadlīnija.\norder: 2\naudience: skolotāji\n---\nTeksts.\n',
    ),
  },
} satisfies Record<string, Case>;
