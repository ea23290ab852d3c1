/**
 * Every link inside the site leads somewhere: a page that is built, an #anchor on it, a file under public/.
 * A page that several files link to but that no longer exists is named once, with every file that links to it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bilingual } from '../../editor-messages.ts';
import { nearestKey } from '../../fields/index.ts';
import { hasScheme, resolveOnSite, urlsOf } from '../urls.ts';
import { notFound } from './images.ts';
import { fileOfPath } from '../site.ts';
import type { LintProblem, LintSite, SiteRule } from '../types.ts';

interface Broken {
  target: string;
  file: string;
  line: number;
  column: number;
  written: string;
}

export const internalLinks: SiteRule = (site) => {
  const problems: LintProblem[] = [];
  const broken: Broken[] = [];
  for (const entry of site.entries) {
    for (const { url, role, written, line, column } of urlsOf(entry.tree)) {
      if (role !== 'link' || hasScheme(url) || url.trim() === '') continue;
      const { path, hash, file } = resolveOnSite(url, entry);
      const where = { file: entry.file, line, column };
      if (file) {
        if (!existsSync(join(site.publicDir, path)))
          problems.push({ ...where, message: notFound(written, `public${path}`) });
      } else if (!site.routes.has(path)) {
        broken.push({ ...where, target: path, written });
      } else if (hash && !site.anchors.get(path)?.has(hash)) {
        const known = [...(site.anchors.get(path) ?? [])];
        const nearest = nearestKey(hash, known);
        problems.push({
          ...where,
          message: bilingual(
            `Lapā ${path} nav vietas #${hash} (${written}): ${nearest ? `vai domājāt #${nearest}?` : `tajā ir ${known.map((a) => `#${a}`).join(', ') || 'tikai lapas sākums'}`}`,
            `The page ${path} has no #${hash} (${written}): ${nearest ? `did you mean #${nearest}?` : `it has ${known.map((a) => `#${a}`).join(', ') || 'only its top'}`}`,
          ),
        });
      }
    }
  }
  return [...problems, ...brokenPages(broken, site)];
};

/** One message per missing page: at the link when one file links to it, once with every linker when several do. */
function brokenPages(broken: Broken[], site: LintSite): LintProblem[] {
  const byTarget = Map.groupBy(broken, (b) => b.target);
  return [...byTarget].map(([target, links]) => {
    const [first] = links as [Broken];
    const files = new Set(links.map((l) => l.file));
    if (files.size === 1) {
      const nearest = nearestKey(target, [...site.routes.keys()]);
      return {
        ...first,
        message: bilingual(
          `Saite ved uz lapu, kuras nav (${first.written}): ${nearest ? `vai domājāt ${nearest}?` : 'pārbaudiet adresi'}`,
          `The link leads to a page that does not exist (${first.written}): ${nearest ? `did you mean ${nearest}?` : 'check the address'}`,
        ),
      };
    }
    const source = fileOfPath(target, site);
    const list = links.map((l) => `${l.file}:${l.line}`).join(', ');
    return {
      ...first,
      message: bilingual(
        `Lapas ${target}${source ? ` (${source})` : ''} nav: ja tā izdzēsta vai pārdēvēta, atjaunojiet to vai izlabojiet saites uz to šajos failos: ${list}`,
        `The page ${target}${source ? ` (${source})` : ''} does not exist: if it was deleted or renamed, restore it or change the links to it in these files: ${list}`,
      ),
    };
  });
}
