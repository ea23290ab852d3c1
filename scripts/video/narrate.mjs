import { runTool } from './run-tool.mjs';

/**
 * Speaks a text into a WAV file with espeak-ng. The text goes as an argument, not through a shell,
 * so quotes and dashes in it are safe.
 * @param {string} text
 * @param {{ voice: string, wordsPerMinute: number }} speaker
 * @param {string} file
 */
export async function speakToWav(text, speaker, file) {
  await runTool('espeak-ng', ['-v', speaker.voice, '-s', String(speaker.wordsPerMinute), '-w', file, text]);
}

/**
 * A media file's length in seconds, as ffprobe reads it from the file itself.
 * @param {string} file
 */
export async function mediaSeconds(file) {
  const stdout = await runTool('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file]);
  const seconds = Number.parseFloat(stdout);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error(`ffprobe found no duration in ${file}: ${stdout.trim()}`);
  return seconds;
}
