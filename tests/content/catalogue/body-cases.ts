/** Body mistakes that publish something broken: images, headings, tables, links and anchors, checked by file and line. */
import { tinyPng } from '../../helpers/build.ts';
import { raw, story, type Case } from './helpers.ts';

const guideline = (id: string, body: string, locale: 'lv' | 'en' = 'lv', order = 5): Case['files'] =>
  raw(
    `guidelines/${locale}/${id}.mdx`,
    `---\ntitle: ${id}\ndescription: Vadlīnija.\norder: ${order}\naudience: teachers\n---\n${body}\n`,
  );

export const bodyCases = {
  'image-no-alt': {
    files: { ...story('image-no-alt', '![](./image-no-alt.png)'), 'stories/lv/image-no-alt.png': tinyPng },
  },
  'jsx-image-no-alt': { files: story('jsx-image-no-alt', '<img src="/favicon.svg" />') },
  'image-missing': { files: story('image-missing', '![Bērni pie datora](./nav-tada.png)') },
  'jsx-image-relative': {
    files: {
      ...story('jsx-image-relative', '<img src="./jsx-image-relative.png" alt="Bērni" />'),
      'stories/lv/jsx-image-relative.png': tinyPng,
    },
  },
  'heading-one': { files: story('heading-one', '# Otrs virsraksts\n\nTeksts.') },
  'heading-skipped': { files: story('heading-skipped', '## Ievads\n\nTeksts.\n\n#### Sīkāk\n\nTeksts.') },
  'aligned-table': { files: story('aligned-table', '| Gads | Dalībnieki |\n| :--- | ---: |\n| 2020 | 12 |') },
  'link-missing-page': { files: story('link-missing-page', 'Skat. [centru](/centri/nav-tada/).') },
  'link-missing-anchor': { files: story('link-missing-anchor', 'Skat. [nodarbības](/centri/zilupe/#nodarbibas).') },
  'link-own-anchor': { files: story('link-own-anchor', '## Ko centrs plāno\n\nSkat. [augstāk](#ko-centrs-plano-2).') },
  'link-relative': { files: story('link-relative', 'Skat. [citu stāstu](../cits-stasts/).') },
  'link-reference': { files: story('link-reference', 'Skat. [vadlīnijas][v].\n\n[v]: /vadlinijas/nav-tadas/') },
  'link-jsx': { files: story('link-jsx', 'Skat. <a href="/par-iniciativu/nav/">lapu</a>.') },
  'link-download': { files: story('link-download', 'Lejupielādējiet [plānu](/downloads/plans.pdf).') },
  'lv-links-to-en': { files: story('lv-links-to-en', 'Skat. [centru](/en/centres/zilupe/).') },
  'en-links-to-lv': {
    files: {
      ...story('en-links-to-lv', 'Teksts.'),
      ...story('en-links-to-lv', 'See [the Latvian story](/stasti/en-links-to-lv/).', '', 'en'),
    },
  },
  'guideline-heading-anchor': {
    files: {
      ...guideline('guideline-heading-anchor', '## Kā sākt\n\nTeksts.'),
      ...story('guideline-heading-link', 'Skat. [sākumu](/vadlinijas/guideline-heading-anchor/#ka-sakt-tulit).'),
    },
  },
  'code-is-not-content': {
    files: story(
      'code-is-not-content',
      'Piemērs: `<script>` un `{x}`.\n\n```\n<iframe src="https://example.org/"></iframe>\n{process.env.HOME}\n```\n\n## Ievads\n\n#### Izlaists līmenis',
    ),
  },
} satisfies Record<string, Case>;
