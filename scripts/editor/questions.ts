/**
 * What `npm run new` asks, in order. Every question is also a command-line flag (`--title-lv …`),
 * so a test or a script can answer without a keyboard. `site` tells what the content folder holds:
 * `centres` (slugs), `slugs(collection)` and `orders` (of Guidelines).
 */
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import {
  bilingual,
  entryTypes,
  isCalendarDate,
  nextOrder,
  slugify,
  slugProblem,
  type NewEntry,
} from './entry-templates.ts';
import { between, only, pair, short, text, type Answers, type Question } from './question-kinds.ts';
import { topicSlugs, topics } from '../../src/lib/topics.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { collections, listedCollections } from '../../src/lib/collections.ts';
import {
  audiences,
  centreStatuses,
  durationPattern,
  latgaleBounds,
  videoFilePattern,
  videoIdPatterns,
} from '../../src/lib/fields/rules.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const today = (d = new Date()) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const posterTypes = ['.png', '.jpg', '.jpeg', '.webp'];
/** Where a video plays from: the build's pattern for its id or file, and what to write, in both languages. */
const sourceIds = {
  youtube: [videoIdPatterns.youtube, 'YouTube id, piemēram dQw4w9WgXcQ', 'a YouTube id, e.g. dQw4w9WgXcQ'],
  vimeo: [videoIdPatterns.vimeo, 'Vimeo numurs, piemēram 76979871', 'a Vimeo number, e.g. 76979871'],
  file: [
    videoFilePattern,
    'fails mapē public/videos, piemēram /videos/centrs.webm',
    'a file in public/videos, e.g. /videos/centre.webm',
  ],
} as const;
type SourceKind = keyof typeof sourceIds;
const [lv, en] = [useTranslations('lv'), useTranslations('en')];
const statusLabels: Record<(typeof centreStatuses)[number], string> = {
  working: 'Darbojas / Working',
  'setting-up': 'Tiek veidots / Setting up',
  starting: 'Sāk darbu / Starting',
};
const audienceLabels: Record<(typeof audiences)[number], string> = {
  teachers: 'Skolotājiem / Teachers',
  community: 'Kopienai / Community',
  both: 'Abiem / Both',
};
const one = (answers: Answers, flag: string) => String(answers[flag] ?? '');

