/**
 * `npm run bench -- --entries N [--keep] [--astro-config FILE]`: writes a synthetic corpus of N
 * stories (with guidelines and centres in proportion), builds the site from it with the real build,
 * and prints time, CPU, peak memory, output sizes and where the time went.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild } from './build.mjs';
import { writeCorpus } from './corpus.mjs';
import { measureOutput } from './output.mjs';

const { values } = parseArgs({
  options: { entries: { type: 'string', default: '100' }, keep: { type: 'boolean', default: false }, 'astro-config': { type: 'string' } },
});
const n = Number(values.entries);
if (!Number.isInteger(n) || n < 1) throw new Error(`--entries must be a whole number of stories, got "${values.entries}"`);

// Output inside the project: for an outDir outside the working directory Astro 7 writes its
// prerender chunks to the shared ./.astro/.prerender/, where a concurrent build deletes them.
mkdirSync('node_modules/.cache', { recursive: true });
const workDir = mkdtempSync(join(process.cwd(), 'node_modules/.cache/dk-bench-'));
const dirs = { contentRoot: mkdtempSync(join(tmpdir(), 'dk-bench-content-')), outDir: join(workDir, 'dist'), cacheDir: join(workDir, 'cache'), workDir };

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

const { sizes, counts } = await writeCorpus(dirs.contentRoot, n);
console.log(`Corpus in ${dirs.contentRoot}: ${Object.entries(counts).map(([c, l]) => `${c} ${l.lv} lv + ${l.en} en`).join(', ')}`);
console.log(`Building (${cpus().length} cores)…`);
const build = await runBuild({ ...dirs, astroConfig: values['astro-config'] });
writeFileSync(join(workDir, 'build.log'), build.log);
if (!build.ok) {
  console.error(build.log.split('\n').slice(-40).join('\n'));
  console.error(`\nThe build failed; corpus kept in ${dirs.contentRoot}, log in ${workDir}`);
  process.exit(1);
}
const out = measureOutput(dirs.outDir);
// The link-preview pictures are drawn inside the page-rendering phase; their endpoint writes its tally here.
const ogFile = join(dirs.cacheDir, 'og-images', 'last-build.json');
const og = existsSync(ogFile) ? JSON.parse(readFileSync(ogFile, 'utf8')) : undefined;
const phases = Object.entries(build.phases).map(([name, ms]) => `${name} ${((ms / build.wallMs) * 100).toFixed(0)}%`).join(', ');

const report = [
  ['entries', `${sizes.stories} stories, ${sizes.guidelines} guidelines, ${sizes.centres} centres`],
  ['wall time', s(build.wallMs)],
  ['CPU time (user+sys)', `${build.cpuSeconds.toFixed(1)} s`],
  ['peak memory (max RSS)', `${(build.peakKb / 1024).toFixed(0)} MB`],
  ['pages built', String(out.pages)],
  ['output', mb(out.outputBytes)],
  ['median page (gzip)', kb(out.medianPage)],
  ['median entry page (gzip)', kb(out.medianEntryPage)],
  ['largest page (gzip)', `${kb(out.largestPage.gzip)} ${out.largestPage.path}`],
  ['search index', mb(out.searchBytes)],
  ['time per phase', phases],
  ['link-preview pictures', og ? `${og.drawn} drawn in ${s(og.drawMs)} (${og.drawn ? (og.drawMs / og.drawn).toFixed(0) : 0} ms each), ${og.cached} from the cache` : 'none drawn'],
];
const width = Math.max(...report.map(([label]) => label.length));
console.log(report.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'));
console.log(`\n| ${n} | ${s(build.wallMs)} | ${build.cpuSeconds.toFixed(1)} s | ${(build.peakKb / 1024).toFixed(0)} MB | ${out.pages} | ${mb(out.outputBytes)} | ${kb(out.medianEntryPage)} | ${kb(out.largestPage.gzip)} (${out.largestPage.path}) | ${mb(out.searchBytes)} | ${phases} |`);

if (values.keep) console.log(`\nKept: ${dirs.contentRoot} (content) and ${workDir} (dist/, build.log)`);
else for (const dir of [dirs.contentRoot, workDir]) rmSync(dir, { recursive: true, force: true });
