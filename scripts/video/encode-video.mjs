import { runTool } from './run-tool.mjs';

/**
 * Joins still slides and their narrations into one WebM file (VP9 video, Opus audio). Each slide is
 * shown for exactly `seconds`, a whole number of frames; its narration starts after `leadSeconds`
 * and is padded with silence to the slide's end, so sound and picture change together.
 * @param {{ png: string, wav: string, seconds: number }[]} slides
 * @param {{ fps: number, leadSeconds: number, file: string }} output
 */
export async function encodeWebm(slides, output) {
  const inputs = slides.flatMap((slide) => [
    '-loop',
    '1',
    '-framerate',
    String(output.fps),
    '-t',
    String(slide.seconds),
    '-i',
    slide.png,
    '-i',
    slide.wav,
  ]);
  const leadMillis = Math.round(output.leadSeconds * 1000);
  const streams = slides.map((slide, index) =>
    [
      `[${2 * index}:v]format=yuv420p,setsar=1[v${index}]`,
      `[${2 * index + 1}:a]aresample=48000,adelay=${leadMillis}:all=1,apad=whole_dur=${slide.seconds},atrim=duration=${slide.seconds}[a${index}]`,
    ].join(';'),
  );
  const joined = `${slides.map((_, index) => `[v${index}][a${index}]`).join('')}concat=n=${slides.length}:v=1:a=1[video][audio]`;
  await runTool('ffmpeg', [
    '-y',
    '-v',
    'error',
    ...inputs,
    '-filter_complex',
    [...streams, joined].join(';'),
    '-map',
    '[video]',
    '-map',
    '[audio]',
    // Still slides compress to almost nothing; a key frame every ten seconds keeps seeking quick.
    '-c:v',
    'libvpx-vp9',
    '-crf',
    '38',
    '-b:v',
    '0',
    '-r',
    String(output.fps),
    '-g',
    String(output.fps * 10),
    '-deadline',
    'good',
    '-cpu-used',
    '4',
    '-row-mt',
    '1',
    // Mono speech is clear at 32 kbit/s in Opus.
    '-c:a',
    'libopus',
    '-b:a',
    '32k',
    '-ac',
    '1',
    output.file,
  ]);
}
