import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentRoot, entryId } from './lib/content-root';
import { bilingual, fieldError, type FieldHelp } from './lib/editor-messages';
import { isCalendarDate } from './lib/dates';
import { topicList } from './lib/topic-field';

/** Reads every MDX file of one collection, e.g. `content/stories/lv/x.mdx`; the id is that path. */
const mdxFiles = (collection: string) =>
  glob({
    pattern: '**/*.mdx',
    base: `${contentRoot}/${collection}`,
    generateId: ({ entry }) => entryId(collection, entry),
  });

const help = (field: string, lv: string, en: string, example: string): FieldHelp => ({ field, lv, en, example });

const text = (h: FieldHelp) => z.string({ error: fieldError(h) }).trim().min(1, { error: fieldError(h) });

const slugList = (h: FieldHelp) =>
  z.array(z.string({ error: fieldError(h) }).regex(/^[a-z0-9-]+$/, { error: fieldError(h) }), { error: fieldError(h) });

/** Fields every entry has. */
const common = {
  /** The page title, shown as the main heading and in the browser tab. */
  title: text(help('title', 'virsrakstu', 'the title', 'title: "Daugavpils centrs"')),
  /** One or two sentences for search engines and link previews (at most 200 characters). */
  description: text(help('description', 'vienu vai divus teikumus par lapu', 'one or two sentences about the page', 'description: "Ko dara centrs."')).max(200, {
    error: bilingual('Apraksts (description) ir garāks par 200 zīmēm: saīsiniet to', 'The description is longer than 200 characters: shorten it'),
  }),
  /** Overrides the URL slug taken from the file name; must be unique within the collection and language. */
  slug: z.string().regex(/^[a-z0-9-]+$/, {
    error: bilingual('Lauks "slug" drīkst saturēt tikai mazos burtus bez garumzīmēm, ciparus un defises', 'The field "slug" may hold only lower-case letters without diacritics, digits and hyphens'),
  }).optional(),
  /** A draft is built nowhere; the build lists every draft it leaves out. */
  draft: z.boolean().default(false),
  /** Topics for browsing, as slugs from src/lib/topics.ts: a translation carries its original's. */
  topics: topicList(),
};

const centres = defineCollection({
  loader: mdxFiles('centres'),
  schema: z.object({
    ...common,
    /** What the centre works on: at least one topic. */
    topics: topicList(true),
    /** The county as the source names it, e.g. "Zilupes novads". */
    municipality: text(help('municipality', 'novadu, kā to sauc avotā', 'the county as the source names it', 'municipality: "Zilupes novads"')),
    /** The municipality the place belongs to since the 2021 administrative reform. */
    municipalitySince2021: text(help('municipalitySince2021', 'pašvaldību pēc 2021. gada reformas', 'the municipality since the 2021 reform', 'municipalitySince2021: "Ludzas novads"')),
    /** working, setting-up or starting: what the source says of the centre. */
    status: z.enum(['working', 'setting-up', 'starting'], {
      error: fieldError(help('status', 'working, setting-up vai starting', 'working, setting-up or starting', 'status: working')),
    }),
    /** Approximate position for the map, in decimal degrees inside Latgale. */
    position: z.object(
      {
        lat: z.number({ error: fieldError(help('position.lat', 'platumu grādos (55.6–57.0)', 'latitude in degrees (55.6–57.0)', 'lat: 56.39')) }).min(55.6).max(57.0),
        lon: z.number({ error: fieldError(help('position.lon', 'garumu grādos (25.9–28.3)', 'longitude in degrees (25.9–28.3)', 'lon: 28.12')) }).min(25.9).max(28.3),
      },
      { error: fieldError(help('position', 'aptuvenu atrašanās vietu', 'an approximate position', 'position: { lat: 56.39, lon: 28.12 }')) },
    ),
  }),
});

