/** Files that no collection reads, or that would get a wrong address: each told where it should go. */
import { readFileSync } from 'node:fs';
import { tinyPng } from '../../helpers/build.ts';
import { raw, story, type Case } from './helpers.ts';

const storyText = (id: string) => Object.values(story(id))[0]!;

export const fileCases = {
  'md-extension': { files: raw('stories/lv/md-extension.md', storyText('md-extension') as string) },
  'misspelt-folder': { files: raw('story/lv/misspelt-folder.mdx', storyText('misspelt-folder') as string) },
  'no-language-folder': { files: raw('stories/no-language-folder.mdx', storyText('no-language-folder') as string) },
  'unknown-language-folder': {
    files: raw('stories/de/unknown-language-folder.mdx', storyText('unknown-language-folder') as string),
  },
  'file-name-diacritics': { files: raw('stories/lv/Ģimeņu diena.mdx', storyText('file-name-diacritics') as string) },
  'stray-file': { files: raw('stories/lv/piezimes.txt', 'Piezīmes.') },
  'stray-root-file': { files: raw('README.md', '# Saturs') },
  'unused-image': { files: raw('stories/lv/neizmantots.png', tinyPng) },
  'contact-phone': {
    files: raw('contact.json', readFileSync('content/contact.json', 'utf8').replace('"65235635"', '"+371 65235635"')),
  },
  'unknown-page': { files: raw('pages/lv/jaunumi.mdx', '---\ntitle: Jaunumi\ndescription: Jaunumi.\n---\nTeksts.\n') },
  'video-files-missing': {
    files: {
      'videos/lv/video-files-missing.mdx':
        '---\ntitle: video-files-missing\ndescription: Video.\nsource: { kind: file, file: /videos/nav.webm }\ncaptions: /videos/nav.lv.vtt\nposter:\n  src: ./nav.png\n  alt: "Slaids"\nduration: "1:30"\n---\nTranskripts.\n',
    },
  },
  'video-kind-unknown': {
    files: {
      'videos/lv/video-kind-unknown.mdx':
        '---\ntitle: video-kind-unknown\ndescription: Video.\nsource: { kind: tiktok, id: abcdefg }\ncaptions: /videos/active-communities.lv.vtt\nposter: { src: ./video-kind-unknown.png, alt: Slaids }\nduration: "1:30"\n---\nTranskripts.\n',
      'videos/lv/video-kind-unknown.png': tinyPng,
    },
  },
  'video-youtube-id': {
    files: {
      'videos/lv/video-youtube-id.mdx':
        '---\ntitle: video-youtube-id\ndescription: Video.\nsource: { kind: youtube, id: "https://youtu.be/x" }\ncaptions: /videos/active-communities.lv.vtt\nposter: { src: ./video-youtube-id.png, alt: Slaids }\nduration: "1:30"\n---\nTranskripts.\n',
      'videos/lv/video-youtube-id.png': tinyPng,
    },
  },
  'video-poster-alt': {
    files: {
      'videos/lv/video-poster-alt.mdx':
        '---\ntitle: video-poster-alt\ndescription: Video.\nsource: { kind: vimeo, id: "76979871" }\ncaptions: /videos/active-communities.lv.vtt\nposter: { src: ./video-poster-alt.png }\nduration: 90\n---\nTranskripts.\n',
      'videos/lv/video-poster-alt.png': tinyPng,
    },
  },
} satisfies Record<string, Case>;
