/**
 * `npm run new`: creates a Guideline, Story, Centre or Video in both languages, asking one question
 * at a time. Every answer can also be given as a flag, which is how tests run it:
 *   npm run new -- --type story --title-lv … --title-en … --centres zilupe,daugavpils --root content
 * Without a terminal, a missing flag takes its suggested value (slug, date, order) or stops the run.
 * The content folder is --root, else CONTENT_ROOT, else content/.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { locales } from '../src/i18n/index.ts';
import { bilingual, entryFiles, writeHere } from './editor/entry-templates.ts';
import { entriesOf, slugsOf, writeFiles, type NewFile } from './editor/content-folder.ts';
import { questions, toEntry } from './editor/questions.ts';
import type { Answers, Choice, Question, Site } from './editor/question-kinds.ts';

const flags = Object.fromEntries(
  [...new Set(['root', ...questions.map((q) => q.flag)])].map((flag) => [flag, { type: 'string' as const }]),
);
const stop = (message: string): never => {
  prompts.cancel(message, { output: process.stderr });
  process.exit(1);
};
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

let values: Record<string, string | undefined> = {};
try {
  ({ values } = parseArgs({ options: flags }));
} catch (error) {
  stop(
    `${messageOf(error)}\n${bilingual('Iespējamie karogi', 'Known flags')}: ${Object.keys(flags)
      .map((f) => `--${f}`)
      .join(' ')}`,
  );
}
const root = values['root'] ?? process.env['CONTENT_ROOT'] ?? 'content';
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const guidelines = entriesOf(root, 'guidelines');
const site: Site = {
  centres: slugsOf(root, 'centres'),
  slugs: (collection) => slugsOf(root, collection),
  orders: [...new Set(guidelines.map((g) => g.order).filter((o) => o !== undefined))].sort((a, b) => a - b),
};

if (interactive) prompts.intro(bilingual('Jauns ieraksts abās valodās', 'A new entry in both languages'));
const answers: Answers = {};
const missing: string[] = [];
for (const question of questions) {
  if (question.types && !question.types.some((type) => type === answers['type'])) continue;
  const value = await answer(question);
  if (value === undefined) missing.push(`--${question.flag}`);
  else answers[question.flag] = value;
  if (question.flag === 'type' && answers['type'] === 'story' && site.centres.length === 0) {
    stop(
      bilingual(
        `Mapē ${root}/centres vēl nav neviena centra: vispirms izveidojiet centru`,
        `${root}/centres holds no centre yet: create a centre first`,
      ),
    );
  }
}
if (missing.length > 0) stop(bilingual(`Trūkst: ${missing.join(' ')}`, `Missing: ${missing.join(' ')}`));

const entry = toEntry(answers);
const files: NewFile[] = entryFiles(entry);
if (entry.type === 'video') {
  for (const locale of locales)
    files.push({ path: `videos/${locale}/${entry.poster.file}`, copyFrom: String(answers['poster']) });
}
try {
  // Paths as the editor would type them from here; outside this folder, in full.
  const shown = (path: string) =>
    relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path);
  const list = writeFiles(root, files)
    .map((path) => `  ${shown(path)}`)
    .join('\n');
  prompts.outro(
    [
      bilingual('Izveidoti faili', 'Files created'),
      list,
      bilingual(
        `Ierakstiet tekstu vietā "${writeHere}" abos failos`,
        `Write the text where "${writeHere}" stands in both files`,
      ),
      bilingual(
        'Ja tulkojuma vēl nav, izdzēsiet angļu failu: vietne rādīs latviešu tekstu',
        'With no translation yet, delete the English file: the site shows the Latvian text',
      ),
      entry.type === 'video'
        ? bilingual(
            `Subtitri: public/videos/${entry.slug}.lv.vtt un .en.vtt`,
            `Captions: public/videos/${entry.slug}.lv.vtt and .en.vtt`,
          )
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
} catch (error) {
  stop(messageOf(error));
}

/** The answer to one question: from its flag, else from the editor, else its suggestion. */
async function answer(question: Question): Promise<string | string[] | undefined> {
  const options = question.options?.(site);
  if (question.optional && options?.length === 0) return [];
  const suggested = question.initial?.(answers, site);
  const given = values[question.flag] ?? (interactive ? undefined : suggested);
  if (given !== undefined) {
    const value =
      question.kind === 'multiselect'
        ? given
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : given.trim();
    const problem = check(question, value, options);
    if (problem) stop(`--${question.flag} ${given}: ${problem}`);
    return value;
  }
  if (!interactive) return question.optional ? [] : undefined;
  const value = await ask(question, options ?? [], suggested);
  if (prompts.isCancel(value)) stop(bilingual('Atcelts: nekas netika uzrakstīts', 'Cancelled: nothing was written'));
  return value as string | string[];
}

/** Asks the editor in the terminal, in the question's kind. */
function ask(question: Question, options: Choice[], suggested: string | undefined) {
  const message = question.message;
  if (question.kind === 'select')
    return prompts.select({ message, options, ...(suggested === undefined ? {} : { initialValue: suggested }) });
  if (question.kind === 'multiselect') return prompts.multiselect({ message, options, required: !question.optional });
  return prompts.text({
    message,
    ...(suggested === undefined ? {} : { initialValue: suggested }),
    validate: (typed) => check(question, typed ?? '', undefined),
  });
}

/** Why an answer cannot be used: not among the options, or refused by the question's own check. */
function check(question: Question, value: string | string[], options: Choice[] | undefined): string | undefined {
  if (options) {
    const known = options.map((option) => option.value);
    const picked = [value].flat();
    const unknown = picked.filter((v) => !known.includes(v));
    if (unknown.length > 0 || (picked.length === 0 && !question.optional))
      return bilingual(`Izvēlieties no: ${known.join(', ')}`, `Choose from: ${known.join(', ')}`);
    return undefined;
  }
  return question.validate?.(String(value), answers, site);
}
