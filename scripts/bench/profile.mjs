/**
 * Where a build's CPU time goes, from V8 CPU profiles (`node --cpu-prof`, one file per Node process
 * of the build): self time summed per package (node_modules/<name>), Node's own internals, the
 * site's own code, and garbage collection. Printed by `npm run bench -- --profile`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a profile frame belongs to: a package, the site's own code, Node itself or V8 bookkeeping. */
export function ownerOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  // Node's own modules by name (node:internal/fs/cp/cp-sync → node:fs), to tell file copying from module loading.
  if (url.startsWith('node:')) return `node:${url.replace(/^node:(internal\/)?/, '').split('/')[0]}`;
  return 'site code';
}

/** Milliseconds of self time per owner, over every profile in `dir`, largest first. */
export function profileSummary(dir) {
  const totals = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const owner = new Map(nodes.map((n) => [n.id, ownerOf(n.callFrame.url, n.callFrame.functionName)]));
    samples.forEach((id, i) => {
      const name = owner.get(id);
      totals.set(name, (totals.get(name) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
    });
  }
  totals.delete('(idle)');
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** The summary as lines: owner, seconds, share of the profiled CPU time. */
export function formatSummary(summary, top = 15) {
  const all = summary.reduce((sum, [, ms]) => sum + ms, 0);
  return summary
    .slice(0, top)
    .map(
      ([name, ms]) =>
        `${name.padEnd(32)} ${(ms / 1000).toFixed(1).padStart(6)} s ${((ms / all) * 100).toFixed(0).padStart(3)} %`,
    );
}
