/** What a build left in its output folder: pages, bytes, page sizes over the wire, the search index. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile())
    .map((item) => join(item.parentPath, item.name));
}

const median = (sorted) => (sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]);

/** Entry pages sit one level below a section, e.g. /stasti/x/ or /en/stories/x/. */
const isEntryPage = (path) =>
  /^\/(en\/)?(vadlinijas|guidelines|stasti|stories|centri|centres|video|videos)\/[^/]+\/$/.test(path);

export function measureOutput(outDir) {
  const all = files(outDir);
  const pages = all
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const path = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
      return { path, gzip: gzipSync(readFileSync(file)).length };
    });
  const bySize = [...pages].sort((a, b) => a.gzip - b.gzip);
  const entries = bySize.filter((page) => isEntryPage(page.path)).map((page) => page.gzip);
  const searchDir = join(outDir, 'pagefind');
  return {
    pages: pages.length,
    outputBytes: all.reduce((sum, file) => sum + statSync(file).size, 0),
    medianPage: median(bySize.map((page) => page.gzip)),
    medianEntryPage: median(entries),
    largestPage: bySize.at(-1),
    searchBytes: files(searchDir).reduce((sum, file) => sum + statSync(file).size, 0),
  };
}
