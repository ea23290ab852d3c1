/**
 * Every collection's frontmatter, as strict zod objects built from the field rules (./rules.ts). Pure:
 * plain Node imports it (the linter, the editor scripts, the CMS configuration); src/content.config.ts
 * hands the same schemas to Astro.
 */
import { z } from 'astro/zod';
import {
  between,
  optional,
  withDefault,
  calendarDate,
  described,
  flag,
  help,
  latgaleBounds,
  matching,
  oneOf,
  position1,
  slug,
  slugList,
  text,
  descriptionMaxLength,
  captionsPattern,
  durationPattern,
  videoFilePattern,
  videoIdPatterns,
  centreStatuses,
  audiences,
} from './rules.ts';
import { strictObject } from './strict.ts';
import { topicList } from './topics.ts';
import { fieldError } from '../editor-messages.ts';
import type { CollectionName } from '../collections.ts';

// The collections themselves are listed in the registry; each has its schema here, under the same name.
export { collectionNames, type CollectionName } from '../collections.ts';

/**
 * What Astro passes to a schema: `image()` checks an image next to the entry and hands it to astro:assets
 * (the linter passes a path check). Generic, so the entry's type keeps Astro's image metadata.
 */
export interface SchemaContext<Image extends z.ZodType = z.ZodType> {
  image: () => Image;
}

const frontmatter = help(
  '(frontmatter)',
  'laukus starp divām --- rindām faila sākumā',
  'the fields between two --- lines at the top of the file',
  'title: "Virsraksts"',
);

/** Fields every entry has. */
const common = {
  title: text(help('title', 'virsrakstu', 'the title', 'title: "Daugavpils centrs"')),
  description: text(
    help(
      'description',
      'vienu vai divus teikumus par lapu (līdz 200 zīmēm)',
      'one or two sentences about the page (up to 200 characters)',
      'description: "Ko dara centrs."',
    ),
    descriptionMaxLength,
  ),
  slug: optional(
    slug(
      help(
        'slug',
        'adresi ar mazajiem burtiem bez garumzīmēm, cipariem un defisēm',
        'an address of lower-case letters without diacritics, digits and hyphens',
        'slug: gimenu-iesaiste',
      ),
    ),
  ),
  draft: withDefault(
    flag(
      help(
        'draft',
        'true (melnraksts, netiek publicēts) vai false',
        'true (a draft, not published) or false',
        'draft: true',
      ),
    ),
    false,
  ),
  topics: withDefault(
    topicList(
      help(
        'topics',
        'tēmas no saraksta src/lib/topics.ts',
        'topics from the list in src/lib/topics.ts',
        'topics: [paaudzu-sadarbiba]',
      ),
    ),
    [],
  ),
};

const centres = () =>
  strictObject(
    {
      ...common,
      topics: topicList(
        help(
          'topics',
          'vismaz vienu tēmu no saraksta src/lib/topics.ts',
          'at least one topic from the list in src/lib/topics.ts',
          'topics: [digitalas-prasmes]',
        ),
        1,
      ),
      municipality: text(
        help(
          'municipality',
          'novadu, kā to sauc avotā',
          'the county as the source names it',
          'municipality: "Zilupes novads"',
        ),
      ),
      municipalitySince2021: text(
        help(
          'municipalitySince2021',
          'pašvaldību pēc 2021. gada reformas',
          'the municipality since the 2021 reform',
          'municipalitySince2021: "Ludzas novads"',
        ),
      ),
      status: oneOf(
        centreStatuses,
        help('status', 'working, setting-up vai starting', 'working, setting-up or starting', 'status: working'),
      ),
      position: strictObject(
        {
          lat: between(
            latgaleBounds.south,
            latgaleBounds.north,
            help(
              'position.lat',
              `platumu grādos Latgalē (${latgaleBounds.south}–${latgaleBounds.north})`,
              `latitude in degrees inside Latgale (${latgaleBounds.south}–${latgaleBounds.north})`,
              'lat: 56.39',
            ),
          ),
          lon: between(
            latgaleBounds.west,
            latgaleBounds.east,
            help(
              'position.lon',
              `garumu grādos Latgalē (${latgaleBounds.west}–${latgaleBounds.east})`,
              `longitude in degrees inside Latgale (${latgaleBounds.west}–${latgaleBounds.east})`,
              'lon: 28.12',
            ),
          ),
        },
        help(
          'position',
          'aptuvenu atrašanās vietu kartei',
          'an approximate position for the map',
          'position: { lat: 56.39, lon: 28.12 }',
        ),
      ),
    },
    frontmatter,
  );

