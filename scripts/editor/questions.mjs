/**
 * What `npm run new` asks, in order. Every question is also a command-line flag (`--title-lv …`),
 * so a test or a script can answer without a keyboard. `site` tells what the content folder holds:
 * `centres` (slugs), `slugs(collection)` and `orders` (of Guidelines).
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { bilingual, entryTypes, isCalendarDate, nextOrder, slugify, slugProblem } from './entry-templates.mjs';
import { topicSlugs, topics } from '../../src/lib/topics.ts';

const filled = (value) => (value.trim() ? undefined : bilingual('Ierakstiet tekstu', 'Write some text'));
const short = (value) => filled(value) ?? (value.trim().length > 200 ? bilingual('Ne vairāk kā 200 zīmes', 'At most 200 characters') : undefined);
const between = (min, max) => (value) =>
  value.trim() && Number(value) >= min && Number(value) <= max ? undefined : bilingual(`Skaitlis no ${min} līdz ${max}`, `A number from ${min} to ${max}`);
const pad = (n) => String(n).padStart(2, '0');
const today = (d = new Date()) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const posterTypes = ['.png', '.jpg', '.jpeg', '.webp'];
const sourceIds = {
  youtube: [/^[\w-]{6,20}$/, 'YouTube id, piemēram dQw4w9WgXcQ', 'a YouTube id, e.g. dQw4w9WgXcQ'],
  vimeo: [/^\d{5,12}$/, 'Vimeo numurs, piemēram 76979871', 'a Vimeo number, e.g. 76979871'],
  file: [/^\/videos\/[\w.-]+\.(webm|mp4)$/, 'fails mapē public/videos, piemēram /videos/centrs.webm', 'a file in public/videos, e.g. /videos/centre.webm'],
};

const text = (flag, message, validate = filled, more = {}) => ({ flag, message, kind: 'text', validate, ...more });
const pair = (flag, lv, en, validate = filled, more = {}) => [
  text(`${flag}-lv`, bilingual(`${lv} latviski`, `${en} in Latvian`), validate, more),
  text(`${flag}-en`, bilingual(`${lv} angliski`, `${en} in English`), validate, more),
];
const only = (types, list) => list.map((question) => ({ ...question, types }));

export const questions = [
  {
    flag: 'type',
    message: bilingual('Ko veidosiet?', 'What are you creating?'),
    kind: 'select',
    options: () => [
      { value: 'story', label: 'Stāsts / Story' },
      { value: 'guideline', label: 'Vadlīnija / Guideline' },
      { value: 'centre', label: 'Centrs / Centre' },
      { value: 'video', label: 'Video / Video' },
    ],
  },
  ...pair('title', 'Virsraksts', 'The title'),
  text('slug', bilingual('Adrese (slug): faila nosaukums un lapas adrese', 'Slug: the file name and the page address'), (value, answers, site) => slugProblem(value, new Set(site.slugs(entryTypes[answers.type]))), {
    initial: (answers) => slugify(answers['title-lv']),
  }),
  ...pair('description', 'Viens vai divi teikumi par lapu', 'One or two sentences about the page', short),
  ...only(['story'], [
    { flag: 'centres', message: bilingual('Par kuriem centriem ir stāsts?', 'Which centres is the story about?'), kind: 'multiselect', options: (site) => site.centres.map((slug) => ({ value: slug, label: slug })) },
    text('date', bilingual('Publicēšanas datums (GGGG-MM-DD)', 'Publication date (YYYY-MM-DD)'), (value) => (isCalendarDate(value) ? undefined : bilingual('Īsts datums formā GGGG-MM-DD', 'A real date as YYYY-MM-DD')), { initial: () => today() }),
  ]),
  ...only(['guideline'], [
    {
      flag: 'audience',
      message: bilingual('Kam vadlīnija domāta?', 'Who is the guideline for?'),
      kind: 'select',
      options: () => [
        { value: 'teachers', label: 'Skolotājiem / Teachers' },
        { value: 'community', label: 'Kopienai / Community' },
        { value: 'both', label: 'Abiem / Both' },
      ],
    },
    text('order', bilingual('Vieta rokasgrāmatā (kārtas numurs)', 'Place in the handbook (order number)'), (value, _answers, site) =>
      /^[1-9]\d*$/.test(value) && !site.orders.includes(Number(value)) ? undefined : bilingual(`Brīvs vesels skaitlis; aizņemti: ${site.orders.join(', ') || '-'}`, `A free whole number; taken: ${site.orders.join(', ') || '-'}`), {
      initial: (_answers, site) => String(nextOrder(site.orders)),
    }),
  ]),
  ...only(['centre'], [
    text('municipality', bilingual('Novads, kā to sauc avotā', 'The county as the source names it')),
    text('municipality-since-2021', bilingual('Pašvaldība pēc 2021. gada reformas', 'The municipality since the 2021 reform')),
    {
      flag: 'status',
      message: bilingual('Centra statuss', 'The centre’s status'),
      kind: 'select',
      options: () => [
        { value: 'working', label: 'Darbojas / Working' },
        { value: 'setting-up', label: 'Tiek veidots / Setting up' },
        { value: 'starting', label: 'Sāk darbu / Starting' },
      ],
    },
    text('lat', bilingual('Platums grādos, piemēram 56.39', 'Latitude in degrees, e.g. 56.39'), between(55.6, 57.0)),
    text('lon', bilingual('Garums grādos, piemēram 28.12', 'Longitude in degrees, e.g. 28.12'), between(25.9, 28.3)),
    // Topics come from the one controlled list, so both language files carry the same slugs.
    { flag: 'topics', message: bilingual('Ar kādām tēmām centrs strādā?', 'Which topics does the centre work on?'), kind: 'multiselect', options: () => topicSlugs.map((slug) => ({ value: slug, label: `${topics[slug].lv} / ${topics[slug].en}` })) },
  ]),
  ...only(['video'], [
    {
      flag: 'source',
      message: bilingual('No kurienes video rāda?', 'Where does the video play from?'),
      kind: 'select',
      options: () => [{ value: 'youtube', label: 'YouTube' }, { value: 'vimeo', label: 'Vimeo' }, { value: 'file', label: 'Fails / File (public/videos)' }],
    },
    text('source-id', bilingual('Video id vai fails', 'The video id or file'), (value, answers) => {
      const [pattern, lv, en] = sourceIds[answers.source];
      return pattern.test(value) ? undefined : bilingual(`Vajag: ${lv}`, `Needed: ${en}`);
    }),
    text('duration', bilingual('Ilgums M:SS, piemēram 1:45', 'Length as M:SS, e.g. 1:45'), (value) => (/^\d{1,3}:[0-5]\d$/.test(value) ? undefined : bilingual('Ilgums formā M:SS', 'The length as M:SS'))),
    text('poster', bilingual('Plakāta attēla fails datorā (.png, .jpg, .webp)', 'The poster image file on this computer (.png, .jpg, .webp)'), (value) =>
      existsSync(value) && posterTypes.includes(extname(value).toLowerCase()) ? undefined : bilingual('Nav tāda attēla faila', 'There is no such image file')),
    ...pair('poster-alt', 'Kas redzams plakātā (neredzīgiem lasītājiem)', 'What the poster shows (for blind readers)'),
    { flag: 'centres', message: bilingual('Par kuriem centriem ir video? (var neizvēlēties)', 'Which centres is the video about? (optional)'), kind: 'multiselect', optional: true, options: (site) => site.centres.map((slug) => ({ value: slug, label: slug })) },
  ]),
];

/** The entry `entry-templates.mjs` writes, from answers keyed by flag (lists already split). */
export function toEntry(answers) {
  const both = (flag) => ({ lv: answers[`${flag}-lv`].trim(), en: answers[`${flag}-en`].trim() });
  const { type, slug } = answers;
  const entry = { type, slug, title: both('title'), description: both('description') };
  if (type === 'story') return { ...entry, centres: answers.centres, date: answers.date };
  if (type === 'guideline') return { ...entry, audience: answers.audience, order: Number(answers.order) };
  if (type === 'centre') {
    const position = { lat: Number(answers.lat), lon: Number(answers.lon) };
    return { ...entry, municipality: answers.municipality.trim(), municipalitySince2021: answers['municipality-since-2021'].trim(), status: answers.status, position, topics: answers.topics };
  }
  const source = answers.source === 'file' ? { kind: 'file', file: answers['source-id'] } : { kind: answers.source, id: answers['source-id'] };
  const poster = { file: `${slug}-poster${extname(answers.poster).toLowerCase()}`, alt: both('poster-alt') };
  return { ...entry, source, duration: answers.duration, poster, centres: answers.centres };
}
