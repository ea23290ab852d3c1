/** The benchmark's report: each build's figures, then one Markdown table row per build for the README. */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** Milliseconds as seconds with one decimal, as every figure of the report prints them. */
export const s = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Prints the clean, unchanged and one-story builds (`builds`, clean first) of a corpus of `n` stories. */
export function printReport(n, sizes, builds) {
  for (const { label, build, out, rendered, restored, og } of builds) {
    const phases = Object.entries(build.phases)
      .map(([name, ms]) => `${name} ${((ms / build.wallMs) * 100).toFixed(0)}%`)
      .join(', ');
    const report = [
      ['build', `${label}: ${sizes.stories} stories, ${sizes.guidelines} guidelines, ${sizes.centres} centres`],
      [
        'wall time',
        `${s(build.wallMs)} (${((build.wallMs / builds[0].build.wallMs) * 100).toFixed(0)}% of the clean build)`,
      ],
      ['CPU time (user+sys)', `${build.cpuSeconds.toFixed(1)} s`],
      ['peak memory (max RSS)', `${(build.peakKb / 1024).toFixed(0)} MB`],
      [
        'pages built',
        `${out.pages}: ${restored} copied from the last build, ${rendered} routes rendered (the 404 pages and robots.txt always are)`,
      ],
      ['output', mb(out.outputBytes)],
      ['median entry page (gzip)', kb(out.medianEntryPage)],
      ['largest page (gzip)', `${kb(out.largestPage.gzip)} ${out.largestPage.path}`],
      ['search index', mb(out.searchBytes)],
      ['time per phase', phases],
      ['link-preview pictures', og],
    ];
    const width = Math.max(...report.map(([l]) => l.length));
    console.log(`\n${report.map(([l, v]) => `${l.padEnd(width)}  ${v}`).join('\n')}`);
  }
  console.log('\n| N | build | wall | CPU | peak RSS | pages (routes rendered) | time per phase |');
  for (const { label, build, out, rendered } of builds) {
    const phases = Object.entries(build.phases)
      .map(([name, ms]) => `${name} ${s(ms)}`)
      .join(', ');
    console.log(
      `| ${n} | ${label} | ${s(build.wallMs)} | ${build.cpuSeconds.toFixed(1)} s | ${(build.peakKb / 1024).toFixed(0)} MB | ${out.pages} (${rendered}) | ${phases} |`,
    );
  }
}