const stories = () =>
  strictObject(
    {
      ...common,
      centres: slugList(
        help(
          'centres',
          'vismaz vienu centru pēc tā faila nosaukuma',
          'at least one centre by its file name',
          'centres: ["daugavpils"]',
        ),
        'centres',
        1,
      ),
      date: calendarDate(help('date', 'īstu datumu formā GGGG-MM-DD', 'a real date as YYYY-MM-DD', 'date: 2026-11-24')),
    },
    frontmatter,
  );

const guidelines = () =>
  strictObject(
    {
      ...common,
      order: position1(
        help(
          'order',
          'vietu rokasgrāmatā kā veselu skaitli no 1',
          'the place in the handbook as a whole number from 1',
          'order: 3',
        ),
      ),
      audience: oneOf(
        audiences,
        help('audience', 'teachers, community vai both', 'teachers, community or both', 'audience: teachers'),
      ),
    },
    frontmatter,
  );

const sourceHelp = help(
  'source',
  'video avotu: kind file ar file, vai kind youtube/vimeo ar id',
  'the video source: kind file with file, or kind youtube/vimeo with id',
  'source: { kind: file, file: /videos/x.webm }',
);
const kindHelp = help('source.kind', 'file, youtube vai vimeo', 'file, youtube or vimeo', 'kind: youtube');
const videoSource = described(
  z.discriminatedUnion(
    'kind',
    [
      strictObject(
        {
          kind: described(z.literal('file'), kindHelp),
          file: matching(
            videoFilePattern,
            help(
              'source.file',
              'video failu (.webm vai .mp4) mapē public/videos',
              'a video file (.webm or .mp4) in public/videos',
              'file: /videos/x.webm',
            ),
          ),
        },
        sourceHelp,
      ),
      strictObject(
        {
          kind: described(z.literal('youtube'), kindHelp),
          id: matching(
            videoIdPatterns.youtube,
            help(
              'source.id',
              'YouTube video id no tā adreses',
              'the YouTube video id from its address',
              'id: dQw4w9WgXcQ',
            ),
          ),
        },
        sourceHelp,
      ),
      strictObject(
        {
          kind: described(z.literal('vimeo'), kindHelp),
          id: matching(
            videoIdPatterns.vimeo,
            help(
              'source.id',
              'Vimeo video numuru no tā adreses',
              'the Vimeo video number from its address',
              'id: "76979871"',
            ),
          ),
        },
        sourceHelp,
      ),
    ],
    {
      // A missing or unknown `kind` is reported on `kind` itself, with the kinds there are.
      error: (issue) =>
        issue.code === 'invalid_union' && issue.note
          ? fieldError(kindHelp)({ input: (issue.input as { kind?: unknown } | undefined)?.kind })
          : fieldError(sourceHelp)(issue),
    },
  ),
  sourceHelp,
);

const videos = <Image extends z.ZodType>({ image }: SchemaContext<Image>) =>
  strictObject(
    {
      ...common,
      source: videoSource,
      captions: matching(
        captionsPattern,
        help(
          'captions',
          'subtitru failu (.vtt) mapē public/videos',
          'a captions file (.vtt) in public/videos',
          'captions: /videos/x.lv.vtt',
        ),
      ),
      poster: strictObject(
        {
          src: described(
            image(),
            help('poster.src', 'attēla failu blakus ierakstam', 'an image file next to the entry', 'src: ./poster.png'),
          ),
          alt: text(
            help(
              'poster.alt',
              'attēla aprakstu neredzīgiem lasītājiem',
              'a description of the image for blind readers',
              'alt: "Slaids ar nosaukumu"',
            ),
          ),
        },
        help('poster', 'attēlu ar aprakstu', 'an image with its alt text', 'poster: { src: ./x.png, alt: "…" }'),
      ),
      duration: matching(
        durationPattern,
        help('duration', 'ilgumu formā M:SS pēdiņās', 'the length as M:SS in quotes', 'duration: "1:45"'),
      ),
      centres: withDefault(
        slugList(
          help(
            'centres',
            'centru sarakstu pēc to failu nosaukumiem',
            'a list of centres by their file names',
            'centres: ["zilupe"]',
          ),
          'centres',
        ),
        [],
      ),
      guidelines: withDefault(
        slugList(
          help(
            'guidelines',
            'vadlīniju sarakstu pēc to failu nosaukumiem',
            'a list of guidelines by their file names',
            'guidelines: ["gimenu-iesaiste"]',
          ),
          'guidelines',
        ),
        [],
      ),
    },
    frontmatter,
  );

/** About, contact and the accessibility statement; the file name says which page it is. */
const pages = () => strictObject(common, frontmatter);

/** Each collection's schema, given Astro's (or the linter's) schema context. */
export const collectionSchemas = { centres, guidelines, stories, videos, pages } satisfies Record<
  CollectionName,
  (ctx: SchemaContext) => z.ZodObject
>;