/** Every question, in the order they are asked. */
export const questions: Question[] = [
  {
    flag: 'type',
    message: bilingual('Ko veidosiet?', 'What are you creating?'),
    kind: 'select',
    options: () =>
      listedCollections.map((name) => {
        const { type, labels } = collections[name];
        return { value: type, label: `${lv(labels.type)} / ${en(labels.type)}` };
      }),
  },
  ...pair('title', 'Virsraksts', 'The title'),
  text(
    'slug',
    bilingual('Adrese (slug): faila nosaukums un lapas adrese', 'Slug: the file name and the page address'),
    (value, answers, site) =>
      slugProblem(value, new Set(site.slugs(entryTypes[one(answers, 'type') as keyof typeof entryTypes]))),
    {
      initial: (answers) => slugify(one(answers, 'title-lv')),
    },
  ),
  ...pair('description', 'Viens vai divi teikumi par lapu', 'One or two sentences about the page', short),
  ...only(
    ['story'],
    [
      {
        flag: 'centres',
        message: bilingual('Par kuriem centriem ir stāsts?', 'Which centres is the story about?'),
        kind: 'multiselect',
        options: (site) => site.centres.map((slug) => ({ value: slug, label: slug })),
      },
      text(
        'date',
        bilingual('Publicēšanas datums (GGGG-MM-DD)', 'Publication date (YYYY-MM-DD)'),
        (value) =>
          isCalendarDate(value) ? undefined : bilingual('Īsts datums formā GGGG-MM-DD', 'A real date as YYYY-MM-DD'),
        { initial: () => today() },
      ),
    ],
  ),
  ...only(
    ['guideline'],
    [
      {
        flag: 'audience',
        message: bilingual('Kam vadlīnija domāta?', 'Who is the guideline for?'),
        kind: 'select',
        options: () => audiences.map((value) => ({ value, label: audienceLabels[value] })),
      },
      text(
        'order',
        bilingual('Vieta rokasgrāmatā (kārtas numurs)', 'Place in the handbook (order number)'),
        (value, _answers, site) =>
          /^[1-9]\d*$/.test(value) && !site.orders.includes(Number(value))
            ? undefined
            : bilingual(
                `Brīvs vesels skaitlis; aizņemti: ${site.orders.join(', ') || '-'}`,
                `A free whole number; taken: ${site.orders.join(', ') || '-'}`,
              ),
        {
          initial: (_answers, site) => String(nextOrder(site.orders)),
        },
      ),
    ],
  ),
  ...only(
    ['centre'],
    [
      text('municipality', bilingual('Novads, kā to sauc avotā', 'The county as the source names it')),
      text(
        'municipality-since-2021',
        bilingual('Pašvaldība pēc 2021. gada reformas', 'The municipality since the 2021 reform'),
      ),
      {
        flag: 'status',
        message: bilingual('Centra statuss', 'The centre’s status'),
        kind: 'select',
        options: () => centreStatuses.map((value) => ({ value, label: statusLabels[value] })),
      },
      text(
        'lat',
        bilingual('Platums grādos, piemēram 56.39', 'Latitude in degrees, e.g. 56.39'),
        between(latgaleBounds.south, latgaleBounds.north),
      ),
      text(
        'lon',
        bilingual('Garums grādos, piemēram 28.12', 'Longitude in degrees, e.g. 28.12'),
        between(latgaleBounds.west, latgaleBounds.east),
      ),
      // Topics come from the one controlled list, so both language files carry the same slugs.
      {
        flag: 'topics',
        message: bilingual('Ar kādām tēmām centrs strādā?', 'Which topics does the centre work on?'),
        kind: 'multiselect',
        options: () => topicSlugs.map((slug) => ({ value: slug, label: `${topics[slug].lv} / ${topics[slug].en}` })),
      },
    ],
  ),
  ...only(
    ['video'],
    [
      {
        flag: 'source',
        message: bilingual('No kurienes video rāda?', 'Where does the video play from?'),
        kind: 'select',
        options: () => [
          { value: 'youtube', label: 'YouTube' },
          { value: 'vimeo', label: 'Vimeo' },
          { value: 'file', label: 'Fails / File (public/videos)' },
        ],
      },
      text('source-id', bilingual('Video id vai fails', 'The video id or file'), (value, answers) => {
        const [pattern, needLv, needEn] = sourceIds[one(answers, 'source') as SourceKind];
        return pattern.test(value) ? undefined : bilingual(`Vajag: ${needLv}`, `Needed: ${needEn}`);
      }),
      text('duration', bilingual('Ilgums M:SS, piemēram 1:45', 'Length as M:SS, e.g. 1:45'), (value) =>
        durationPattern.test(value) ? undefined : bilingual('Ilgums formā M:SS', 'The length as M:SS'),
      ),
      text(
        'poster',
        bilingual(
          'Plakāta attēla fails datorā (.png, .jpg, .webp)',
          'The poster image file on this computer (.png, .jpg, .webp)',
        ),
        (value) =>
          existsSync(value) && posterTypes.includes(extname(value).toLowerCase())
            ? undefined
            : bilingual('Nav tāda attēla faila', 'There is no such image file'),
      ),
      ...pair(
        'poster-alt',
        'Kas redzams plakātā (neredzīgiem lasītājiem)',
        'What the poster shows (for blind readers)',
      ),
      {
        flag: 'centres',
        message: bilingual(
          'Par kuriem centriem ir video? (var neizvēlēties)',
          'Which centres is the video about? (optional)',
        ),
        kind: 'multiselect',
        optional: true,
        options: (site) => site.centres.map((slug) => ({ value: slug, label: slug })),
      },
    ],
  ),
];

/** The entry `entry-templates.ts` writes, from answers keyed by flag (lists already split). */
export function toEntry(answers: Answers): NewEntry {
  const get = (flag: string) => one(answers, flag).trim();
  const list = (flag: string) => [answers[flag] ?? []].flat();
  const both = (flag: string) => ({ lv: get(`${flag}-lv`), en: get(`${flag}-en`) });
  const entry = { slug: get('slug'), title: both('title'), description: both('description') };
  // The answers were checked against the options, so each choice is one of the values the entry type allows.
  switch (get('type') as NewEntry['type']) {
    case 'story':
      return { ...entry, type: 'story', centres: list('centres'), date: get('date') };
    case 'guideline':
      return {
        ...entry,
        type: 'guideline',
        audience: get('audience') as (typeof audiences)[number],
        order: Number(get('order')),
      };
    case 'centre':
      return {
        ...entry,
        type: 'centre',
        municipality: get('municipality'),
        municipalitySince2021: get('municipality-since-2021'),
        status: get('status') as (typeof centreStatuses)[number],
        position: { lat: Number(get('lat')), lon: Number(get('lon')) },
        topics: list('topics'),
      };
    case 'video': {
      const kind = get('source') as SourceKind;
      const source = kind === 'file' ? { kind, file: get('source-id') } : { kind, id: get('source-id') };
      const poster = { file: `${entry.slug}-poster${extname(get('poster')).toLowerCase()}`, alt: both('poster-alt') };
      return { ...entry, type: 'video', source, duration: get('duration'), poster, centres: list('centres') };
    }
  }
}
