/** Where the built site is, and every HTML page in it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = process.env.OUT_DIR ?? 'dist';

/** The editing interface (/admin/) is for editors, not readers: tests/site/admin*.test.ts check it on its own terms. */
const notForReaders = new Set(['pagefind', '_astro', 'admin']);

/** Site-relative URL paths of every reader's HTML page in a built folder, e.g. `/en/centres/zilupe/`. */
export function builtPages(dir = distDir): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, item.name);
      if (item.isDirectory()) {
        if (!(folder === dir && notForReaders.has(item.name))) walk(full);
      } else if (item.name.endsWith('.html')) {
        const path = `/${relative(dir, full).split(sep).join('/')}`;
        pages.push(path.replace(/index\.html$/, ''));
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** The HTML of a built page by its URL path. */
export function readPage(path: string, dir = distDir): string {
  const file = path.endsWith('.html') ? path : `${path}index.html`;
  return readFileSync(join(dir, file), 'utf8');
}
