/**
 * Starlight and Hugo (+ Pagefind) built on the shared baseline corpus right after the site's own
 * builds, so the ratios compare one machine under one load. The baseline's N is pages per language:
 * it is set from the site's clean build so both build about as many pages.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Runs `run-bench.sh` once per tool in `dir` (a writable copy of shared/baseline) and prints the comparison. */
export async function runBaseline(dir, entries, clean) {
  const perLanguage = Math.round(clean.out.pages / 2);
  console.log(`\nBaselines at N = ${perLanguage} (≈ ${perLanguage * 2} pages; the site built ${clean.out.pages})…`);
  const script = resolve(dir, 'run-bench.sh');
  const run = spawnSync('bash', [script, String(perLanguage)], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, RUNS: '1' },
  });
  if (run.status !== 0) {
    console.error(`The baseline run failed (exit ${run.status}); the site's figures above stand alone.`);
    return;
  }
  const records = readFileSync(join(dir, `out/n${perLanguage}/records.jsonl`), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  const ours = clean.build.wallMs / 1000;
  console.log(
    '\n| N (site) | tool | pages | wall | CPU | peak RSS | site clean / tool, wall | site clean / tool, CPU |',
  );
  console.log(
    `| ${entries} | this site, clean | ${clean.out.pages} | ${ours.toFixed(1)} s | ${clean.build.cpuSeconds.toFixed(1)} s | ${(clean.build.peakKb / 1024).toFixed(0)} MB | 1.00 | 1.00 |`,
  );
  for (const r of records) {
    const pages = r.output?.html_files ?? '?';
    console.log(
      `| ${entries} | ${r.tool} | ${pages} | ${r.total.wall_s.toFixed(1)} s | ${r.total.cpu_s.toFixed(1)} s | ${r.total.peak_rss_mb.toFixed(0)} MB | ${(ours / r.total.wall_s).toFixed(2)} | ${(clean.build.cpuSeconds / r.total.cpu_s).toFixed(2)} |`,
    );
  }
}