const stories = defineCollection({
  loader: mdxFiles('stories'),
  schema: z.object({
    ...common,
    /** The centres the story is about, by their file names (slugs) in content/centres. */
    centres: slugList(help('centres', 'centru sarakstu pēc to failu nosaukumiem', 'a list of centres by their file names', 'centres: ["daugavpils"]')).min(1, {
      error: fieldError(help('centres', 'vismaz vienu centru', 'at least one centre', 'centres: ["daugavpils"]')),
    }),
    /** The day the story was published on this site, as YYYY-MM-DD. */
    date: z.union([z.date(), z.string()], { error: fieldError(help('date', 'datumu formā GGGG-MM-DD', 'a date as YYYY-MM-DD', 'date: 2026-11-24')) })
      .refine((value) => value instanceof Date || isCalendarDate(value), {
        error: (issue) => fieldError(help('date', 'īstu datumu formā GGGG-MM-DD', 'a real date as YYYY-MM-DD', 'date: 2026-11-24'))({ input: issue.input ?? '' }),
      })
      .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`))),
  }),
});

const guidelines = defineCollection({
  loader: mdxFiles('guidelines'),
  schema: z.object({
    ...common,
    /** The guideline's place in the handbook, 1 first; unique within a language. */
    order: z.number({ error: fieldError(help('order', 'vietu rokasgrāmatā kā veselu skaitli', 'the place in the handbook as a whole number', 'order: 3')) }).int().positive(),
    /** Who the guideline is written for. */
    audience: z.enum(['teachers', 'community', 'both'], {
      error: fieldError(help('audience', 'teachers, community vai both', 'teachers, community or both', 'audience: teachers')),
    }),
  }),
});

const videos = defineCollection({
  loader: mdxFiles('videos'),
  schema: ({ image }) =>
    z.object({
      ...common,
      /** Where the video plays from: a file in public/videos, or a YouTube or Vimeo id. */
      source: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('file'), /** Path under public/, e.g. /videos/x.webm */ file: z.string().regex(/^\/videos\/[\w.-]+\.(webm|mp4)$/) }),
        z.object({ kind: z.literal('youtube'), /** The id from the video's address. */ id: z.string().regex(/^[\w-]{6,20}$/) }),
        z.object({ kind: z.literal('vimeo'), /** The number from the video's address. */ id: z.string().regex(/^\d{5,12}$/) }),
      ], { error: fieldError(help('source', 'video avotu', 'the video source', 'source: { kind: file, file: /videos/x.webm }')) }),
      /** WebVTT captions under public/, e.g. /videos/x.lv.vtt */
      captions: z.string({ error: fieldError(help('captions', 'subtitru failu (.vtt)', 'a captions file (.vtt)', 'captions: /videos/x.lv.vtt')) }).regex(/^\/videos\/[\w.-]+\.vtt$/, {
        error: fieldError(help('captions', 'subtitru failu (.vtt) mapē public/videos', 'a captions file (.vtt) in public/videos', 'captions: /videos/x.lv.vtt')),
      }),
      /** Poster image with its alt text, next to the MDX file. */
      poster: z.object({
        src: image(),
        alt: text(help('poster.alt', 'attēla aprakstu neredzīgiem lasītājiem', 'a description of the image for blind readers', 'alt: "Slaids ar nosaukumu"')),
      }, { error: fieldError(help('poster', 'attēlu ar aprakstu', 'an image with its alt text', 'poster: { src: ./x.png, alt: "…" }')) }),
      /** Length as M:SS. */
      duration: z.string({ error: fieldError(help('duration', 'ilgumu formā M:SS', 'the length as M:SS', 'duration: "1:45"')) }).regex(/^\d{1,3}:[0-5]\d$/, {
        error: fieldError(help('duration', 'ilgumu formā M:SS', 'the length as M:SS', 'duration: "1:45"')),
      }),
      /** Centres the video is about, by file name. */
      centres: slugList(help('centres', 'centru sarakstu', 'a list of centres', 'centres: ["zilupe"]')).default([]),
      /** Guidelines the video belongs with, by file name. */
      guidelines: slugList(help('guidelines', 'vadlīniju sarakstu', 'a list of guidelines', 'guidelines: ["gimenu-iesaiste"]')).default([]),
    }),
});

/** About, contact and the accessibility statement; the file name says which page it is. */
const pages = defineCollection({
  loader: mdxFiles('pages'),
  schema: z.object(common),
});

export const collections = { centres, stories, guidelines, videos, pages };
