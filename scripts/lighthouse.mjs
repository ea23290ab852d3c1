/**
 * `npm run lighthouse`: Lighthouse (mobile: an emulated mid-range phone on a throttled connection)
 * on one Latvian page of each template of the built site in dist/, with Debian's Chromium; prints
 * the scores and writes them into README.md between the lighthouse markers. Not a test: Lighthouse's
 * timings vary from run to run and machine to machine; the weight gate holds the bytes instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/server.ts';
import { builtPages, distDir } from '../tests/helpers/site.ts';
import { templateOf, templates } from '../tests/gates/weight-templates.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const pages = builtPages();
// One Latvian page per template: the centres index (the heaviest list, with its map) for lists, and
// the about page for stand-alone pages (a not-found page is rightly not indexable).
const preferred = { index: '/centri/', page: '/par-iniciativu/' };
const chosen = templates
  .map((template) => {
    const latvian = pages.filter((p) => !p.startsWith('/en/') && templateOf(p) === template);
    return { template, path: latvian.find((p) => p === preferred[template]) ?? latvian[0] };
  })
  .filter((c) => c.path);

const server = await serveStatic(distDir);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: chromiumFlags,
});
const rows = [];
try {
  for (const { template, path } of chosen) {
    const result = await lighthouse(`${server.origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    const lhr = result.lhr;
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metric = (id) => lhr.audits[id]?.displayValue ?? '';
    const failing = categories
      .flatMap((id) => lhr.categories[id].auditRefs)
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id);
    rows.push({
      template,
      path,
      scores: categories.map(score),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      bytes: metric('total-byte-weight'),
      failing: [...new Set(failing)],
    });
    console.log(
      `${template.padEnd(10)} ${categories.map(score).join(' / ')}  ${path}${failing.length ? `  (below 1: ${failing.join(', ')})` : ''}`,
    );
  }
} finally {
  await chrome.kill();
  await server.close();
}

const version = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
const table = [
  `Lighthouse ${version}, mobile (default emulation and simulated throttling), ${new Date().toISOString().slice(0, 10)}, \`npm run lighthouse\` on the built site:`,
  '',
  '| template | page | performance | accessibility | best practices | SEO | first contentful paint | largest contentful paint | total bytes |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.template} | \`${r.path}\` | ${r.scores.join(' | ')} | ${r.fcp} | ${r.lcp} | ${r.bytes} |`),
].join('\n');
const readme = readFileSync('README.md', 'utf8');
const marked = /<!-- lighthouse:start -->[\s\S]*<!-- lighthouse:end -->/;
if (!marked.test(readme))
  throw new Error('README.md has no <!-- lighthouse:start --> … <!-- lighthouse:end --> section to write into');
writeFileSync('README.md', readme.replace(marked, `<!-- lighthouse:start -->\n${table}\n<!-- lighthouse:end -->`));
console.log('\nWrote the table into README.md.');
