// Makes the short explainer video of Active Communities, in Latvian and English, from the texts in
// slides.json: renders each slide (SVG → PNG with sharp), narrates it with espeak-ng, joins them with
// ffmpeg into WebM, and writes WebVTT captions, poster images and the two MDX entries.
//
// Needs the Debian packages espeak-ng and ffmpeg (ffprobe comes with it), and fonts-dejavu-core for
// the slide font. CI does not run this: the generated files are committed. Run: npm run video
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCues, formatDuration, slideSeconds, toWebVtt } from './captions.mjs';
import { encodeWebm } from './encode-video.mjs';
import { mediaSeconds, speakToWav } from './narrate.mjs';
import { slideSvg, writeSlidePng } from './render-slide.mjs';
import { videoEntryMdx } from './write-entry.mjs';

const videoName = 'active-communities';
const speakers = { lv: { voice: 'lv', wordsPerMinute: 180 }, en: { voice: 'en-gb', wordsPerMinute: 175 } };
// A few frames a second is plenty for still slides and keeps the files small.
const fps = 4;
// Silence before and after each slide's narration, so slides do not run into each other.
const leadSeconds = 0.25;
const tailSeconds = 0.5;

const root = new URL('../../', import.meta.url).pathname;
const paths = {
  texts: join(root, 'scripts/video/slides.json'),
  media: join(root, 'public/videos'),
  images: join(root, 'content/videos/images'),
  entry: (/** @type {string} */ locale) => join(root, 'content/videos', locale, `${videoName}.mdx`),
};

/** @type {Record<'lv' | 'en', import('./write-entry.mjs').VideoTexts>} */
const allTexts = JSON.parse(await readFile(paths.texts, 'utf8'));
await mkdir(paths.media, { recursive: true });
await mkdir(paths.images, { recursive: true });

for (const locale of /** @type {const} */ (['lv', 'en'])) {
  const texts = allTexts[locale];
  const work = await mkdtemp(join(tmpdir(), `video-${locale}-`));
  try {
    const slides = [];
    for (const [index, slide] of texts.slides.entries()) {
      const png = join(work, `slide-${index + 1}.png`);
      const wav = join(work, `slide-${index + 1}.wav`);
      await writeSlidePng(slideSvg(slide, { index, count: texts.slides.length, footer: texts.footer }), png);
      await speakToWav(slide.narration, speakers[locale], wav);
      const seconds = slideSeconds(await mediaSeconds(wav), leadSeconds + tailSeconds, fps);
      slides.push({ png, wav, seconds, narration: slide.narration });
    }
    const webm = join(paths.media, `${videoName}.${locale}.webm`);
    await encodeWebm(slides, { fps, leadSeconds, file: webm });
    const totalSeconds = slides.reduce((sum, slide) => sum + slide.seconds, 0);
    await checkLength(webm, totalSeconds);
    await writeFile(join(paths.media, `${videoName}.${locale}.vtt`), toWebVtt(buildCues(slides)));
    // The title slide doubles as the poster.
    await copyFile(slides[0].png, join(paths.images, `${videoName}-${locale}.png`));
    const duration = formatDuration(totalSeconds);
    await writeFile(paths.entry(locale), videoEntryMdx(texts, { locale, name: videoName, duration }));
    console.log(`${locale}: ${slides.length} slides, ${totalSeconds.toFixed(2)} s (${duration}) → ${webm}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The captions are timed from the planned slide lengths; stop if the encoded file differs from them.
 * @param {string} file
 * @param {number} expectedSeconds
 */
async function checkLength(file, expectedSeconds) {
  const actual = await mediaSeconds(file);
  if (Math.abs(actual - expectedSeconds) > 0.1) {
    throw new Error(`${file} lasts ${actual.toFixed(3)} s, but its slides add up to ${expectedSeconds.toFixed(3)} s`);
  }
}
