/** A video's file, captions and poster exist: a player with nothing to play would be published without a word. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lineOf } from '../schema-check.ts';
import { notFound } from './images.ts';
import type { EntryRule, Finding } from '../types.ts';

export const videoFiles: EntryRule = (entry, site) => {
  if (entry.collection !== 'videos') return [];
  const data = entry.frontmatter.data as {
    source?: { kind?: string; file?: unknown };
    captions?: unknown;
    poster?: { src?: unknown };
  };
  const found: Finding[] = [];
  const check = (value: unknown, path: string[], file: string, where: string) => {
    if (typeof value === 'string' && !existsSync(file))
      found.push({ line: lineOf(entry.frontmatter, path), message: notFound(`${path.join('.')}: ${value}`, where) });
  };
  if (data.source?.kind === 'file' && typeof data.source.file === 'string')
    check(data.source.file, ['source', 'file'], join(site.publicDir, data.source.file), `public${data.source.file}`);
  if (typeof data.captions === 'string')
    check(data.captions, ['captions'], join(site.publicDir, data.captions), `public${data.captions}`);
  const poster = data.poster?.src;
  if (typeof poster === 'string') check(poster, ['poster', 'src'], join(dirname(entry.path), poster), poster);
  return found;
};
