/**
 * Field rules, each defined once: the content schemas, the content linter, the editor scripts and the
 * CMS configuration all build their fields from these. Every rule carries its bilingual help as zod
 * metadata (`.meta({ help })`), so a tool can walk a schema and read what to tell an editor.
 */
import { z } from 'astro/zod';
import { bilingual, fieldError, type FieldHelp } from '../editor-messages.ts';
import { isCalendarDate } from '../dates.ts';

/** Builds a FieldHelp: the field's name, what to write in Latvian and English, and a line to copy. */
export const help = (field: string, lv: string, en: string, example: string): FieldHelp => ({ field, lv, en, example });

/** What a field's metadata holds: its help, and for a list of slugs the collection it names (a CMS shows a picker). */
export interface FieldMeta {
  help: FieldHelp;
  references?: string;
}

/** Attaches the metadata to the outermost schema of a field, where a tool walking the object finds it. */
export function described<T extends z.ZodType>(
  schema: T,
  fieldHelp: FieldHelp,
  extra: Omit<FieldMeta, 'help'> = {},
): T {
  return schema.meta({ help: fieldHelp, ...extra }) as T;
}

/** The metadata a field carries, or undefined for a schema built without it. */
export const metaOf = (schema: z.ZodType): FieldMeta | undefined => schema.meta() as FieldMeta | undefined;

/** The help a field carries, or undefined for a schema built without one. */
export const helpOf = (schema: z.ZodType): FieldHelp | undefined => metaOf(schema)?.help;

/** A field an editor may leave out; the help moves to the outer schema, where a tool walking the object looks. */
export function optional<T extends z.ZodType>(schema: T) {
  const { help: h, ...extra } = metaOf(schema)!;
  return described(schema.optional(), h, extra);
}

/** A field that takes `value` when left out, e.g. `draft: false`. */
export function withDefault<T extends z.ZodType>(schema: T, value: z.util.NoUndefined<z.core.output<T>>) {
  const { help: h, ...extra } = metaOf(schema)!;
  return described(schema.default(value), h, extra);
}

/** A URL slug: lower-case Latin letters and digits in words joined by single hyphens, e.g. `gimenu-iesaiste`. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug from a title or file name that breaks the rule: "Ģimeņu diena" → "gimenu-diena". */
export function slugify(title: string): string {
  return (
    title
      .toLowerCase()
      // Latvian letters and those of other languages (a name with é or ö) lose their marks.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

/**
 * Latgale and a margin, in decimal degrees: a centre's position must be inside. The region's outline on the
 * map (src/lib/latgale-outline.json, Natural Earth) reaches 25.80–28.22 °E and 55.67–57.36 °N.
 */
export const latgaleBounds = { west: 25.7, east: 28.3, south: 55.6, north: 57.4 } as const;

/** A video's length as M:SS, e.g. `1:45`. */
export const durationPattern = /^\d{1,3}:[0-5]\d$/;

/** Video ids as the players' addresses show them. */
export const videoIdPatterns = { youtube: /^[\w-]{6,20}$/, vimeo: /^\d{5,12}$/ } as const;

/** Where video and caption files live under public/. */
export const videoFilePattern = /^\/videos\/[\w.-]+\.(?:webm|mp4)$/;
export const captionsPattern = /^\/videos\/[\w.-]+\.vtt$/;

/** What a centre's `status` may say, as the source describes the centres. */
export const centreStatuses = ['working', 'setting-up', 'starting'] as const;

/** Whom a guideline is for. */
export const audiences = ['teachers', 'community', 'both'] as const;

/** Longest description a search engine shows in full. */
export const descriptionMaxLength = 200;

/** Text that must not be empty, at most `max` characters long. */
export function text(h: FieldHelp, max?: number) {
  const base = z
    .string({ error: fieldError(h) })
    .trim()
    .min(1, { error: fieldError(h) });
  const limited =
    max === undefined
      ? base
      : base.max(max, {
          error: bilingual(
            `Lauks "${h.field}" ir garāks par ${max} zīmēm: saīsiniet to`,
            `The field "${h.field}" is longer than ${max} characters: shorten it`,
          ),
        });
  return described(limited, h);
}

/** One slug, e.g. a centre's file name. */
export function slug(h: FieldHelp) {
  return described(z.string({ error: fieldError(h) }).regex(slugPattern, { error: fieldError(h) }), h);
}

/** A list of slugs of the collection `references`, e.g. the centres a story is about; `min` 1 when at least one is needed. */
export function slugList(h: FieldHelp, references: string, min = 0) {
  const list = z.array(z.string({ error: fieldError(h) }).regex(slugPattern, { error: fieldError(h) }), {
    error: fieldError(h),
  });
  return described(min > 0 ? list.min(min, { error: fieldError(h) }) : list, h, { references });
}

/** A list of short texts, e.g. topics. */
export function textList(h: FieldHelp, min = 0) {
  const list = z.array(
    z
      .string({ error: fieldError(h) })
      .trim()
      .min(1, { error: fieldError(h) }),
    { error: fieldError(h) },
  );
  return described(min > 0 ? list.min(min, { error: fieldError(h) }) : list, h);
}

/** A yes/no switch. */
export function flag(h: FieldHelp) {
  return described(z.boolean({ error: fieldError(h) }), h);
}

/** One of a fixed set of words. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, h: FieldHelp) {
  return described(z.enum(values, { error: fieldError(h) }), h);
}

/** A whole number from 1, e.g. a guideline's place in the handbook. */
export function position1(h: FieldHelp) {
  return described(
    z
      .number({ error: fieldError(h) })
      .int({ error: fieldError(h) })
      .positive({ error: fieldError(h) }),
    h,
  );
}

/** A number between bounds, e.g. a latitude inside Latgale. */
export function between(min: number, max: number, h: FieldHelp) {
  return described(
    z
      .number({ error: fieldError(h) })
      .min(min, { error: fieldError(h) })
      .max(max, { error: fieldError(h) }),
    h,
  );
}

/** Text that must match a pattern, e.g. a duration or a file path. */
export function matching(pattern: RegExp, h: FieldHelp) {
  return described(z.string({ error: fieldError(h) }).regex(pattern, { error: fieldError(h) }), h);
}

/**
 * A real calendar day as YYYY-MM-DD. The linter reads YAML dates as the text typed (so 2021-02-30 is
 * refused); Astro's own reader gives a Date, which is accepted as it is.
 */
export function calendarDate(h: FieldHelp) {
  // Text first: a failing branch builds its message, and the linter always gives text.
  const date = z
    .union([z.string(), z.date()], { error: fieldError(h) })
    .refine((value) => value instanceof Date || isCalendarDate(value), {
      error: (issue) => fieldError(h)({ input: issue.input ?? '' }),
    })
    .transform((value) => (value instanceof Date ? value : new Date(`${value}T00:00:00Z`)));
  return described(date, h);
}
