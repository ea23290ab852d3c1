/**
 * The `topics` field: a list of slugs from the one controlled list (src/lib/topics.ts), so a translation
 * carries its original's topics; an unknown topic names every known one.
 */
import { z } from 'astro/zod';
import { bilingual, fieldError, type FieldHelp } from '../editor-messages.ts';
import type { Locale } from '../../i18n/index.ts';
import { topicSlugs, topics } from '../topics.ts';
import { described } from './rules.ts';

/** The message for a value that is not a known topic slug (or not text at all). */
export function unknownTopicMessage(input: unknown): string {
  const known = (locale: Locale) => topicSlugs.map((slug) => `${slug} (${topics[slug][locale]})`).join(', ');
  const got = typeof input === 'string' ? `"${input}"` : JSON.stringify(input);
  return bilingual(
    `Tēma ${got} nav tēmu sarakstā (src/lib/topics.ts): izmantojiet kādu no šiem: ${known('lv')}`,
    `The topic ${got} is not in the topic list (src/lib/topics.ts): use one of: ${known('en')}`,
  );
}

/** A list of known topic slugs; `min` 1 asks for at least one (a centre's focus). */
export function topicList(h: FieldHelp, min = 0) {
  // Each slug's Latvian label, for the editing interface's choices.
  const optionLabels = Object.fromEntries(topicSlugs.map((slug) => [slug, topics[slug].lv]));
  const slugs = z.enum(topicSlugs, { error: (issue) => unknownTopicMessage(issue.input) }).meta({ optionLabels });
  const list = z.array(slugs, { error: fieldError(h) });
  return described(
    min > 0
      ? list.min(min, {
          error: bilingual(
            'Norādiet vismaz vienu tēmu, piemēram topics: [digitalas-prasmes]',
            'Give at least one topic, for example topics: [digitalas-prasmes]',
          ),
        })
      : list,
    h,
  );
}
