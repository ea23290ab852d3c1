import { wrapLines } from './wrap-text.mjs';

/** Caption lines stay short enough to read in the time a cue is shown. */
export const captionLineChars = 42;
const captionLinesPerCue = 2;

/**
 * A WebVTT timestamp, e.g. 1.5 → "00:00:01.500". Hours always appear, so the format does not change
 * when a video passes one hour.
 * @param {number} seconds
 */
export function formatTimestamp(seconds) {
  const millis = Math.round(seconds * 1000);
  const hours = Math.floor(millis / 3_600_000);
  const minutes = Math.floor(millis / 60_000) % 60;
  const secs = Math.floor(millis / 1000) % 60;
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(secs, 2)}.${pad(millis % 1000, 3)}`;
}

/**
 * A length as the site shows it, "M:SS", rounded to the nearest second, e.g. 83.6 → "1:24".
 * @param {number} seconds
 */
export function formatDuration(seconds) {
  const total = Math.round(seconds);
  return `${Math.floor(total / 60)}:${pad(total % 60, 2)}`;
}

/**
 * How long a slide stays on screen: its narration plus a pause, rounded up to whole video frames so
 * that picture and sound stay in step when the slides are joined.
 * @param {number} narrationSeconds
 * @param {number} pauseSeconds
 * @param {number} fps
 */
export function slideSeconds(narrationSeconds, pauseSeconds, fps) {
  return Math.ceil((narrationSeconds + pauseSeconds) * fps - 1e-9) / fps;
}

/**
 * Splits one slide's narration into cue texts of at most two caption lines, lines joined with a line
 * break. Each sentence is split on its own, into as few cues as fit, preferring breaks after a comma,
 * colon or semicolon and avoiding scraps of a word or two that would flash by.
 * @param {string} narration
 * @returns {string[]}
 */
export function captionChunks(narration) {
  // A sentence ends before a capital letter, so Latvian ordinals such as "2019. gads" stay whole.
  const sentences = narration.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  return sentences.flatMap(splitSentence).map((text) => balancedLines(text).join('\n'));
}

/**
 * A cue's text in lines of even length, so that no single word is left hanging on a second line.
 * @param {string} text
 */
function balancedLines(text) {
  const lines = wrapLines(text, captionLineChars);
  if (lines.length !== 2) return lines;
  const words = text.split(/\s+/);
  let best = lines;
  for (let at = 1; at < words.length; at++) {
    const pair = [words.slice(0, at).join(' '), words.slice(at).join(' ')];
    const longest = Math.max(pair[0].length, pair[1].length);
    if (longest <= captionLineChars && longest < Math.max(...best.map((line) => line.length))) best = pair;
  }
  return best;
}

/**
 * The cheapest split of a sentence's words into cues, found by trying every break point.
 * @param {string} sentence
 */
function splitSentence(sentence) {
  const words = sentence.split(/\s+/);
  /** Per word count: the cheapest cost of captioning that many words, and where its last cue starts. */
  const best = [{ cost: 0, from: 0 }];
  for (let end = 1; end <= words.length; end++) {
    best[end] = { cost: Infinity, from: end - 1 };
    for (let start = end - 1; start >= 0; start--) {
      const text = words.slice(start, end).join(' ');
      if (start < end - 1 && wrapLines(text, captionLineChars).length > captionLinesPerCue) break;
      const cost = (best[start]?.cost ?? 0) + cueCost(text, end === words.length);
      if (cost < (best[end]?.cost ?? Infinity)) best[end] = { cost, from: start };
    }
  }
  const cues = [];
  for (let end = words.length; end > 0; ) {
    const from = best[end]?.from ?? 0;
    cues.unshift(words.slice(from, end).join(' '));
    end = from;
  }
  return cues;
}

/** Every cue costs the most, so the fewest cues win; then a break mid-clause; then a short scrap. */
function cueCost(/** @type {string} */ text, /** @type {boolean} */ endsSentence) {
  const midClause = endsSentence || /[,;:]$/.test(text) ? 0 : 20;
  return 100 + midClause + Math.max(0, 40 - text.length) * 3;
}

/**
 * Cues for the whole video. Each slide's time is shared among its chunks by their length, so the
 * cues follow the speech roughly, touch each other and end exactly where the last slide ends.
 * @param {{ narration: string, seconds: number }[]} slides
 * @returns {{ start: number, end: number, text: string }[]}
 */
export function buildCues(slides) {
  const cues = [];
  let slideStart = 0;
  for (const slide of slides) {
    const chunks = captionChunks(slide.narration);
    const totalChars = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    let charsBefore = 0;
    chunks.forEach((text, index) => {
      const start = slideStart + (slide.seconds * charsBefore) / totalChars;
      charsBefore += text.length;
      const end =
        index === chunks.length - 1
          ? slideStart + slide.seconds
          : slideStart + (slide.seconds * charsBefore) / totalChars;
      cues.push({ start, end, text });
    });
    slideStart += slide.seconds;
  }
  return cues;
}

/**
 * A WebVTT file from cues.
 * @param {{ start: number, end: number, text: string }[]} cues
 */
export function toWebVtt(cues) {
  const blocks = cues.map(
    (cue, index) =>
      `${index + 1}\n${formatTimestamp(cue.start)} --> ${formatTimestamp(cue.end)}\n${escapeCueText(cue.text)}`,
  );
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

/** WebVTT reads "&", "<" and ">" in cue text as markup. @param {string} text */
function escapeCueText(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** @param {number} value @param {number} width */
function pad(value, width) {
  return String(value).padStart(width, '0');
}
