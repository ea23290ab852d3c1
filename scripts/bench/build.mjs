/**
 * Runs the site's build on a content root and times it: the whole run under GNU time (CPU of all
 * children, peak RSS), each phase by the durations Astro and the search index print themselves (Astro 7 has
 * no `--timings` flag, and its log arrives in bursts, so arrival times would mislead).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

const gnuTime = '/usr/bin/time';

/** Each phase: the line that opens it (where its duration line is ambiguous) and the line with its duration. */
const phases = [
  { name: 'content check', took: /content checked in (.+)$/ },
  { name: 'content sync', took: /\[types\] Generated (.+)$/ },
  { name: 'bundling', took: /\[vite\] ✓ built in (.+)$/ },
  { name: 'rendering', after: /generating static routes/, took: /✓ Completed in (.+?)\.?$/ },
  { name: 'images', after: /generating optimized images/, took: /✓ Completed in (.+?)\.?$/ },
  { name: 'search index', took: /pages indexed for search in (.+)$/ },
];

/** Milliseconds in a printed duration: "812ms", "1.50s", "2m 5s", "3m" (Astro, Vite, the search index). */
export function parseDuration(text) {
  const m = /^(?:(\d+)m)?\s*(?:([\d.]+)\s*(ms|s))?$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return NaN;
  return Number(m[1] ?? 0) * 60_000 + Number(m[2] ?? 0) * (m[3] === 'ms' ? 1 : 1000);
}

/** Milliseconds per phase; "other" is the rest: npm and Node start-up, config, route collection, sitemap. */
export function phaseTimes(lines, total) {
  const times = Object.fromEntries(phases.map((p) => [p.name, 0]));
  let section;
  for (const text of lines) {
    const opened = phases.find((p) => p.after?.test(text));
    if (opened) section = opened;
    const phase = phases.find((p) => (!p.after || p === section) && p.took.test(text));
    if (!phase) continue;
    times[phase.name] += parseDuration(phase.took.exec(text)[1]);
    if (phase === section) section = undefined;
  }
  const counted = Object.values(times).reduce((a, b) => a + b, 0);
  return { ...times, other: Math.max(0, total - counted) };
}

/** GNU time's verbose report: user and system seconds, and the peak resident set in kB. */
function parseGnuTime(text) {
  const number = (label) => Number(new RegExp(`${label}.*?: ([\\d.]+)`).exec(text)?.[1] ?? NaN);
  return { cpuSeconds: number('User time') + number('System time'), peakKb: number('Maximum resident set size') };
}

/**
 * `npm run build` with CONTENT_ROOT, OUT_DIR and CACHE_DIR set; with `astroConfig`, `astro build`
 * (search index included) with that Astro config instead, for comparing settings. `extraEnv` adds
 * variables, such as NODE_OPTIONS for a CPU profile.
 */
export function runBuild({ contentRoot, outDir, cacheDir, workDir, astroConfig, extraEnv = {} }) {
  const command = astroConfig ? ['astro', 'build', '--config', astroConfig] : ['npm', 'run', 'build', '--silent'];
  const timeFile = join(workDir, 'time.txt');
  const argv = existsSync(gnuTime) ? [gnuTime, '-v', '-o', timeFile, ...command] : command;
  const env = {
    ...process.env,
    CONTENT_ROOT: contentRoot,
    OUT_DIR: outDir,
    CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    PATH: `${join(process.cwd(), 'node_modules/.bin')}:${process.env.PATH}`,
    ...extraEnv,
  };
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(argv[0], argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        lines.push({ at: performance.now() - started, text: line.replace(/\x1b\[[0-9;]*m/g, '') });
      });
    }
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const usage = existsSync(timeFile)
        ? parseGnuTime(readFileSync(timeFile, 'utf8'))
        : { cpuSeconds: NaN, peakKb: NaN };
      resolve({
        ok: code === 0,
        wallMs,
        ...usage,
        phases: phaseTimes(
          lines.map((l) => l.text),
          wallMs,
        ),
        log: lines.map((l) => `${(l.at / 1000).toFixed(2).padStart(7)}s  ${l.text}`).join('\n'),
      });
    });
  });
}
