/** Every image has alt text and its file exists: next to the entry for `![…](./x.png)`, under public/ for `/x.png`. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bilingual } from '../../editor-messages.ts';
import { at, nodes } from '../body.ts';
import { hasScheme, urlsOf } from '../urls.ts';
import type { EntryRule, Finding, LintEntry, LintSite } from '../types.ts';

export const imageFiles: EntryRule = (entry, site) => [...missingAlt(entry), ...missingFiles(entry, site)];

function missingAlt(entry: LintEntry): Finding[] {
  if (!entry.tree) return [];
  return nodes(entry.tree).flatMap((node) => {
    const n = node as {
      type: string;
      url?: string;
      alt?: string | null;
      name?: string;
      attributes?: { name?: string; value?: unknown }[];
    };
    const jsxAlt = n.attributes?.find((a) => a.name === 'alt')?.value;
    const src = n.attributes?.find((a) => a.name === 'src')?.value;
    const written = n.type === 'image' ? `![](${n.url})` : `<img src="${String(src)}">`;
    const empty =
      n.type === 'image' ? !n.alt?.trim() : n.name === 'img' && (typeof jsxAlt !== 'string' || !jsxAlt.trim());
    return empty
      ? [
          {
            ...at(node),
            message: bilingual(
              `Attēlam nav alternatīvā teksta (${written}): kvadrātiekavās pirms attēla adreses aprakstiet, kas tajā redzams`,
              `The image has no alt text (${written}): between the square brackets before its address, describe what it shows`,
            ),
          },
        ]
      : [];
  });
}

function missingFiles(entry: LintEntry, site: LintSite): Finding[] {
  return urlsOf(entry.tree).flatMap(({ url, role, written, line, column }) => {
    if (role !== 'image' || hasScheme(url) || url.startsWith('#')) return [];
    const path = url.split(/[?#]/)[0]!;
    if (written.startsWith('<img') && !path.startsWith('/')) {
      return [
        {
          line,
          column,
          message: bilingual(
            `Attēlu blakus ierakstam rakstiet Markdown veidā (${written}): ![apraksts](${path})`,
            `Write an image next to the entry in Markdown (${written}): ![description](${path})`,
          ),
        },
      ];
    }
    const file = path.startsWith('/')
      ? join(site.publicDir, decodeURIComponent(path))
      : join(dirname(entry.path), decodeURIComponent(path));
    return existsSync(file)
      ? []
      : [{ line, column, message: notFound(written, path.startsWith('/') ? 'public' + path : path) }];
  });
}

/** A file the entry names that is not there. */
export function notFound(written: string, where: string): string {
  return bilingual(
    `Fails nav atrasts (${written}): pārbaudiet nosaukumu vai ielieciet failu ${where}`,
    `The file is not there (${written}): check the name or add the file as ${where}`,
  );
}
