/**
 * @typedef {{ heading: string, points: string[], narration: string }} Slide
 * @typedef {{ title: string, description: string, intro: string, transcriptHeading: string, posterAlt: string, footer: string, topics: string[], slides: Slide[] }} VideoTexts
 */

/**
 * The MDX entry for one language of the video: frontmatter in the shape of the `videos` schema in
 * src/content.config.ts, then the intro and the full narration as a transcript.
 * @param {VideoTexts} texts
 * @param {{ locale: string, name: string, duration: string }} video
 */
export function videoEntryMdx(texts, video) {
  const frontmatter = [
    '---',
    '# Made by "npm run video" from scripts/video/slides.json: edit the text there and run it again.',
    `title: ${yamlString(texts.title)}`,
    `description: ${yamlString(texts.description)}`,
    `source: { kind: file, file: /videos/${video.name}.${video.locale}.webm }`,
    `captions: /videos/${video.name}.${video.locale}.vtt`,
    'poster:',
    `  src: ../images/${video.name}-${video.locale}.png`,
    `  alt: ${yamlString(texts.posterAlt)}`,
    `duration: ${yamlString(video.duration)}`,
    'centres: []',
    'guidelines: []',
    `topics: [${texts.topics.map(yamlString).join(', ')}]`,
    '---',
  ];
  const transcript = texts.slides.map((slide) => escapeMdx(slide.narration));
  return [
    ...frontmatter,
    '',
    escapeMdx(texts.intro),
    '',
    `## ${texts.transcriptHeading}`,
    '',
    transcript.join('\n\n'),
    '',
  ].join('\n');
}

/** A JSON string is a valid double-quoted YAML string, so no character in the text can break the frontmatter. */
function yamlString(/** @type {string} */ text) {
  return JSON.stringify(text);
}

/** MDX reads braces and angle brackets as code and tags; a backslash keeps them as text. */
function escapeMdx(/** @type {string} */ text) {
  return text.replace(/[{}<>]/g, '\\$&');
}
