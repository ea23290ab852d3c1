/**
 * `npm run bench -- --entries N [--keep] [--astro-config FILE] [--baseline DIR] [--profile]`: writes a synthetic
 * corpus of N stories (with guidelines and centres in proportion), then builds the site from it three
 * times with the real build: clean, again with nothing changed, and after one story's text changed
 * (the incremental build's two cases). Prints time, CPU, peak memory, output sizes and where the time
 * went for each. With --baseline (a writable copy of shared/baseline/), Starlight and Hugo are built
 * next, in the same run, on a corpus with about as many pages (see baseline.mjs). With --profile,
 * the one-story build runs under V8's CPU profiler and the time per package is printed (profile.mjs).
 */
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBaseline } from './baseline.mjs';
import { runBuild } from './build.mjs';
import { writeCorpus } from './corpus.mjs';
import { measureOutput } from './output.mjs';
import { formatSummary, profileSummary } from './profile.mjs';
import { printReport, s } from './report.mjs';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '100' },
    keep: { type: 'boolean', default: false },
    'astro-config': { type: 'string' },
    baseline: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
const n = Number(values.entries);
if (!Number.isInteger(n) || n < 1)
  throw new Error(`--entries must be a whole number of stories, got "${values.entries}"`);

// Output inside the project: for an outDir outside the working directory Astro 7 writes its
// prerender chunks to the shared ./.astro/.prerender/, where a concurrent build deletes them.
mkdirSync('node_modules/.cache', { recursive: true });
const workDir = mkdtempSync(join(process.cwd(), 'node_modules/.cache/dk-bench-'));
const dirs = {
  contentRoot: mkdtempSync(join(tmpdir(), 'dk-bench-content-')),
  outDir: join(workDir, 'dist'),
  cacheDir: join(workDir, 'cache'),
  workDir,
};

const { sizes, counts } = await writeCorpus(dirs.contentRoot, n);
console.log(
  `Corpus in ${dirs.contentRoot}: ${Object.entries(counts)
    .map(([c, l]) => `${c} ${l.lv} lv + ${l.en} en`)
    .join(', ')}`,
);
console.log(
  `Building (${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')})…`,
);

const ogTallyFile = join(dirs.cacheDir, 'og-images', 'last-build.json');

/** One build, reported; stops the benchmark if it fails. */
async function measured(label, extraEnv) {
  rmSync(ogTallyFile, { force: true });
  const build = await runBuild({ ...dirs, astroConfig: values['astro-config'], extraEnv });
  writeFileSync(join(workDir, `build-${label}.log`), build.log);
  if (!build.ok) {
    console.error(build.log.split('\n').slice(-40).join('\n'));
    console.error(`\nThe ${label} build failed; corpus kept in ${dirs.contentRoot}, log in ${workDir}`);
    process.exit(1);
  }
  const rendered = (build.log.match(/├─ |└─ /g) ?? []).length;
  const restored = (build.log.match(/\(restored\)/g) ?? []).length;
  return { label, build, out: measureOutput(dirs.outDir), rendered: rendered - restored, restored, og: ogTally() };
}

/** What a build drew of the link-preview pictures (their route's getStaticPaths draws them and writes this tally). */
function ogTally() {
  if (!existsSync(ogTallyFile)) return 'none';
  const og = JSON.parse(readFileSync(ogTallyFile, 'utf8'));
  const each = og.drawn ? ` (${(og.drawMs / og.drawn).toFixed(0)} ms each on average, four at a time)` : '';
  return `${og.drawn} of ${og.cards} drawn in ${s(og.drawMs)}${each}, the rest from the cache`;
}

/** The one-story change an editor makes: a sentence added to the first Latvian story. */
function changeOneStory() {
  const folder = join(dirs.contentRoot, 'stories/lv');
  const file = join(
    folder,
    readdirSync(folder)
      .filter((f) => f.endsWith('.mdx'))
      .sort()[0],
  );
  appendFileSync(file, '\nVēl viens teikums, ko redaktors pievienoja.\n');
  return file;
}

const clean = await measured('clean');
const unchanged = await measured('unchanged');
const edited = changeOneStory();
const profileDir = join(workDir, 'profile');
const oneStory = await measured(
  'one story',
  values.profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : undefined,
);
console.log(`Changed: ${edited}`);
if (values.profile)
  console.log(
    `\nCPU self time of the one-story build by package (${profileDir}):\n${formatSummary(profileSummary(profileDir)).join('\n')}`,
  );

printReport(n, sizes, [clean, unchanged, oneStory]);

if (values.baseline) await runBaseline(values.baseline, n, clean);

if (values.keep) console.log(`\nKept: ${dirs.contentRoot} (content) and ${workDir} (dist/, build logs)`);
else for (const dir of [dirs.contentRoot, workDir]) rmSync(dir, { recursive: true, force: true });
