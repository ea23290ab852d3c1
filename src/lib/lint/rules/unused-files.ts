/** An image under content/ that no entry shows is a file nothing reads: the editor meant to use it, or it is left over. */
import { dirname, resolve } from 'node:path';
import { bilingual } from '../../editor-messages.ts';
import { hasScheme, urlsOf } from '../urls.ts';
import type { SiteRule } from '../types.ts';

export const unusedFiles: SiteRule = (site) => {
  const used = new Set<string>();
  for (const entry of site.entries) {
    const poster = (entry.frontmatter.data as { poster?: { src?: unknown } }).poster?.src;
    const urls = [
      ...urlsOf(entry.tree)
        .filter((u) => u.role === 'image' && !hasScheme(u.url))
        .map((u) => u.url),
      ...(typeof poster === 'string' ? [poster] : []),
    ];
    for (const url of urls) used.add(resolve(dirname(entry.path), decodeURIComponent(url.split(/[?#]/)[0]!)));
  }
  return site.assets
    .filter((asset) => !used.has(resolve(asset.path)))
    .map((asset) => ({
      file: asset.file,
      line: 1,
      message: bilingual(
        'Neviens ieraksts šo attēlu nerāda: ievietojiet to tekstā ar ![apraksts](./nosaukums.png) vai izdzēsiet failu',
        'No entry shows this image: put it in a text with ![description](./name.png) or delete the file',
      ),
    }));
};
