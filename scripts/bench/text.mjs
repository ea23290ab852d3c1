/** MDX bodies for the synthetic corpus: paragraphs, headings, lists and GFM tables in lv or en. */
import { en, lv } from './words.mjs';
import { frontmatterLines } from '../editor/frontmatter-text.ts';

const banks = { lv, en };

/** A small seeded generator, so that a corpus of a given size is the same on every run. */
export function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(next() * list.length)];
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  return { next, pick, int };
}

function sentence(rng, locale, place, activity) {
  const w = banks[locale];
  if (rng.next() < 0.35) return rng.pick(w.remarks);
  const where = locale === 'lv' ? `${rng.pick(w.venues)} ${place.lvIn}` : `${rng.pick(w.venues)} in ${place.en}`;
  const what = locale === 'lv' ? activity.acc : activity.en;
  return `${rng.pick(w.subjects)} ${rng.pick(w.times)} ${rng.pick(w.verbs)} ${what} ${where}, ${rng.pick(w.purposes)}.`;
}

function paragraph(rng, locale, place, activity) {
  return Array.from({ length: rng.int(3, 6) }, () => sentence(rng, locale, place, activity)).join(' ');
}

function list(rng, locale, ordered) {
  const items = [...banks[locale].listItems].sort(() => rng.next() - 0.5).slice(0, rng.int(3, 5));
  return items.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item[0].toUpperCase()}${item.slice(1)}`).join('\n');
}

function table(rng, locale, activity) {
  const { head, months } = banks[locale].table;
  const rows = Array.from(
    { length: rng.int(3, 5) },
    () => `| ${locale === 'lv' ? activity.title : activity.en} | ${rng.int(8, 90)} | ${rng.pick(months)} |`,
  );
  return [`| ${head.join(' | ')} |`, '| --- | --- | --- |', ...rows].join('\n');
}

/** GFM extras that a default processor must render: a task list, strikethrough and a footnote. */
function extras(locale) {
  return locale === 'lv'
    ? '- [x] Telpa sarunāta\n- [ ] Ielūgumi izsūtīti\n\nSākumā plānojām ~~vienu~~ divas tikšanās.[^1]\n\n[^1]: Pēc vecāku lūguma.'
    : '- [x] Room booked\n- [ ] Invitations sent\n\nAt first we planned ~~one~~ two meetings.[^1]\n\n[^1]: At the parents’ request.';
}

/**
 * A body of `sections` headed sections, each with paragraphs, and now and then a list or a table.
 * `image` is a Markdown image line placed after the first section.
 */
export function body(rng, locale, { place, activity, sections, image, gfmExtras }) {
  const w = banks[locale];
  const parts = [paragraph(rng, locale, place, activity)];
  const headings = [...w.headings].sort(() => rng.next() - 0.5);
  for (let s = 0; s < sections; s++) {
    parts.push(`## ${headings[s % headings.length]}`);
    for (let p = rng.int(1, 3); p > 0; p--) parts.push(paragraph(rng, locale, place, activity));
    if (s === 0 && image) parts.push(image);
    if (s % 3 === 1) parts.push(list(rng, locale, rng.next() < 0.5));
    if (s % 4 === 2) parts.push(table(rng, locale, activity));
  }
  if (gfmExtras) parts.push(extras(locale));
  return `${parts.join('\n\n')}\n`;
}

/** YAML frontmatter as `npm run new` writes it (scripts/editor/frontmatter-text.ts): the corpus reads like editors' files. */
export function frontmatter(fields) {
  return `---\n${frontmatterLines(fields).join('\n')}\n---\n\n`;
}
