import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a built page's head says about itself: whether search engines may index it and which
 * translations it names. The sitemap copies this, so head and sitemap never disagree.
 */
export function readBuiltHead(pageUrl, base = '/', outDir = 'dist') {
  const pathname = decodeURIComponent(new URL(pageUrl).pathname).slice(base.length - 1);
  const file = join(outDir, pathname, 'index.html');
  if (!existsSync(file)) return { noindex: false, alternates: [] };
  const head = readFileSync(file, 'utf8').split('</head>')[0] ?? '';
  const alternates = [...head.matchAll(/<link rel="alternate" hreflang="([a-z]{2}|x-default)" href="([^"]+)"/g)].map((match) => ({ lang: String(match[1]), url: String(match[2]) }));
  return { noindex: /<meta name="robots" content="noindex"/.test(head), alternates };
}
