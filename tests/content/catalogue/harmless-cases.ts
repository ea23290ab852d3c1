/** Inputs that look odd but are fine: they must build. */
import { baseFiles, story, type Files } from './helpers.ts';

const bomStory = Object.values(story('bom', 'Teksts ar BOM.'))[0] as string;
const crlfStory = (Object.values(story('crlf', 'Teksts.\n\n## Rindas\n\nAr CRLF.'))[0] as string).replace(
  /\n/g,
  '\r\n',
);

export const harmlessFiles: Files = {
  ...baseFiles,
  'stories/lv/bom.mdx': `\uFEFF${bomStory}`,
  'stories/lv/crlf.mdx': crlfStory,
  'stories/lv/datums-ar-komentaru.mdx':
    '---\ntitle: Datums ar komentāru\ndescription: Par centru.\ncentres: [zilupe]\ndate: 2026-11-24 # publicēšanas diena\n---\nTeksts.\n',
  'stories/lv/skripts-virsraksta.mdx':
    '---\ntitle: "<script>alert(1)</script> virsrakstā"\ndescription: Par centru.\ncentres: [zilupe]\ndate: 2026-11-24\n---\nTeksts {/* komentārs redaktoram */} un `<script>` kā kods.\n\n```\n<iframe src="https://example.org/"></iframe>\n```\n',
};
