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
import { bilingual, entryFiles, writeHere } from './editor/entry-templates.mjs';
import { entriesOf, slugsOf, writeFiles } from './editor/content-folder.mjs';
import { questions, toEntry } from './editor/questions.mjs';

const flags = Object.fromEntries([...new Set(['root', ...questions.map((q) => q.flag)])].map((flag) => [flag, { type: 'string' }]));
const stop = (message) => {
  prompts.cancel(message, { output: process.stderr });
  process.exit(1);
};

let values;
try {
  ({ values } = parseArgs({ options: flags }));
} catch (error) {
  stop(`${error.message}\n${bilingual('Iespējamie karogi', 'Known flags')}: ${Object.keys(flags).map((f) => `--${f}`).join(' ')}`);
}
const root = values.root ?? process.env.CONTENT_ROOT ?? 'content';
const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const guidelines = entriesOf(root, 'guidelines');
const site = { centres: slugsOf(root, 'centres'), slugs: (collection) => slugsOf(root, collection), orders: [...new Set(guidelines.map((g) => g.order).filter((o) => o !== undefined))].sort((a, b) => a - b) };

if (interactive) prompts.intro(bilingual('Jauns ieraksts abās valodās', 'A new entry in both languages'));
const answers = {};
const missing = [];
for (const question of questions) {
  if (question.types && !question.types.includes(answers.type)) continue;
  const value = await answer(question);
  if (value === undefined) missing.push(`--${question.flag}`);
  else answers[question.flag] = value;
  if (question.flag === 'type' && answers.type === 'story' && site.centres.length === 0) {
    stop(bilingual(`Mapē ${root}/centres vēl nav neviena centra: vispirms izveidojiet centru`, `${root}/centres holds no centre yet: create a centre first`));
  }
}
if (missing.length > 0) stop(bilingual(`Trūkst: ${missing.join(' ')}`, `Missing: ${missing.join(' ')}`));

const entry = toEntry(answers);
const files = entryFiles(entry);
if (entry.type === 'video') {
  for (const locale of locales) files.push({ path: `videos/${locale}/${entry.poster.file}`, copyFrom: answers.poster });
}
try {
  // Paths as the editor would type them from here; outside this folder, in full.
  const shown = (path) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));
  const list = writeFiles(root, files).map((path) => `  ${shown(path)}`).join('\n');
  prompts.outro(
    [
      bilingual('Izveidoti faili', 'Files created'),
      list,
      bilingual(`Ierakstiet tekstu vietā "${writeHere}" abos failos`, `Write the text where "${writeHere}" stands in both files`),
      bilingual('Ja tulkojuma vēl nav, izdzēsiet angļu failu: vietne rādīs latviešu tekstu', 'With no translation yet, delete the English file: the site shows the Latvian text'),
      entry.type === 'video' ? bilingual(`Subtitri: public/videos/${entry.slug}.lv.vtt un .en.vtt`, `Captions: public/videos/${entry.slug}.lv.vtt and .en.vtt`) : '',
    ].filter(Boolean).join('\n'),
  );
} catch (error) {
  stop(error.message);
}

/** The answer to one question: from its flag, else from the editor, else its suggestion. */
async function answer(question) {
  const options = question.options?.(site);
  if (question.optional && options?.length === 0) return [];
  const suggested = question.initial?.(answers, site);
  const given = values[question.flag] ?? (interactive ? undefined : suggested);
  if (given !== undefined) {
    const value = question.kind === 'multiselect' ? given.split(',').map((s) => s.trim()).filter(Boolean) : given.trim();
    const problem = check(question, value, options);
    if (problem) stop(`--${question.flag} ${given}: ${problem}`);
    return value;
  }
  if (!interactive) return question.optional ? [] : undefined;
  const ask = { text: prompts.text, select: prompts.select, multiselect: prompts.multiselect }[question.kind];
  const value = await ask({
    message: question.message,
    options,
    required: !question.optional,
    initialValue: suggested,
    validate: question.kind === 'text' ? (typed) => check(question, typed ?? '', options) : undefined,
  });
  if (prompts.isCancel(value)) stop(bilingual('Atcelts: nekas netika uzrakstīts', 'Cancelled: nothing was written'));
  return value;
}

function check(question, value, options) {
  if (options) {
    const known = options.map((option) => option.value);
    const picked = [value].flat();
    const unknown = picked.filter((v) => !known.includes(v));
    if (unknown.length > 0 || (picked.length === 0 && !question.optional)) return bilingual(`Izvēlieties no: ${known.join(', ')}`, `Choose from: ${known.join(', ')}`);
    return undefined;
  }
  return question.validate?.(value, answers, site);
}
