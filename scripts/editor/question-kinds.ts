/**
 * The shapes `npm run new` asks in (a question, the answers, what the content folder holds) and the
 * small builders questions.ts lists its questions with. The checks behind them are the build's own
 * rules from src/lib/fields/, so the script never accepts what the build would refuse.
 */
import { bilingual } from '../../src/lib/editor-messages.ts';
import { descriptionMaxLength } from '../../src/lib/fields/rules.ts';
import type { CollectionName } from '../../src/lib/collections.ts';
import type { EntryType } from './entry-templates.ts';

/** What the content folder already holds: the Centres a Story can name, each collection's slugs, the Guidelines' order numbers. */
export interface Site {
  centres: string[];
  slugs: (collection: CollectionName) => string[];
  orders: number[];
}

/** The answers so far, keyed by flag: text, or a list for a multiple choice. */
export type Answers = Record<string, string | string[]>;

/** Why an answer cannot be used, in both languages, or undefined when it can. */
export type Check = (value: string, answers: Answers, site: Site) => string | undefined;

export interface Choice {
  value: string;
  label: string;
}

export interface Question {
  /** The command-line flag, e.g. `title-lv`; also the key of the answer. */
  flag: string;
  message: string;
  kind: 'text' | 'select' | 'multiselect';
  /** Asked only for these types; every type when absent. */
  types?: EntryType[];
  optional?: boolean;
  options?: (site: Site) => Choice[];
  /** The suggested answer, taken without asking when there is no terminal. */
  initial?: (answers: Answers, site: Site) => string | undefined;
  validate?: Check;
}

/** Text that is not empty. */
export const filled: Check = (value) => (value.trim() ? undefined : bilingual('Ierakstiet tekstu', 'Write some text'));

/** Text no longer than a description may be. */
export const short: Check = (value, answers, site) =>
  filled(value, answers, site) ??
  (value.trim().length > descriptionMaxLength
    ? bilingual(`Ne vairāk kā ${descriptionMaxLength} zīmes`, `At most ${descriptionMaxLength} characters`)
    : undefined);

/** A number from `min` to `max`, e.g. a latitude inside the map's frame. */
export const between =
  (min: number, max: number): Check =>
  (value) =>
    value.trim() && Number(value) >= min && Number(value) <= max
      ? undefined
      : bilingual(`Skaitlis no ${min} līdz ${max}`, `A number from ${min} to ${max}`);

/** A question answered by typing. */
export const text = (
  flag: string,
  message: string,
  validate: Check = filled,
  more: Partial<Question> = {},
): Question => ({ flag, message, kind: 'text', validate, ...more });

/** The same question in Latvian and in English (`title-lv`, `title-en`). */
export const pair = (flag: string, lv: string, en: string, validate: Check = filled): Question[] => [
  text(`${flag}-lv`, bilingual(`${lv} latviski`, `${en} in Latvian`), validate),
  text(`${flag}-en`, bilingual(`${lv} angliski`, `${en} in English`), validate),
];

/** Questions asked only for some types. */
export const only = (types: EntryType[], list: Question[]): Question[] =>
  list.map((question) => ({ ...question, types }));
