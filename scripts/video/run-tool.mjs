import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * Runs a command-line tool without a shell and returns its standard output. A missing tool is
 * reported with the Debian packages to install, since that is the usual cause.
 * @param {string} command
 * @param {string[]} args
 */
export async function runTool(command, args) {
  try {
    const { stdout } = await execFileAsync(command, args, { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new Error(`${command} is not installed: run "apt-get install -y espeak-ng ffmpeg"`);
    }
    throw error;
  }
}
